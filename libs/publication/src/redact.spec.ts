import { describe, expect, it } from '@jest/globals';
import { redactPersonalData } from './redact.js';

describe('redactPersonalData', () => {
  it.each([
    ['mobile', '请拨打13800138000联系我', '请拨打[电话]联系我'],
    ['mobile with spaces', '电话 138 0013 8000。', '电话 [电话]。'],
    ['mobile with +86', '+86 13800138000', '[电话]'],
    ['landline', '座机0755-83451234或020 1234', '座机[电话]或020 1234'],
    ['ID number', '身份证44030119900101123X已遗失', '身份证[身份证号]已遗失'],
    ['ID number, digits only', '证号440301199001011234', '证号[身份证号]'],
    ['e-mail', '回复到 zhang.san+box@example.com.cn 即可', '回复到 [邮箱] 即可'],
    ['building and room', '海景小区3栋402室漏水', '海景小区[门牌]漏水'],
    ['building, unit and floor', '5号楼2单元12层电梯坏了', '[门牌]电梯坏了'],
    ['a house number in Chinese numerals', '东门巷十二号门口', '东门巷[门牌]门口'],
    ['full-width digits', '３栋５０１房', '[门牌]'],
    ['a person addressed by title', '王先生反映，李阿姨也说', '[姓名]反映，[姓名]也说'],
    ['a given name, everywhere', '张三说张三的邻居', '[姓名]说[姓名]的邻居'],
    ['nothing personal', '路灯不亮已有一周，影响夜间出行。', '路灯不亮已有一周，影响夜间出行。'],
    ['a year and an amount stay', '2026年拖欠工资8000元', '2026年拖欠工资8000元'],
    ['a 12345 ticket number stays', '工单2026112300042已办结', '工单2026112300042已办结'],
  ])('%s', (_, text, expected) => {
    expect(redactPersonalData(text, ['张三'])).toBe(expected);
  });

  it('takes a longer name whole before a shorter one inside it', () => {
    expect(redactPersonalData('欧阳娜娜和欧阳', ['欧阳', '欧阳娜娜'])).toBe('[姓名]和[姓名]');
  });

  it('ignores one-character and blank names, which would cut through ordinary words', () => {
    expect(redactPersonalData('王府井大街', ['王', '  '])).toBe('王府井大街');
  });

  it('treats a name as text, not as a pattern', () => {
    expect(redactPersonalData('a.b 和 axb', ['a.b'])).toBe('[姓名] 和 axb');
  });
});
