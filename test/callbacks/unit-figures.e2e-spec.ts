import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import ExcelJS from 'exceljs';
import { DataSource } from 'typeorm';
import { readUnitCounts, rebuildUnitDailyFigures, unitCountsRows, unitFactsStatement, type UnitCountsRow } from '#libs/persistence';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, register, unitIdOf } from '../support/tickets.js';

/** An Asia/Shanghai wall-clock time, `YYYY-MM-DD HH:MM`, as the instant it is. */
const at = (local: string): Date => new Date(`${local.replace(' ', 'T')}:00+08:00`);

interface ScriptedAssignment {
  unit: 'A' | 'B';
  dispatched: string;
  signDue: string;
  signed?: string;
  replyDue: string;
  replied?: string;
  status?: 'closed' | 'returned' | 'dispatched';
  redo?: boolean;
  extensionDays?: number;
}

interface ScriptedCallback {
  unit: 'A' | 'B';
  done: string;
  reached: boolean;
  solved?: 'solved' | 'partly_solved' | 'not_solved';
  satisfaction?: 'satisfied' | 'basically_satisfied' | 'dissatisfied';
  outcome: string;
  redo?: boolean;
}

/**
 * October 2026 for two street offices, worked by hand below. A is a poor month: a late sign, an
 * unsigned return, a late reply, a dissatisfied callback and its redo. B is a good one.
 */
const ASSIGNMENTS: ScriptedAssignment[] = [
  // A1: signed and replied in time.
  { unit: 'A', dispatched: '2026-10-09 09:00', signDue: '2026-10-09 10:00', signed: '2026-10-09 09:30', replyDue: '2026-10-16 24:00', replied: '2026-10-15 16:00' },
  // A2: signed an hour late, replied a day late.
  { unit: 'A', dispatched: '2026-10-12 09:00', signDue: '2026-10-12 10:00', signed: '2026-10-12 11:00', replyDue: '2026-10-19 24:00', replied: '2026-10-20 10:00' },
  // A3: an extension of 5 working days moved the reply-due; replied after the first due, within the extended one.
  { unit: 'A', dispatched: '2026-10-13 09:00', signDue: '2026-10-13 10:00', signed: '2026-10-13 09:10', replyDue: '2026-10-27 24:00', replied: '2026-10-22 10:00', extensionDays: 5 },
  // A4: returned without being signed.
  { unit: 'A', dispatched: '2026-10-14 09:00', signDue: '2026-10-14 10:00', replyDue: '2026-10-21 24:00', status: 'returned' },
  // A5: dispatched on 30 September at 23:00, due to sign 30 minutes into October: a September dispatch, an October sign-due.
  { unit: 'A', dispatched: '2026-09-30 23:00', signDue: '2026-10-01 00:30', signed: '2026-09-30 23:40', replyDue: '2026-10-14 24:00', replied: '2026-10-08 10:00' },
  // A6: dispatched at 23:30 on 31 October, sign-due in November: an October dispatch only.
  { unit: 'A', dispatched: '2026-10-31 23:30', signDue: '2026-11-01 00:30', replyDue: '2026-11-09 24:00', status: 'dispatched' },
  // A7: the redo of A3 after its dissatisfied callback: counted apart.
  { unit: 'A', dispatched: '2026-10-23 09:00', signDue: '2026-10-23 10:00', signed: '2026-10-23 09:05', replyDue: '2026-10-28 24:00', replied: '2026-10-26 09:00', redo: true },
  // B1, B2: in time; B3: signed late, replied in time.
  { unit: 'B', dispatched: '2026-10-05 09:00', signDue: '2026-10-05 10:00', signed: '2026-10-05 09:20', replyDue: '2026-10-12 24:00', replied: '2026-10-09 10:00' },
  { unit: 'B', dispatched: '2026-10-06 09:00', signDue: '2026-10-06 10:00', signed: '2026-10-06 09:20', replyDue: '2026-10-13 24:00', replied: '2026-10-09 11:00' },
  { unit: 'B', dispatched: '2026-10-07 09:00', signDue: '2026-10-07 10:00', signed: '2026-10-07 12:00', replyDue: '2026-10-14 24:00', replied: '2026-10-10 11:00' },
];

