/**
 * 公开答复 without personal data: what the public list of replies shows of a letter and its reply.
 * Pure text rules, run when the centre approves a publication, so that personal data never reaches the
 * published copy. They err on the side of hiding: a number that looks like a phone or an ID is hidden
 * even if it is something else.
 */

/** 居民身份证号: 17 digits and a digit or X. Before phones, whose patterns would match inside it. */
const ID_NUMBER = /(?<!\d)\d{17}[\dXx](?![\dXx])/g;
/** Mobile (1 + 10 digits, optionally +86) and landline (0 + area code, 7–8 digits, optional dash). */
const PHONE = /(?:\+?86[- ]?)?(?<!\d)1\d{2}[- ]?\d{4}[- ]?\d{4}(?!\d)|(?<!\d)0\d{2,3}-?\d{7,8}(?!\d)/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;
/**
 * Exact house numbers: the building, unit, floor and room parts of an address (3栋402室, 5号楼2单元,
 * 12幢, 1801房); the street and the estate stay, so a reader still knows where the problem was.
 */
const HOUSE_NUMBER = /[\d０-９一二三四五六七八九十百零〇]+\s*(?:号楼|栋|幢|座|单元|楼|层|室|房|号)(?:\s*[\d０-９]+\s*(?:号楼|栋|幢|座|单元|楼|层|室|房|号)?)*/g;
/** A person addressed by family name and title: 王先生, 李女士, 张阿姨. */
const ADDRESSED = /[\u4e00-\u9fff](?:先生|女士|小姐|阿姨|大爷|师傅|老师)/g;

const PLACEHOLDER = { idNumber: '[身份证号]', phone: '[电话]', email: '[邮箱]', house: '[门牌]', name: '[姓名]' } as const;

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** `text` with ID numbers, phone numbers, e-mail addresses, house numbers and the given names replaced. */
export function redactPersonalData(text: string, names: readonly string[] = []): string {
  let result = text.replace(ID_NUMBER, PLACEHOLDER.idNumber).replace(EMAIL, PLACEHOLDER.email).replace(PHONE, PLACEHOLDER.phone);
  result = result.replace(HOUSE_NUMBER, PLACEHOLDER.house).replace(ADDRESSED, PLACEHOLDER.name);
  // Longest first, so that 欧阳娜娜 goes whole before 欧阳 would leave 娜娜 behind.
  const known = [...new Set(names.map((name) => name.trim()).filter((name) => [...name].length >= 2))].sort((a, b) => b.length - a.length);
  for (const name of known) result = result.replace(new RegExp(escape(name), 'g'), PLACEHOLDER.name);
  return result;
}
