/**
 * A tick's happenings as the requests that carry them, in an order the server takes: event batches
 * and presence posts alternate as the happenings do, so that an operator's `ready` never overtakes
 * the `ended` before it nor the `answered` after it (the server refuses `ready` while on a call).
 */
import { CTI_BATCH_MAX, ctiEventOf, type CtiEventBody } from './cti-events.ts';
import type { CallRef, Happening } from './model.ts';
import type { PresenceMirror } from './presence-mirror.ts';

export type Step =
  /** One signed request, at most CTI_BATCH_MAX events; steps of events go one after the other. */
  | { readonly kind: 'events'; readonly events: CtiEventBody[] }
  /** `POST /api/presence ready` for these users, at once (one per user). */
  | { readonly kind: 'presence'; readonly userIds: number[] };

/** A ticket an operator registers at the end of a call (and transfers, for a transferred call). */
export interface TicketJob {
  readonly call: CallRef;
  readonly userId: number;
  readonly transfer: boolean;
}

export interface TickPlan {
  readonly steps: Step[];
  readonly tickets: TicketJob[];
  /** `ready` not posted: the user was on another simulated operator's call, or ready already, or not at speed 1. */
  readonly readySkipped: number;
}

/**
 * `userOf` gives the user id a simulated operator is logged in as; `mirror` follows the plan. Without
 * `postReady` (a run not at speed 1) no `ready` is posted: the server would stamp it with its own
 * clock, out of step with the simulated times of the calls.
 */
export function planTick(happenings: readonly Happening[], userOf: (agent: number) => number, mirror: PresenceMirror, postReady = true): TickPlan {
  const steps: Step[] = [];
  const tickets: TicketJob[] = [];
  let readySkipped = 0;
  const last = (): Step | undefined => steps[steps.length - 1];
  for (const happening of happenings) {
    if (happening.kind === 'ready') {
      const userId = userOf(happening.agent);
      if (!postReady || !mirror.mayPost(userId, 'ready')) {
        readySkipped++;
        continue;
      }
      mirror.set(userId, 'ready');
      const step = last();
      if (step?.kind === 'presence') step.userIds.push(userId);
      else steps.push({ kind: 'presence', userIds: [userId] });
      continue;
    }
    if (happening.kind === 'answered') mirror.answered(userOf(happening.agent), happening.call.callId);
    if (happening.kind === 'ended') {
      mirror.ended(userOf(happening.agent), happening.call.callId);
      if (!happening.cut && happening.followUp !== 'none') {
        tickets.push({ call: happening.call, userId: userOf(happening.agent), transfer: happening.followUp === 'transfer' });
      }
    }
    const event = ctiEventOf(happening, userOf);
    const step = last();
    if (step?.kind === 'events' && step.events.length < CTI_BATCH_MAX) step.events.push(event);
    else steps.push({ kind: 'events', events: [event] });
  }
  return { steps, tickets, readySkipped };
}
