/**
 * Units see citizens' numbers masked (138****5678): enough to recognise a repeat caller, not enough
 * to call the citizen behind the centre's back (DOMAIN.md, privacy and access).
 */
export function maskPhone(phone: string | null): string | null {
  if (phone === null) return null;
  const digits = phone.replace(/\D/g, '');
  // At least four digits are always hidden; short numbers give up their head before their tail.
  const shown = Math.max(0, digits.length - 4);
  const head = Math.min(3, Math.max(0, shown - 4));
  const tail = Math.min(4, shown - head);
  return digits.slice(0, head) + '*'.repeat(digits.length - head - tail) + digits.slice(digits.length - tail);
}

/** 张三 → 张*, 欧阳娜娜 → 欧***: the family name is kept so an operator can address the citizen. */
export function maskName(name: string | null): string | null {
  if (name === null) return null;
  const chars = [...name];
  return chars.length <= 1 ? '*' : chars[0] + '*'.repeat(chars.length - 1);
}