const CALLBACKS: ScriptedCallback[] = [
  { unit: 'A', done: '2026-10-16 10:00', reached: true, solved: 'solved', satisfaction: 'satisfied', outcome: 'closed' },
  { unit: 'A', done: '2026-10-21 10:00', reached: true, solved: 'partly_solved', satisfaction: 'basically_satisfied', outcome: 'closed' },
  { unit: 'A', done: '2026-10-22 15:00', reached: true, solved: 'not_solved', satisfaction: 'dissatisfied', outcome: 'reopened' },
  { unit: 'A', done: '2026-10-25 10:00', reached: false, outcome: 'unreachable' },
  { unit: 'A', done: '2026-10-27 10:00', reached: true, solved: 'solved', satisfaction: 'satisfied', outcome: 'closed', redo: true },
  // Ten minutes into November: not October's.
  { unit: 'A', done: '2026-11-01 00:10', reached: true, solved: 'not_solved', satisfaction: 'dissatisfied', outcome: 'reopened' },
  { unit: 'B', done: '2026-10-11 10:00', reached: true, solved: 'solved', satisfaction: 'satisfied', outcome: 'closed' },
  { unit: 'B', done: '2026-10-11 11:00', reached: true, solved: 'solved', satisfaction: 'basically_satisfied', outcome: 'closed' },
  { unit: 'B', done: '2026-10-12 09:00', reached: false, outcome: 'anonymous' },
];

const NO_COUNTS = { signDue: 0, signedInTime: 0, replies: 0, repliedInTime: 0, dispatched: 0, returned: 0, reached: 0, solved: 0, satisfied: 0, unreached: 0 };

// Worked by hand from the script above.
const A_OCTOBER = {
  // A1–A5 fell due to sign in October; A1, A3 and A5 signed in time.
  counts: { signDue: 5, signedInTime: 3, replies: 4, repliedInTime: 3, dispatched: 5, returned: 1, reached: 3, solved: 1, satisfied: 2, unreached: 1 },
  rates: { responseRate: 3 / 5, resolutionRate: 1 / 3, satisfactionRate: 2 / 3, onTimeRate: 3 / 4, returnRate: 1 / 5 },
  // 100 × (0.2 × 0.6 + 0.4 × 1/3 + 0.4 × 2/3) = 12 + 13.33 + 26.67
  score: 52,
  redo: { counts: { ...NO_COUNTS, signDue: 1, signedInTime: 1, replies: 1, repliedInTime: 1, dispatched: 1, reached: 1, solved: 1, satisfied: 1 } },
};
const B_OCTOBER = {
  counts: { signDue: 3, signedInTime: 2, replies: 3, repliedInTime: 3, dispatched: 3, returned: 0, reached: 2, solved: 2, satisfied: 2, unreached: 1 },
  rates: { responseRate: 2 / 3, resolutionRate: 1, satisfactionRate: 1, onTimeRate: 1, returnRate: 0 },
  // 100 × (0.2 × 2/3 + 0.4 + 0.4)
  score: 93.33,
};

