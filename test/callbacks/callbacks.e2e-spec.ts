import { afterAll, beforeAll, beforeEach, describe, expect, it } from '@jest/globals';
import { localDateOf, shiftDate } from '#libs/calendar';
import { DeadlineClock } from '#libs/intake';
import { Figures } from '#libs/realtime';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, command, detail, register, routed, routeNoiseToStreet, unitIdOf } from '../support/tickets.js';
import { waitFor } from '../support/waiting.js';

interface OfferedTask {
  id: number;
  ticketId: number;
  missedAttempts: number;
  ticket: { number: string; citizenPhone: string };
}

const SATISFIED = { reached: true, solved: 'solved', satisfaction: 'satisfied' };
const DISSATISFIED_UNSOLVED = { reached: true, solved: 'not_solved', satisfaction: 'dissatisfied', note: '噪音依旧' };
const MISSED = { reached: false, note: '无人接听' };

describe('callbacks (回访) over HTTP', () => {
  let t: TestApp;
  let street: number;

  beforeAll(async () => {
    // The drill profile: a missed call is tried again after 2 seconds instead of 2 hours.
    t = await startTestApp({ DEADLINE_POLICY: 'drill' });
    await routeNoiseToStreet(t);
    street = await unitIdOf(t, 'S-379901001');
  });
  afterAll(() => t.close());

  const setReady = (agent: string, ready: boolean) => authed(t, agent, (http) => http.post('/api/callbacks/ready').send({ ready })).expect(200);
  const mine = async (agent: string): Promise<OfferedTask[]> => (await authed(t, agent, (http) => http.get('/api/callbacks/mine')).expect(200)).body;
  const result = (agent: string, taskId: number, body: object) => authed(t, agent, (http) => http.post(`/api/callbacks/${taskId}/result`).send(body));
  const setSampling = (rules: object[]) => authed(t, 'admin1', (http) => http.put('/api/callback-sampling').send({ rules }));

  /** A ticket replied by the street office and approved by the centre: waiting for its callback. */
  async function approved(overrides: Record<string, unknown> = {}): Promise<number> {
    const { id } = await register(t, overrides);
    await routed(t, id);
    await replyAndApprove(id);
    return id;
  }

  async function replyAndApprove(id: number): Promise<void> {
    await command(t, 'haibin.handler', id, 'sign').expect(200);
    await command(t, 'haibin.handler', id, 'reply', { content: '已责令工地夜间停工。', solved: true }).expect(200);
    const review = await command(t, 'dispatcher1', id, 'review', { decision: 'approve' }).expect(200);
    expect(review.body.status).toBe('callback_pending');
  }

  async function offeredTo(agent: string, ticketId: number): Promise<OfferedTask> {
    let task: OfferedTask | undefined;
    await waitFor(async () => (task = (await mine(agent)).find((each) => each.ticketId === ticketId)) !== undefined, 10_000, `ticket ${ticketId}'s task for ${agent}`);
    return task!;
  }

  const statusOf = async (id: number): Promise<string> => (await detail(t, id)).status;
  const eventTypes = async (id: number): Promise<string[]> => (await detail(t, id)).timeline.map((event: { type: string }) => event.type);

  beforeEach(async () => {
    await setSampling([]).expect(200);
    await setReady('callback1', true);
    await setReady('callback2', false);
  });

  it('reply → a task for the ready agent → satisfied closes the ticket', async () => {
    const id = await approved();
    const task = await offeredTo('callback1', id);
    expect(task.ticket.citizenPhone).toBe('13812345678'); // the centre calls: the number in full
    expect((await result('callback1', task.id, SATISFIED).expect(200)).body).toEqual({ outcome: 'closed' });
    expect(await statusOf(id)).toBe('closed');
    expect((await eventTypes(id)).slice(-2)).toEqual(['reply_approved', 'callback_recorded']);
    expect(await mine('callback1')).toEqual([]);
    // Recorded once: a second submission finds the task done.
    await result('callback1', task.id, SATISFIED).expect(409);
  });

  it('gives tasks to the ready agents in turn, and none to an agent who is away', async () => {
    await setReady('callback2', true);
    const readiness = async (agent: string) => (await authed(t, agent, (http) => http.get('/api/callbacks/ready')).expect(200)).body;
    expect(await readiness('callback2')).toEqual({ ready: true });
    const first = await approved();
    const second = await approved();
    const agents = await Promise.all(
      [first, second].map(async (id) => {
        await waitFor(async () => (await mine('callback1')).concat(await mine('callback2')).some((task) => task.ticketId === id), 10_000, `a task for ${id}`);
        return (await mine('callback1')).some((task) => task.ticketId === id) ? 'callback1' : 'callback2';
      }),
    );
    expect(new Set(agents)).toEqual(new Set(['callback1', 'callback2']));
    // Going away hands the agent's tasks to the others.
    await setReady('callback2', false);
    expect(await readiness('callback2')).toEqual({ ready: false });
    const mineNow = (await mine('callback1')).map((task) => task.ticketId);
    expect(mineNow).toEqual(expect.arrayContaining([first, second]));
    expect(await mine('callback2')).toEqual([]);
    for (const task of await mine('callback1')) await result('callback1', task.id, SATISFIED).expect(200);
  });

  it('dissatisfied and not solved reopens as a redo to the same unit with a fresh due; a second failure goes to the centre, which sends it back under a supervision order', async () => {
    const id = await approved();
    const task = await offeredTo('callback1', id);
    const before = Date.now();
    expect((await result('callback1', task.id, DISSATISFIED_UNSOLVED).expect(200)).body).toEqual({ outcome: 'reopened' });
    const reopened = await detail(t, id);
    expect(reopened.status).toBe('dispatched');
    const redo = reopened.assignments.at(-1);
    expect(redo).toMatchObject({ unitId: street, role: 'primary', redo: true, status: 'dispatched' });
    expect(Date.parse(redo.replyDueAt)).toBeGreaterThan(before);
    expect((await eventTypes(id)).slice(-2)).toEqual(['callback_recorded', 'reopened']);

    // The redo's reply is called back again; failing again, it is left reopened for the centre to supervise.
    await replyAndApprove(id);
    const again = await offeredTo('callback1', id);
    expect(again.id).not.toBe(task.id);
    expect((await result('callback1', again.id, DISSATISFIED_UNSOLVED).expect(200)).body).toEqual({ outcome: 'supervision' });
    expect(await statusOf(id)).toBe('reopened');
    // The centre finds it in its pool.
    const pooled = await authed(t, 'dispatcher1', (http) => http.get('/api/tickets?status=reopened&pageSize=100')).expect(200);
    expect(pooled.body.items.map((item: { id: number }) => item.id)).toContain(id);
    expect((await t.app.get(Figures).pool()).byStatus.reopened).toBe(pooled.body.total);

    // 督办重办: back to the same unit under a supervision order, with the note it is told; a unit may not, nor without a note.
    const reopen = (as: string, body: Record<string, unknown>) => command(t, as, id, 'reopen', body);
    expect(Object.keys((await reopen('dispatcher1', { note: ' ' }).expect(400)).body.fields)).toEqual(['note']);
    await reopen('haibin.handler', { note: '自行重办' }).expect(403);
    expect(await statusOf(id)).toBe('reopened');
    const clock = t.app.get(DeadlineClock);
    const earliest = await clock.supervisedRedoDue(new Date());
    const supervised = (await reopen('dispatcher1', { note: '两次回访不满意，列入督办' }).expect(200)).body;
    const latest = await clock.supervisedRedoDue(new Date());
    /** A due the API gave, pinned between the policy's dues from just before and just after the request. */
    const pinned = (due: string, pick: (dues: typeof earliest) => Date) => {
      expect(Date.parse(due)).toBeGreaterThanOrEqual(pick(earliest).getTime());
      expect(Date.parse(due)).toBeLessThanOrEqual(pick(latest).getTime());
    };
    expect(supervised.status).toBe('dispatched');
    const order = supervised.assignments.at(-1);
    expect(order).toMatchObject({ unitId: street, redo: true, status: 'dispatched' });
    expect(supervised.assignments.filter((a: { redo: boolean }) => a.redo)).toHaveLength(2);
    const events = supervised.timeline.filter((event: { assignmentId: number }) => event.assignmentId === order.id);
    expect(events.map((event: { type: string }) => event.type).slice(0, 2)).toEqual(['reopened', 'supervised']);
    expect(events[1]).toMatchObject({ note: '两次回访不满意，列入督办', actor: { role: 'dispatcher' } });
    pinned(events[1].data.dueAt, (dues) => dues.supervisionDueAt);
    pinned(order.replyDueAt, (dues) => dues.replyDueAt);
    pinned(order.signDueAt, (dues) => dues.signDueAt);
    // The unit is told, of the supervised event on the new assignment.
    const key = `event:${events[1].id}:unit:${street}`;
    await waitFor(
      async () => (await authed(t, 'haibin.handler', (http) => http.get('/api/notices')).expect(200)).body.items.some(
        (notice: { dedupeKey: string; kind: string; assignmentId: number }) => notice.dedupeKey === key && notice.kind === 'supervised' && notice.assignmentId === order.id,
      ),
      10_000,
      'the supervision notice',
    );
    // Sent back once: a second try finds it no longer the centre's.
    await reopen('dispatcher1', { note: '再次督办' }).expect(409);
  });

  it('three unreachable attempts, at least the gap apart, close the ticket as unreachable', async () => {
    const id = await approved();
    const first = await offeredTo('callback1', id);
    expect((await result('callback1', first.id, MISSED).expect(200)).body).toEqual({ outcome: 'retry' });
    const missedAt = Date.now();
    expect(await mine('callback1')).toEqual([]);
    const second = await offeredTo('callback1', id);
    // The drill profile's gap is 2 seconds.
    expect(Date.now() - missedAt).toBeGreaterThanOrEqual(1_900);
    expect(second).toMatchObject({ id: first.id, missedAttempts: 1 });
    await result('callback1', second.id, MISSED).expect(200);
    const third = await offeredTo('callback1', id);
    expect(third.missedAttempts).toBe(2);
    expect((await result('callback1', third.id, MISSED).expect(200)).body).toEqual({ outcome: 'unreachable' });
    const closed = await detail(t, id);
    expect(closed.status).toBe('closed');
    expect(closed.timeline.at(-1)).toMatchObject({ type: 'callback_recorded', data: { result: { reached: false, miss: 'unreachable' } } });
  });

  it('sampling at 0 % opens no task and closes the tickets; at 100 % every ticket gets one', async () => {
    await setSampling([{ categoryPrefix: '', percent: 0 }]).expect(200);
    const waived = await Promise.all([approved(), approved(), approved()]);
    for (const id of waived) {
      await waitFor(async () => (await statusOf(id)) === 'closed', 10_000, `ticket ${id} closed without a callback`);
      expect((await detail(t, id)).timeline.at(-1)).toMatchObject({ type: 'callback_waived', data: { samplePercent: 0 } });
    }
    expect(await mine('callback1')).toEqual([]);

    await setSampling([{ categoryPrefix: '', percent: 0 }, { categoryPrefix: '0101', requestType: 'complaint', percent: 100 }]).expect(200);
    const called = await Promise.all([approved(), approved(), approved()]);
    for (const id of called) await offeredTo('callback1', id);
    for (const task of await mine('callback1')) await result('callback1', task.id, SATISFIED).expect(200);
  });

  it('a ticket without a phone number closes at once as anonymous', async () => {
    const id = await approved({ citizenPhone: undefined, citizenName: undefined });
    await waitFor(async () => (await statusOf(id)) === 'closed', 10_000, 'the anonymous ticket closed');
    expect((await detail(t, id)).timeline.at(-1)).toMatchObject({ type: 'callback_recorded', data: { result: { reached: false, miss: 'anonymous' } } });
  });

  it("counts each result for the unit whose reply was called back, in that unit's figures", async () => {
    // Yesterday too: the test may run across midnight in Asia/Shanghai.
    const today = localDateOf(new Date());
    const period = { from: shiftDate(today, -1), to: today };
    const streetCounts = async () => {
      await authed(t, 'admin1', (http) => http.post('/api/figures/rebuild').send(period)).expect(200);
      const { body } = await authed(t, 'leader1', (http) => http.get(`/api/figures/units?from=${period.from}&to=${period.to}&tier=street`)).expect(200);
      return body.find((row: { unitId: number }) => row.unitId === street).counts;
    };
    const before = await streetCounts();
    const satisfied = await approved();
    await result('callback1', (await offeredTo('callback1', satisfied)).id, { reached: true, solved: 'partly_solved', satisfaction: 'basically_satisfied' }).expect(200);
    const anonymous = await approved({ citizenPhone: undefined, citizenName: undefined });
    await waitFor(async () => (await statusOf(anonymous)) === 'closed', 10_000, 'the anonymous ticket closed');
    const after = await streetCounts();
    expect({ replies: after.replies - before.replies, reached: after.reached - before.reached, solved: after.solved - before.solved, satisfied: after.satisfied - before.satisfied, unreached: after.unreached - before.unreached }).toEqual({
      replies: 2,
      reached: 1,
      solved: 0, // partly solved is not solved
      satisfied: 1,
      unreached: 1,
    });
  });

  describe('bad input gets 400 naming the field, and changes nothing', () => {
    it.each([
      ['reached without a satisfaction', { reached: true, solved: 'solved' }, 'satisfaction'],
      ['an unknown solved level', { reached: true, solved: 'maybe', satisfaction: 'satisfied' }, 'solved'],
      ['reached as text', { reached: 'yes' }, 'reached'],
      ['an oversize note', { reached: false, note: '长'.repeat(1001) }, 'note'],
    ])('a result with %s', async (_case, body, field) => {
      const id = await approved();
      const task = await offeredTo('callback1', id);
      const response = await result('callback1', task.id, body).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
      expect(await statusOf(id)).toBe('callback_pending');
      await result('callback1', task.id, SATISFIED).expect(200);
    });

    it.each([
      ['a share over 100 %', [{ categoryPrefix: '', percent: 101 }], 'rules.0.percent'],
      ['an unknown request type', [{ categoryPrefix: '01', requestType: 'gossip', percent: 5 }], 'rules.0.requestType'],
      ['a prefix that is not digits', [{ categoryPrefix: '01x', percent: 5 }], 'rules.0.categoryPrefix'],
      ['a category that does not exist', [{ categoryPrefix: '99', percent: 5 }], 'rules.0.categoryPrefix'],
      ['the same kind twice', [{ categoryPrefix: '01', percent: 5 }, { categoryPrefix: '01', percent: 9 }], 'rules.1'],
    ])('sampling rules with %s', async (_case, rules, field) => {
      await setSampling([{ categoryPrefix: '02', percent: 50 }]).expect(200);
      const response = await setSampling(rules).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
      expect((await authed(t, 'admin1', (http) => http.get('/api/callback-sampling')).expect(200)).body).toEqual([
        { categoryPrefix: '02', requestType: null, percent: 50 },
      ]);
    });

    it("another agent's task is not found, and only callback agents record", async () => {
      const id = await approved();
      const task = await offeredTo('callback1', id);
      await result('callback2', task.id, SATISFIED).expect(404);
      await result('dispatcher1', task.id, SATISFIED).expect(403);
      expect(await statusOf(id)).toBe('callback_pending');
      await result('callback1', task.id, SATISFIED).expect(200);
    });
  });
});
