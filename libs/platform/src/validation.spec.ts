import { describe, expect, it } from '@jest/globals';
import { BadRequestException, type ArgumentMetadata } from '@nestjs/common';
import { ParseIdPipe, validationPipe } from './validation.js';

const param = (data: string): ArgumentMetadata => ({ type: 'param', metatype: Number, data });

describe('ParseIdPipe', () => {
  it.each([
    ['1', 1],
    ['42', 42],
    ['4294967295', 4_294_967_295],
  ])('%s → %i', (text, id) => {
    expect(new ParseIdPipe().transform(text, param('id'))).toBe(id);
  });

  it.each(['0', '-1', '01', '1.5', '1e3', '0x10', ' 7', 'abc', '', '4294967296', '99999999999999999999'])('%j: 400 naming the parameter', (text) => {
    let refused: unknown;
    try {
      new ParseIdPipe().transform(text, param('ticketId'));
    } catch (error) {
      refused = error;
    }
    expect(refused).toBeInstanceOf(BadRequestException);
    expect((refused as BadRequestException).getResponse()).toMatchObject({ fields: { ticketId: [expect.stringContaining('ticketId must be')] } });
  });
});

describe('the global validation pipe', () => {
  it('leaves a path parameter as sent, for its own pipe to read', async () => {
    expect(await validationPipe().transform('1e3', param('id'))).toBe('1e3');
  });

  it('still converts a query parameter to the type the handler declares', async () => {
    expect(await validationPipe().transform('5', { type: 'query', metatype: Number, data: 'limit' })).toBe(5);
  });
});
