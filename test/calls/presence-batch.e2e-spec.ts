import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { batch, postEvents, type EventInput } from './cti.js';

const S = 1000;

/**
 * The CTI moves operators batch by batch: a batch moving an operator several times, or in a different
 * order than the calls happened, leaves the same presence and log as the same events one at a time.
 */
describe('operator presence moved by batches of call events', () => {
  let t: TestApp;
  let db: DataSource;
  const base = new Date(Date.now() - 10 * 60 * S);
  const at = (seconds: number) => new Date(base.getTime() + seconds * S);

  // Two calls one after the other for `operatorId`, and a third whose end comes before its answer.
  const script = (prefix: string, operatorId: number): EventInput[] => [
    { callId: `${prefix}-1`, type: 'offered', at: at(0) },
    { callId: `${prefix}-1`, type: 'answered', at: at(10), operatorId },
    { callId: `${prefix}-1`, type: 'ended', at: at(70) },
    { callId: `${prefix}-2`, type: 'offered', at: at(75) },
    { callId: `${prefix}-2`, type: 'answered', at: at(80), operatorId },
    { callId: `${prefix}-2`, type: 'ended', at: at(100) },
    { callId: `${prefix}-3`, type: 'offered', at: at(110) },
    { callId: `${prefix}-3`, type: 'ended', at: at(200) },
    { callId: `${prefix}-3`, type: 'answered', at: at(120), operatorId },
  ];

  const presenceOf = async (userId: number) => {
    const [row] = await db.query('SELECT state, since, call_id AS callId FROM operator_presence WHERE user_id = ?', [userId]);
    const log = await db.query('SELECT state, started_at AS startedAt, ended_at AS endedAt FROM presence_log WHERE user_id = ? ORDER BY id', [userId]);
    return { row, log };
  };

  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource);
  });
  afterAll(() => t.close());

  it('one batch and one event at a time leave the same rows', async () => {
    const [batched, oneByOne] = [990_001, 990_002];
    await postEvents(t, batch(script('b', batched))).expect(200);
    for (const event of script('s', oneByOne)) await postEvents(t, batch([event])).expect(200);

    const [a, b] = [await presenceOf(batched), await presenceOf(oneByOne)];
    expect(a.row).toEqual({ ...b.row, callId: 'b-3' });
    expect(a.log).toEqual(b.log);
    // The third call's end came before its answer: the answer, when it comes, takes the operator
    // through the call into its wrap-up, never leaving them on a call that is over.
    expect(a.row).toMatchObject({ state: 'after_call_work', callId: 'b-3', since: at(200) });
    expect(a.log).toEqual([
      { state: 'on_call', startedAt: at(10), endedAt: at(70) },
      { state: 'after_call_work', startedAt: at(70), endedAt: at(80) },
      { state: 'on_call', startedAt: at(80), endedAt: at(100) },
      { state: 'after_call_work', startedAt: at(100), endedAt: at(120) },
      { state: 'on_call', startedAt: at(120), endedAt: at(200) },
      { state: 'after_call_work', startedAt: at(200), endedAt: null },
    ]);
  });

  it('a later batch closes the open stretch, repeats move nobody, and no placeholder row is left', async () => {
    const operatorId = 990_001;
    await postEvents(t, batch([
      { callId: 'b-4', type: 'offered', at: at(300) },
      { callId: 'b-4', type: 'answered', at: at(305), operatorId },
      // Already recorded: repeats move nobody.
      { callId: 'b-1', type: 'answered', at: at(10), operatorId },
    ])).expect(200);
    const { row, log } = await presenceOf(operatorId);
    expect(row).toMatchObject({ state: 'on_call', callId: 'b-4', since: at(305) });
    expect(log.slice(-2)).toEqual([
      { state: 'after_call_work', startedAt: at(200), endedAt: at(305) },
      { state: 'on_call', startedAt: at(305), endedAt: null },
    ]);
    expect(log.filter((stretch: { endedAt: Date | null }) => stretch.endedAt === null)).toHaveLength(1);
    expect(await db.query("SELECT user_id FROM operator_presence WHERE state = 'unseen'")).toEqual([]);
  });
});
