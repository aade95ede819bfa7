import { describe, expect, it } from '@jest/globals';
import { mostSimilar, textSimilarity } from './similarity.js';

describe('textSimilarity', () => {
  it.each([
    ['the same text', '海景小区门口路灯不亮', '海景小区门口路灯不亮', 1],
    ['nothing shared', '海景小区门口路灯不亮', '社保卡补办流程', 0],
    ['an empty text', '', '海景小区门口路灯不亮', 0],
    ['punctuation only', '。，！', '。，！', 0],
    ['width and case do not matter', 'ETC 卡', 'ｅｔｃ 卡', 1],
  ])('%s → %s', (_, a, b, expected) => {
    expect(textSimilarity(a, b)).toBe(expected);
  });

  it.each([
    // Suggestions are drawn from one category and region: what tells them apart is the matter and the place within it.
    ['the same complaint in other words scores above another of its kind elsewhere', '海景小区门口路灯坏了一周', '海景小区路灯不亮已经一周了', '滨海路路灯白天常亮浪费电'],
    ['word order matters little', '路灯不亮 海景小区', '海景小区 路灯不亮', '海景小区 噪音扰民'],
  ])('%s', (_, text, similar, other) => {
    expect(textSimilarity(text, similar)).toBeGreaterThan(textSimilarity(text, other));
    expect(textSimilarity(text, similar)).toBe(textSimilarity(similar, text));
  });
});

describe('mostSimilar', () => {
  const texts = ['海景小区路灯不亮已经一周了', '滨海路路灯白天常亮浪费电', '海景小区门口路灯坏了', '社保卡补办流程'];
  const pick = (min: number, limit: number) =>
    mostSimilar('海景小区门口路灯坏了一周', texts, (text) => text, { min, limit }).map(({ candidate }) => candidate);

  it.each<[number, number, string[]]>([
    [0.3, 5, ['海景小区门口路灯坏了', '海景小区路灯不亮已经一周了']],
    [0.3, 1, ['海景小区门口路灯坏了']],
    [0.01, 5, ['海景小区门口路灯坏了', '海景小区路灯不亮已经一周了', '滨海路路灯白天常亮浪费电']],
    [1, 5, []],
  ])('at least %s, at most %s → %j', (min, limit, expected) => {
    expect(pick(min, limit)).toEqual(expected);
  });
});
