import { applyDecorators } from '@nestjs/common';
import { ApiProperty } from '@nestjs/swagger';
import { ValidateBy } from 'class-validator';

/**
 * The code of a new node of a coded tree (regions, categories): its length gives its level and its
 * leading digits its parent, so a code that fits no level is refused at the edge (400 naming `code`).
 */
export const TreeCode = (placeOf: (code: string) => unknown, what: string, example: string) =>
  applyDecorators(
    ApiProperty({ example, description: what }),
    ValidateBy({
      name: 'isTreeCode',
      validator: {
        validate: (value: unknown) => typeof value === 'string' && placeOf(value) !== undefined,
        defaultMessage: () => `code must be ${what}`,
      },
    }),
  );
