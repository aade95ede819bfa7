import { describe, expect, it } from '@jest/globals';
import { categoryPlaceOf, regionPlaceOf } from './catalogue-codes.js';

describe('regionPlaceOf: level and parent from the code', () => {
  it.each([
    ['379901', { level: 'district', parentCode: null }],
    ['379901001', { level: 'street', parentCode: '379901' }],
    ['379901001002', { level: 'community', parentCode: '379901001' }],
  ])('%s → %j', (code, place) => {
    expect(regionPlaceOf(code)).toEqual(place);
  });

  it.each(['', '37990', '3799010', '37990100', '3799010011', '37990100100', '3799010010011', '37990A', '379901 ', '３７９９０１'])('%j is no region code', (code) => {
    expect(regionPlaceOf(code)).toBeUndefined();
  });
});

describe('categoryPlaceOf: level and parent from the code', () => {
  it.each([
    ['01', { level: 1, parentCode: null }],
    ['0102', { level: 2, parentCode: '01' }],
    ['010203', { level: 3, parentCode: '0102' }],
  ])('%s → %j', (code, place) => {
    expect(categoryPlaceOf(code)).toEqual(place);
  });

  it.each(['', '1', '012', '01020', '0102030', '0a', 'ab12', '01 '])('%j is no category code', (code) => {
    expect(categoryPlaceOf(code)).toBeUndefined();
  });
});
