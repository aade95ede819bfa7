/** The CTI's call events as `POST /api/cti/events` takes them, built from what the model says happened. */
import type { CtiEvent } from '#libs/calls';
import type { Happening } from './model.ts';

/** At most this many events a request (`CTI_BATCH_MAX` of the call-intake app). */
export const CTI_BATCH_MAX = 200;
/** The number dialled and the skill queue: one of each in this model. */
export const LINE = '12345';
export const QUEUE = 'general';
/** Beijing time, as a CTI in China stamps its events. */
export const CHINA_OFFSET_MINUTES = 8 * 60;

/** An event as the CTI posts it: the call-intake app's `CtiEvent`, its time as ISO-8601 text. */
export type CtiEventBody = Omit<CtiEvent, 'at'> & { readonly at: string };

export type CallHappening = Exclude<Happening, { kind: 'ready' }>;

/** ISO-8601 to the millisecond with an explicit offset: 2026-11-23T09:15:02.120+08:00. */
export function isoWithOffset(ms: number, offsetMinutes = CHINA_OFFSET_MINUTES): string {
  const local = new Date(ms + offsetMinutes * 60_000).toISOString().slice(0, 23);
  const sign = offsetMinutes < 0 ? '-' : '+';
  const minutes = Math.abs(offsetMinutes);
  return `${local}${sign}${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** One event; `operatorIdOf` names the user a simulated operator is logged in as. */
export function ctiEventOf(happening: CallHappening, operatorIdOf: (agent: number) => number): CtiEventBody {
  const common = { callId: happening.call.callId, type: happening.kind, at: isoWithOffset(happening.at), callerNumber: happening.call.callerNumber, line: LINE, queue: QUEUE };
  switch (happening.kind) {
    case 'offered':
    case 'abandoned':
      return common;
    case 'answered':
    case 'ended':
      return { ...common, operatorId: operatorIdOf(happening.agent) };
    case 'transferred':
      return { ...common, operatorId: operatorIdOf(happening.agent), transferTo: happening.to, threeWay: true };
  }
}
