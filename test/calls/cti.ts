import { ctiSignature, CTI_SIGNATURE_HEADER, CTI_TIMESTAMP_HEADER } from '../../apps/call-intake/src/cti/cti-signature.js';
import type { ApiClient, TestApp } from '../support/test-app.js';

export interface EventInput {
  callId: string;
  type: string;
  at: Date;
  callerNumber?: string;
  operatorId?: number;
  transferTo?: string;
}

/** The body a CTI system would post: the common fields filled in. */
export const batch = (events: readonly EventInput[]) => ({
  events: events.map(({ at, callerNumber = '13800000000', ...event }) => ({ ...event, at: at.toISOString(), callerNumber, line: '12345', queue: 'general' })),
});

/** Posts call events signed as the CTI system signs them (or as told: another key, another time). */
export function postEvents(t: ApiClient & Pick<TestApp, 'settings'>, body: unknown, options: { secret?: string; timestamp?: number } = {}) {
  const raw = typeof body === 'string' ? body : JSON.stringify(body);
  const timestamp = String(options.timestamp ?? Math.floor(Date.now() / 1000));
  return t
    .http()
    .post('/api/cti/events')
    .set('Content-Type', 'application/json')
    .set(CTI_TIMESTAMP_HEADER, timestamp)
    .set(CTI_SIGNATURE_HEADER, ctiSignature(options.secret ?? t.settings.cti.secret, timestamp, raw))
    .send(raw);
}
