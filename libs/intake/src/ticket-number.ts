import { localDateOf } from '#libs/calendar';

/** `YYYYMMDD` of an instant in Asia/Shanghai: the day part of a ticket number. */
export const ticketDay = (instant: Date): string => localDateOf(instant).replaceAll('-', '');
