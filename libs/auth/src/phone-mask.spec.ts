import { describe, expect, it } from '@jest/globals';
import { maskName, maskPhone } from './phone-mask.js';

describe('maskPhone', () => {
  it.each([
    ['13812345678', '138****5678'],
    ['+86 138-1234-5678', '861******5678'],
    ['0532-88886666', '053*****6666'],
    ['88886666', '****6666'],
    ['8886666', '****666'],
    ['12345', '****5'],
    ['1234', '****'],
    ['', ''],
    [null, null],
  ])('%j → %j', (phone, masked) => {
    expect(maskPhone(phone)).toBe(masked);
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['欧阳娜娜', '欧***'],
    ['李', '*'],
    [null, null],
  ])('%j → %j', (name, masked) => {
    expect(maskName(name)).toBe(masked);
  });
});
