import { describe, expect, it } from '@jest/globals';
import { createI18n } from 'vue-i18n';
import { deadlines } from '../../i18n/deadlines';
import { limitText, offsetText, percentText, type Translate } from './limitText';
import type { Limit } from './policy';

/** The console's own messages, in the language asked for. */
const translatorIn = (locale: 'zh-CN' | 'en'): Translate => {
  const i18n = createI18n({ legacy: false, locale, messages: { [locale]: deadlines[locale] } });
  return (key, named = {}, plural = 1) => i18n.global.t(key, named, plural);
};
const zh = translatorIn('zh-CN');
const en = translatorIn('en');

describe('limitText', () => {
  it.each<[Limit, string, string]>([
    [{ amount: 1, unit: 'working_days' }, '1 个工作日', '1 working day'],
    [{ amount: 15, unit: 'working_days' }, '15 个工作日', '15 working days'],
    [{ amount: 7, unit: 'natural_days' }, '7 个自然日', '7 calendar days'],
    [{ amount: 15, unit: 'natural_minutes' }, '15 分钟（自然时间）', '15 minutes (natural time)'],
    [{ amount: 1, unit: 'natural_hours' }, '1 小时（自然时间）', '1 hour (natural time)'],
    [{ amount: 24, unit: 'natural_hours' }, '24 小时（自然时间）', '24 hours (natural time)'],
    [{ amount: 4, unit: 'working_hours' }, '4 个工作小时', '4 working hours'],
    [{ amount: 30, unit: 'natural_seconds' }, '30 秒（自然时间）', '30 seconds (natural time)'],
  ])('says %j as “%s” and “%s”', (limit, chinese, english) => {
    expect(limitText(zh, limit)).toBe(chinese);
    expect(limitText(en, limit)).toBe(english);
  });
});

describe('offsetText', () => {
  it('says when a step of the ladder comes due', () => {
    expect(offsetText(zh, { from: 'warning' })).toBe('黄色预警时');
    expect(offsetText(zh, { from: 'due', after: { amount: 0, unit: 'working_days' } })).toBe('答复时限到期时');
    expect(offsetText(zh, { from: 'due', after: { amount: 2, unit: 'working_days' } })).toBe('到期后 2 个工作日');
    expect(offsetText(en, { from: 'due', after: { amount: 1, unit: 'working_days' } })).toBe('1 working day after the due');
  });
});

describe('percentText', () => {
  it('rounds the share of a limit to a whole percent', () => {
    expect(percentText(0.75)).toBe('75%');
    expect(percentText(2 / 3)).toBe('67%');
  });
});
