import { describe, expect, it } from '@jest/globals';
import type { Happening } from './model.ts';
import { planTick, type Step } from './plan.ts';
import { PresenceMirror } from './presence-mirror.ts';

const call = (n: number) => ({ callId: `sim-t-${String(n).padStart(6, '0')}`, callerNumber: '13800138000' });
const T = 1_700_000_000_000;
const offered = (n: number): Happening => ({ kind: 'offered', at: T, call: call(n) });
const answered = (n: number, agent: number): Happening => ({ kind: 'answered', at: T, call: call(n), agent, waitMs: 0 });
const ended = (n: number, agent: number, followUp: 'none' | 'ticket' | 'transfer' = 'none', cut = false): Happening => ({ kind: 'ended', at: T, call: call(n), agent, talkMs: 1, followUp, cut });
const ready = (agent: number): Happening => ({ kind: 'ready', at: T, agent, wrapUpMs: 0 });

/** `events offered 1, answered 1` / `ready 10, 11`: a step in short. */
const brief = (step: Step): string =>
  step.kind === 'events'
    ? `events ${step.events.map((event) => `${event.type} ${Number(event.callId.slice(-6))}`).join(', ')}`
    : `ready ${step.userIds.join(', ')}`;

describe('planTick: the requests of a tick, in an order the server takes', () => {
  // Operator n is user 10 + n, or with one login for all, every operator is user 10.
  it.each<{ why: string; logins: number; happenings: Happening[]; steps: string[]; skipped?: number }>([
    {
      why: 'events of a tick go in one request',
      logins: 2,
      happenings: [offered(1), answered(1, 0), offered(2)],
      steps: ['events offered 1, answered 1, offered 2'],
    },
    {
      why: 'a ready between an end and the next answer goes between them',
      logins: 2,
      happenings: [answered(1, 0), ended(1, 0), ready(0), answered(2, 0)],
      steps: ['events answered 1, ended 1', 'ready 10', 'events answered 2'],
    },
    {
      why: 'ready posts next to each other go together',
      logins: 2,
      happenings: [answered(1, 0), answered(2, 1), ended(1, 0), ended(2, 1), ready(0), ready(1)],
      steps: ['events answered 1, answered 2, ended 1, ended 2', 'ready 10, 11'],
    },
    {
      why: 'a shared login on another operator’s call is not set ready (the server would refuse)',
      logins: 1,
      happenings: [answered(1, 0), answered(2, 1), ended(1, 0), ready(0), ended(2, 1), ready(1)],
      steps: ['events answered 1, answered 2, ended 1, ended 2', 'ready 10'],
      skipped: 1,
    },
    {
      why: 'a shared login whose latest call has ended is set ready, once, though its other operator is still in after-call work',
      logins: 1,
      happenings: [answered(1, 0), answered(2, 1), ended(1, 0), ended(2, 1), ready(0), ready(1)],
      steps: ['events answered 1, answered 2, ended 1, ended 2', 'ready 10'],
      skipped: 1,
    },
  ])('$why', ({ logins, happenings, steps, skipped = 0 }) => {
    const mirror = new PresenceMirror();
    for (let user = 0; user < logins; user++) mirror.set(10 + user, 'ready');
    const plan = planTick(happenings, (agent) => 10 + (agent % logins), mirror);
    expect(plan.steps.map(brief)).toEqual(steps);
    expect(plan.readySkipped).toBe(skipped);
  });

  it('not at speed 1, no ready is posted', () => {
    const mirror = new PresenceMirror();
    const plan = planTick([answered(1, 0), ended(1, 0), ready(0), answered(2, 0)], () => 10, mirror, false);
    expect(plan.steps.map(brief)).toEqual(['events answered 1, ended 1, answered 2']);
    expect(plan.readySkipped).toBe(1);
    expect(mirror.stateOf(10)).toEqual({ state: 'on_call', callId: call(2).callId });
  });

  it('at most 200 events a request', () => {
    const happenings = Array.from({ length: 450 }, (_, index) => offered(index + 1));
    const plan = planTick(happenings, () => 10, new PresenceMirror());
    expect(plan.steps.map((step) => (step.kind === 'events' ? step.events.length : 0))).toEqual([200, 200, 50]);
  });

  it('tickets for the calls that end with one, not for those cut at the stop', () => {
    const plan = planTick([ended(1, 0, 'ticket'), ended(2, 1, 'transfer'), ended(3, 0), ended(4, 1, 'ticket', true)], (agent) => 10 + agent, new PresenceMirror());
    expect(plan.tickets).toEqual([
      { call: call(1), userId: 10, transfer: false },
      { call: call(2), userId: 11, transfer: true },
    ]);
  });
});

describe('PresenceMirror: the server’s rules', () => {
  it.each<[string, (mirror: PresenceMirror) => void, string, boolean]>([
    ['unknown: posting is tried', () => {}, 'ready', true],
    ['on a call: refused', (m) => m.answered(10, 'c1'), 'ready', false],
    ['its call ended: after-call work, ready taken', (m) => (m.answered(10, 'c1'), m.ended(10, 'c1')), 'ready', true],
    ['another call ended: still on its own', (m) => (m.answered(10, 'c2'), m.ended(10, 'c1')), 'offline', false],
    ['ready already: nothing to change', (m) => m.set(10, 'ready'), 'ready', false],
    ['ready, going offline', (m) => m.set(10, 'ready'), 'offline', true],
  ])('%s', (_case, history, state, allowed) => {
    const mirror = new PresenceMirror();
    history(mirror);
    expect(mirror.mayPost(10, state as 'ready' | 'offline')).toBe(allowed);
  });
});
