import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import { connect, nextEvent } from '../support/sockets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { command, NOISE_COMPLAINT } from '../support/tickets.js';
import { batch, postEvents, type EventInput } from './cti.js';

const S = 1000;

describe('call intake over HTTP: CTI events, figures, presence, missed calls', () => {
  let t: TestApp;
  let url: string;
  let operator: { id: number; token: string };
  let colleague: { id: number; token: string };
  const base = new Date(Date.now() - 3 * 60 * S); // inside the last 15 minutes and, but just after midnight, today

  const userOf = async (username: string) => {
    const token = await t.tokenOf(username);
    const me = await t.http().get('/api/auth/me').set('Authorization', `Bearer ${token}`).expect(200);
    return { id: me.body.id as number, token };
  };
  const stats = async () => (await t.http().get('/api/calls/stats').set('Authorization', `Bearer ${await t.tokenOf('leader1')}`).expect(200)).body;
  const call = (callId: string) => t.http().get(`/api/calls/${callId}`).set('Authorization', `Bearer ${operator.token}`);
  const at = (seconds: number) => new Date(base.getTime() + seconds * S);

  // Four calls at `base`: answered at 10 s and 20 s (talks of 60 s and 120 s), abandoned at 3 s and 30 s.
  const script = (): EventInput[] => [
    { callId: 'c1', type: 'offered', at: at(0) },
    { callId: 'c1', type: 'answered', at: at(10), operatorId: operator.id },
    { callId: 'c1', type: 'ended', at: at(70) },
    { callId: 'c2', type: 'offered', at: at(0), callerNumber: '13812345678' },
    { callId: 'c2', type: 'answered', at: at(20), operatorId: colleague.id },
    { callId: 'c2', type: 'ended', at: at(140) },
    { callId: 'c3', type: 'offered', at: at(0) },
    { callId: 'c3', type: 'abandoned', at: at(3) },
    { callId: 'c4', type: 'offered', at: at(0) },
    { callId: 'c4', type: 'abandoned', at: at(30) },
  ];

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    operator = await userOf('operator1');
    colleague = await userOf('operator2');
  });
  afterAll(() => t.close());

  it('a scripted sequence gives exactly the expected figures', async () => {
    const receipt = await postEvents(t, batch(script())).expect(200);
    expect(receipt.body).toEqual({ accepted: 10, duplicates: 0 });
    const { last15Minutes, today } = await stats();
    const expected = {
      offered: 4,
      answered: 2,
      abandoned: 2,
      answerRate: 0.5,
      serviceLevel: 0.25, // c1 only, of 4 offered
      abandonRate: 0.5,
      shortAbandons: 1, // c3
      asaSeconds: 15,
      ahtSeconds: 90,
      missedCallCallbackRate: 0,
    };
    expect(last15Minutes).toMatchObject(expected);
    expect(today).toMatchObject(expected);
  });

  it('repeats and out-of-order events change nothing', async () => {
    const before = await stats();
    const replay = await postEvents(t, batch([...script()].reverse())).expect(200);
    expect(replay.body).toEqual({ accepted: 0, duplicates: 10 });
    // A fifth call whose events arrive backwards, one request each: the same record as in order.
    const c5: EventInput[] = [
      { callId: 'c5', type: 'ended', at: at(100) },
      { callId: 'c5', type: 'answered', at: at(40), operatorId: colleague.id },
      { callId: 'c5', type: 'offered', at: at(0) },
    ];
    for (const event of c5) await postEvents(t, batch([event])).expect(200);
    await postEvents(t, batch(c5)).expect(200);
    const after = await stats();
    expect(after.last15Minutes).toMatchObject({ offered: 5, answered: 3, answerRate: 0.6, serviceLevel: 0.2, asaSeconds: (10 + 20 + 40) / 3, ahtSeconds: (60 + 120 + 60) / 3 });
    expect(after.today.offered).toBe(before.today.offered + 1);
    expect((await call('c5').expect(200)).body).toMatchObject({ status: 'ended', waitMs: 40 * S, talkMs: 60 * S, answeredBy: colleague.id });
  });

  it('refuses a bad signature, a stale timestamp and a malformed event, and stores nothing of them', async () => {
    const body = batch([{ callId: 'x1', type: 'offered', at: at(0) }]);
    const forged = await postEvents(t, body, { secret: 'f'.repeat(40) }).expect(401);
    expect(forged.body.message).toMatch(/signature/);
    const stale = await postEvents(t, body, { timestamp: Math.floor(Date.now() / 1000) - 6 * 60 }).expect(401);
    expect(stale.body.message).toMatch(/replay/);
    await t.http().post('/api/cti/events').send(body).expect(401);

    const malformed = await postEvents(t, batch([{ callId: 'x1', type: 'rang', at: at(0) }])).expect(400);
    expect(Object.keys(malformed.body.fields)).toEqual(['events.0.type']);
    const noOperator = await postEvents(t, batch([{ callId: 'x1', type: 'offered', at: at(0) }, { callId: 'x1', type: 'answered', at: at(5) }])).expect(400);
    expect(Object.keys(noOperator.body.fields)).toEqual(['events.1.operatorId']);
    // Not an instant with its offset: a time without one would be read in the server's zone.
    for (const when of ['tomorrow', '2026-11-23T09:15:02', '2026-11-23', '2026-W48', '2026-02-30T09:15:02+08:00']) {
      const badTime = await postEvents(t, { events: [{ ...batch([{ callId: 'x1', type: 'offered', at: at(0) }]).events[0], at: when }] }).expect(400);
      expect(Object.keys(badTime.body.fields)).toEqual(['events.0.at']);
    }
    await postEvents(t, '{"events": [').expect(400);
    const future = await postEvents(t, batch([{ callId: 'x1', type: 'offered', at: new Date(Date.now() + 3600_000) }])).expect(400);
    expect(Object.keys(future.body.fields)).toEqual(['events.0.at']);
    await call('x1').expect(404);
    expect((await stats()).today.offered).toBe(5);
  });

  it("pops the caller's history on the answering operator's screen, and no one else's", async () => {
    const registered = await t.http().post('/api/tickets').set('Authorization', `Bearer ${operator.token}`).send(NOISE_COMPLAINT).expect(201);
    const mine: Socket = await connect(url, operator.token);
    const theirs: Socket = await connect(url, colleague.token);
    const heard: unknown[] = [];
    theirs.on('screen-pop', (payload) => heard.push(payload));
    try {
      const pop = nextEvent<{ callId: string; tickets: { number: string }[]; calls: { callId: string }[] }>(mine, 'screen-pop');
      await postEvents(t, batch([
        { callId: 'c6', type: 'offered', at: new Date(Date.now() - 8 * S), callerNumber: NOISE_COMPLAINT.citizenPhone },
        { callId: 'c6', type: 'answered', at: new Date(), callerNumber: NOISE_COMPLAINT.citizenPhone, operatorId: operator.id },
      ])).expect(200);
      const shown = await pop;
      expect(shown.callId).toBe('c6');
      expect(shown.tickets.map((ticket) => ticket.number)).toContain(registered.body.number);
      expect(shown.calls.map((earlier) => earlier.callId)).toEqual(['c2']); // the same number called before
      expect(heard).toEqual([]);
    } finally {
      mine.close();
      theirs.close();
    }
  });

  it('moves the operator with the call: on it when answered, in after-call work when it ends, and times the wrap-up', async () => {
    const board = async () => (await t.http().get('/api/presence').set('Authorization', `Bearer ${await t.tokenOf('dispatcher1')}`).expect(200)).body;
    expect((await board()).find((row: { userId: number }) => row.userId === operator.id)).toMatchObject({ state: 'on_call', callId: 'c6' });
    // On a call the CTI, not the operator, ends it: the change is refused and nothing moves.
    await t.http().post('/api/presence').set('Authorization', `Bearer ${operator.token}`).send({ state: 'ready' }).expect(409);
    expect((await board()).find((row: { userId: number }) => row.userId === operator.id)).toMatchObject({ state: 'on_call', callId: 'c6' });
    await postEvents(t, batch([{ callId: 'c6', type: 'ended', at: new Date(Date.now() - 2 * S), callerNumber: NOISE_COMPLAINT.citizenPhone }])).expect(200);
    expect((await board()).find((row: { userId: number }) => row.userId === operator.id)).toMatchObject({ state: 'after_call_work', callId: 'c6' });
    await t.http().post('/api/presence').set('Authorization', `Bearer ${operator.token}`).send({ state: 'ready' }).expect(200);
    const wrapUp = (await call('c6').expect(200)).body.wrapUpMs;
    expect(wrapUp).toBeGreaterThanOrEqual(2 * S);
    expect(wrapUp).toBeLessThan(60 * S);
    const notSettable = await t.http().post('/api/presence').set('Authorization', `Bearer ${operator.token}`).send({ state: 'on_call' }).expect(400);
    expect(Object.keys(notSettable.body.fields)).toEqual(['state']);
  });

  it('leaves the operator free when an end arrives before its answer, or the caller hangs up mid-talk', async () => {
    const stateOf = async () =>
      (await t.http().get('/api/presence').set('Authorization', `Bearer ${await t.tokenOf('dispatcher1')}`).expect(200)).body.find(
        (row: { userId: number }) => row.userId === colleague.id,
      );
    await postEvents(t, batch([{ callId: 'c8', type: 'offered', at: new Date(Date.now() - 9 * S) }, { callId: 'c8', type: 'ended', at: new Date(Date.now() - 2 * S) }])).expect(200);
    await postEvents(t, batch([{ callId: 'c8', type: 'answered', at: new Date(Date.now() - 8 * S), operatorId: colleague.id }])).expect(200);
    // Through the call into its after-call work: the end, told first, still follows the late answer.
    expect(await stateOf()).toMatchObject({ state: 'after_call_work', callId: 'c8' });
    await t.http().post('/api/presence').set('Authorization', `Bearer ${colleague.token}`).send({ state: 'ready' }).expect(200);

    await postEvents(t, batch([{ callId: 'c9', type: 'offered', at: new Date(Date.now() - 9 * S) }, { callId: 'c9', type: 'answered', at: new Date(Date.now() - 8 * S), operatorId: colleague.id }])).expect(200);
    expect(await stateOf()).toMatchObject({ state: 'on_call', callId: 'c9' });
    await postEvents(t, batch([{ callId: 'c9', type: 'abandoned', at: new Date(Date.now() - 1 * S) }])).expect(200);
    expect(await stateOf()).toMatchObject({ state: 'after_call_work', callId: 'c9' });
    await t.http().post('/api/presence').set('Authorization', `Bearer ${colleague.token}`).send({ state: 'ready' }).expect(200);
  });

  it('lists missed calls for calling back, and counts the call-backs', async () => {
    const missed = await t.http().get('/api/calls/missed').set('Authorization', `Bearer ${operator.token}`).expect(200);
    expect(missed.body.map((row: { callId: string }) => row.callId).sort()).toEqual(['c3', 'c4']);
    await t.http().post('/api/calls/c4/call-back').set('Authorization', `Bearer ${operator.token}`).send({ reached: true }).expect(200);
    const notMissed = await t.http().post('/api/calls/c1/call-back').set('Authorization', `Bearer ${operator.token}`).send({ reached: true }).expect(400);
    expect(Object.keys(notMissed.body.fields)).toEqual(['callId']);
    const after = await t.http().get('/api/calls/missed').set('Authorization', `Bearer ${operator.token}`).expect(200);
    expect(after.body.map((row: { callId: string }) => row.callId)).toEqual(['c3']);
    expect((await stats()).last15Minutes.missedCallCallbackRate).toBe(0.5);
  });

  it('an emergency call transferred to 110 ends as a transferred ticket linked to the call', async () => {
    await postEvents(t, batch([
      { callId: 'c7', type: 'offered', at: new Date(Date.now() - 5 * S) },
      { callId: 'c7', type: 'answered', at: new Date(Date.now() - 4 * S), operatorId: operator.id },
    ])).expect(200);
    const ticket = await t
      .http()
      .post('/api/tickets')
      .set('Authorization', `Bearer ${operator.token}`)
      .send({ ...NOISE_COMPLAINT, title: '有人持刀闹事', content: '楼下有人持刀威胁路人。', urgency: 'critical', callId: 'c7', route: false })
      .expect(201);
    await command(t, 'operator1', ticket.body.id, 'transfer', { to: '110', note: '三方通话转110' }).expect(200);
    await postEvents(t, batch([
      { callId: 'c7', type: 'transferred', at: new Date(Date.now() - 2 * S), operatorId: operator.id, transferTo: '110' },
      { callId: 'c7', type: 'ended', at: new Date() },
    ])).expect(200);
    const detail = (await call('c7').expect(200)).body;
    expect(detail).toMatchObject({ status: 'ended', transferTo: '110' });
    expect(detail.tickets).toEqual([{ id: ticket.body.id, number: ticket.body.number, status: 'transferred' }]);
  });

  it('records one of the five outcomes for a call that ends without a ticket', async () => {
    await t.http().post('/api/calls/c2/outcome').set('Authorization', `Bearer ${operator.token}`).send({ outcome: 'other_channel', note: '告知申请劳动仲裁' }).expect(200);
    expect((await call('c2').expect(200)).body).toMatchObject({ outcome: 'other_channel', outcomeBy: operator.id });
    const refused = await t.http().post('/api/calls/c2/outcome').set('Authorization', `Bearer ${operator.token}`).send({ outcome: 'ignored' }).expect(400);
    expect(Object.keys(refused.body.fields)).toEqual(['outcome']);
  });
});
