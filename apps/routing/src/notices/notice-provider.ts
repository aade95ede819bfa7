import type { NoticeJob } from '#libs/queues';

/**
 * Delivers a notice to a unit. The default stores it as a message the unit reads in its console;
 * an SMS or government-messaging provider would implement the same interface (and should hold
 * notices to working hours: a stored message wakes no one, a text message does).
 */
export interface NoticeProvider {
  deliver(notice: NoticeJob): Promise<void>;
}

export const NOTICE_PROVIDER = 'HOTLINE_NOTICE_PROVIDER';