describe('unit figures: the three rates of a scripted month', () => {
  let t: TestApp;
  let units: Record<'A' | 'B', number>;

  beforeAll(async () => {
    t = await startTestApp();
    units = { A: await unitIdOf(t, 'S-379901001'), B: await unitIdOf(t, 'S-379901002') };
    const { id: ticketId } = await register(t); // the facts hang on a ticket; which one does not matter to the figures
    const db = t.app.get(DataSource);
    await db.query(
      `INSERT INTO assignments (ticket_id, unit_id, role, status, dispatched_at, sign_due_at, reply_due_at, redo, signed_at, replied_at, extension_days, version) VALUES ${ASSIGNMENTS.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1)').join(', ')}`,
      ASSIGNMENTS.flatMap((a) => [
        ticketId, units[a.unit], 'primary', a.status ?? 'closed', at(a.dispatched), at(a.signDue), at(a.replyDue), a.redo ?? false,
        a.signed ? at(a.signed) : null, a.replied ? at(a.replied) : null, a.extensionDays ?? 0,
      ]),
    );
    await db.query(
      `INSERT INTO callback_tasks (ticket_id, ticket_version, status, due_at, outcome, unit_id, redo, reached, solved, satisfaction, done_at) VALUES ${CALLBACKS.map(() => "(?, ?, 'done', ?, ?, ?, ?, ?, ?, ?, ?)").join(', ')}`,
      CALLBACKS.flatMap((c, index) => [
        ticketId, 1000 + index, at(c.done), c.outcome, units[c.unit], c.redo ?? false, c.reached, c.solved ?? null, c.satisfaction ?? null, at(c.done),
      ]),
    );
    for (const month of [{ from: '2026-09-01', to: '2026-09-30' }, { from: '2026-10-01', to: '2026-10-31' }, { from: '2026-11-01', to: '2026-11-30' }]) {
      await authed(t, 'admin1', (http) => http.post('/api/figures/rebuild').send(month)).expect(200);
    }
  });
  afterAll(() => t.close());

  const get = (path: string, as = 'leader1') => authed(t, as, (http) => http.get(path));
  const figuresOf = (body: { unitId: number }[], unitId: number) => body.find((row) => row.unitId === unitId);

  it('counts each fact on its own day and divides as DOMAIN.md says', async () => {
    const { body } = await get('/api/figures/units?from=2026-10-01&to=2026-10-31&tier=street').expect(200);
    expect(figuresOf(body, units.A)).toMatchObject({ counts: A_OCTOBER.counts, score: A_OCTOBER.score, redo: A_OCTOBER.redo });
    expect(figuresOf(body, units.B)).toMatchObject({ counts: B_OCTOBER.counts, score: B_OCTOBER.score });
    for (const [unitId, expected] of [[units.A, A_OCTOBER.rates], [units.B, B_OCTOBER.rates]] as const) {
      const { rates } = figuresOf(body, unitId) as unknown as { rates: Record<string, number> };
      for (const [name, value] of Object.entries(expected)) expect(rates[name]).toBeCloseTo(value, 10);
    }
    expect(body.every((row: { tier: string }) => row.tier === 'street')).toBe(true);
  });

  it('are what the facts say when counted straight, without the daily figures', async () => {
    const db = t.app.get(DataSource);
    for (const [from, to] of [['2026-10-01', '2026-10-31'], ['2026-09-15', '2026-11-15'], ['2026-10-12', '2026-10-12']]) {
      const straight = unitFactsStatement(from!, to!);
      const byKey = (rows: UnitCountsRow[]) => Object.fromEntries(rows.map((row) => [`${row.unitId}:${row.redo}`, row.counts]));
      expect(byKey(await readUnitCounts(db.manager, from!, to!))).toEqual(byKey(unitCountsRows(await db.query(straight.sql, straight.parameters))));
    }
  });

  it("rebuilds without waiting on a sign or reply in progress: it reads the facts, it does not lock them", async () => {
    const db = t.app.get(DataSource);
    const writer = db.createQueryRunner();
    await writer.startTransaction();
    try {
      // A unit's command half-way: the assignment's row is locked until it commits.
      const locked = await writer.query("UPDATE assignments SET warning_level = 'yellow' WHERE unit_id = ? AND sign_due_at < ?", [units.A, at('2026-10-15 00:00')]);
      expect(locked.affectedRows).toBeGreaterThan(0); // rows the rebuild reads are really held
      const rebuilt = rebuildUnitDailyFigures(db.manager, '2026-10-01', '2026-10-31');
      let timer: ReturnType<typeof setTimeout> | undefined;
      const blocked = new Promise((resolve) => (timer = setTimeout(() => resolve('blocked'), 5_000)));
      const waited = await Promise.race([rebuilt.then(() => 'done'), blocked]).finally(() => clearTimeout(timer));
      expect(waited).toBe('done');
    } finally {
      await writer.rollbackTransaction();
      await writer.release();
    }
  });

  it('takes any range: one day, and the month before', async () => {
    const day = (await get('/api/figures/units?from=2026-10-12&to=2026-10-12').expect(200)).body;
    // A2's dispatch and late sign-due fell on the 12th; B's anonymous callback ended on it.
    expect(figuresOf(day, units.A)).toMatchObject({ counts: { ...NO_COUNTS, signDue: 1, dispatched: 1 } });
    expect(figuresOf(day, units.B)).toMatchObject({ counts: { ...NO_COUNTS, unreached: 1 }, score: null });
    const september = (await get('/api/figures/units?from=2026-09-01&to=2026-09-30').expect(200)).body;
    expect(figuresOf(september, units.A)).toMatchObject({ counts: { ...NO_COUNTS, dispatched: 1 } });
  });

  it('sums a tier', async () => {
    const { body } = await get('/api/figures/tiers?from=2026-10-01&to=2026-10-31').expect(200);
    const street = body.find((row: { tier: string }) => row.tier === 'street');
    expect(street.counts).toEqual({ signDue: 8, signedInTime: 5, replies: 7, repliedInTime: 6, dispatched: 8, returned: 1, reached: 5, solved: 3, satisfied: 4, unreached: 2 });
    // 100 × (0.2 × 5/8 + 0.4 × 3/5 + 0.4 × 4/5)
    expect(street.score).toBe(68.5);
  });

  it('ranks the month within the tier, in grade bands; units with nothing to score come last', async () => {
    const { body } = await get('/api/figures/ranking?month=2026-10&tier=street').expect(200);
    expect(body.slice(0, 2).map((row: { unitId: number; rank: number; grade: string }) => [row.unitId, row.rank, row.grade])).toEqual([
      [units.B, 1, 'excellent'],
      [units.A, 2, 'fail'],
    ]);
    expect(body.slice(2).every((row: { rank: null; score: null }) => row.rank === null && row.score === null)).toBe(true);
  });

  it('exports the ranking as CSV and as an Excel workbook', async () => {
    const csv = await get('/api/figures/ranking/export?month=2026-10&tier=street&format=csv').expect(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toBe('attachment; filename="2026-10-street.csv"');
    const lines = csv.text.replace(/^\uFEFF/, '').split('\n');
    expect(lines[0]).toMatch(/^排名,档次,单位编码,单位名称,综合评分,响应率\(%\),解决率\(%\),满意率\(%\)/);
    expect(lines[1]).toMatch(/^1,优秀,S-379901002,[^,]+,93\.33,66\.67,100,100,100,0,3,2,3,3,3,0,2,1,0,—$/);

    const xlsx = await authed(t, 'leader1', (http) =>
      http
        .get('/api/figures/ranking/export?month=2026-10&tier=street&format=xlsx')
        .buffer(true)
        .parse((response, done) => {
          const chunks: Buffer[] = [];
          response.on('data', (chunk: Buffer) => chunks.push(chunk));
          response.on('end', () => done(null, Buffer.concat(chunks)));
        }),
    ).expect(200);
    const workbook = new ExcelJS.Workbook();
    const bytes = xlsx.body as Buffer;
    await workbook.xlsx.load(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer);
    const sheet = workbook.getWorksheet('2026-10-street')!;
    expect(sheet.getRow(3).values).toEqual([undefined, 2, '不合格', 'S-379901001', expect.any(String), 52, 60, 33.33, 66.67, 75, 20, 5, 3, 4, 3, 5, 1, 3, 1, 1, 100]);
  });

  it('refuses a bad period or month with a 400 naming the field', async () => {
    const fieldsOf = async (path: string) => Object.keys((await get(path).expect(400)).body.fields);
    expect(await fieldsOf('/api/figures/units?from=2026-10-31&to=2026-10-01')).toEqual(['to']);
    expect(await fieldsOf('/api/figures/units?from=2025-01-01&to=2026-10-01')).toEqual(['to']);
    expect(await fieldsOf('/api/figures/units?from=2026-02-30&to=2026-03-01')).toEqual(['from']);
    expect(await fieldsOf('/api/figures/units?from=2026-10-01&to=2026-10-31&tier=province')).toEqual(['tier']);
    expect(await fieldsOf('/api/figures/ranking?month=2026-13&tier=street')).toEqual(['month']);
    expect(await fieldsOf('/api/figures/ranking/export?month=2026-10&tier=street&format=pdf')).toEqual(['format']);
    // A rebuild over HTTP takes a month at most; longer ones are the command line's.
    const rebuild = await authed(t, 'admin1', (http) => http.post('/api/figures/rebuild').send({ from: '2026-09-01', to: '2026-10-15' })).expect(400);
    expect(Object.keys(rebuild.body.fields)).toEqual(['to']);
  });

  it('shows a unit user only their own subtree, and the ranking to the centre only', async () => {
    const { body } = await get('/api/figures/units?from=2026-10-01&to=2026-10-31', 'haibin.handler').expect(200);
    expect(body.map((row: { unitId: number }) => row.unitId)).toContain(units.A);
    expect(body.map((row: { unitId: number }) => row.unitId)).not.toContain(units.B);
    await get('/api/figures/ranking?month=2026-10&tier=street', 'haibin.handler').expect(403);
    await authed(t, 'leader1', (http) => http.post('/api/figures/rebuild').send({ from: '2026-10-01', to: '2026-10-31' })).expect(403);
  });
});
