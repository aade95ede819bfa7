import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { ROLES, type Role } from '#libs/domain';
import { Omittable, OmittableText, OptionalId, OptionalText, PageQuery, QueryFlag, QueryNumber, RequiredText } from '#libs/platform';

const UnitId = () => OptionalId('Required for unit_handler and unit_admin; empty for the centre roles', { nullable: true });

/** Not trimmed: blanks may be part of a password. */
const Password = () =>
  applyDecorators(ApiProperty({ minLength: 8, maxLength: 128, format: 'password' }), IsString(), Length(8, 128, { message: 'password must be 8 to 128 characters' }));

export class CreateUserDto {
  @ApiProperty({ example: 'housing.handler2', description: 'Lower-case letters, digits, dots, underscores and hyphens; for good' })
  @Matches(/^[a-z0-9._-]{3,50}$/, { message: 'username must be 3 to 50 lower-case letters, digits, dots, underscores or hyphens' })
  username: string;

  @RequiredText(50)
  displayName: string;

  @ApiProperty({ enum: ROLES })
  @IsIn(ROLES)
  role: Role;

  @UnitId()
  unitId?: number | null;

  @Password()
  password: string;
}

/** Any of these; the username never changes, the password has its own route. */
export class ChangeUserDto {
  @OmittableText(50)
  displayName?: string;

  @ApiPropertyOptional({ enum: ROLES })
  @Omittable()
  @IsIn(ROLES)
  role?: Role;

  @UnitId()
  unitId?: number | null;

  @ApiPropertyOptional({ description: 'false: can no longer sign in, and tokens already given stop working' })
  @Omittable()
  @IsBoolean()
  active?: boolean;
}

export class ResetPasswordDto {
  @Password()
  password: string;
}

export class ListUsersQuery extends PageQuery {
  @QueryNumber({ description: 'Users of this unit (not of the units below it)' })
  unitId?: number;

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: Role;

  @OptionalText(50, 'Part of the username or the name')
  q?: string;

  @QueryFlag('Also deactivated users')
  includeInactive?: boolean;
}
