import { createHmac, randomInt } from 'node:crypto';

/** 查询码: six digits the citizen is told once, to follow the ticket without an account. */
export const newQueryCode = (): string => String(randomInt(0, 1_000_000)).padStart(6, '0');

/**
 * Kept only as a keyed hash bound to the ticket number: a leaked table gives neither the codes nor a
 * way to test guesses offline without the key.
 */
export const queryCodeHash = (key: string, ticketNumber: string, code: string): string =>
  createHmac('sha256', key).update(`${ticketNumber}:${code}`).digest('hex');
