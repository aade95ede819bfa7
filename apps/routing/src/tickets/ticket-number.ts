/** China keeps one time zone, UTC+8, with no daylight saving: the ticket's day is that day. */
const CHINA_OFFSET_MS = 8 * 3600_000;

/** `YYYYMMDD` of an instant in Asia/Shanghai: the day part of a ticket number. */
export const ticketDay = (instant: Date): string => new Date(instant.getTime() + CHINA_OFFSET_MS).toISOString().slice(0, 10).replaceAll('-', '');
