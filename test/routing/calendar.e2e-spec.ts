import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { chinaHolidayRows, publishedYears, seedCalendar, seedYears } from '#config/calendar';
import { isWeekend, localDateOf } from '#libs/calendar';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, register, routed, routeNoiseToStreet } from '../support/tickets.js';

/** The day a due at 24:00 belongs to (it is written as 00:00 of the next day). */
const dueDay = (due: string): string => localDateOf(new Date(Date.parse(due) - 1));
const HOUR = 3_600_000;

describe('the working-day calendar over HTTP', () => {
  let t: TestApp;
  let db: DataSource;
  beforeAll(async () => {
    t = await startTestApp();
    db = t.app.get(DataSource, { strict: false });
    // Noise in 望海社区 goes to its street office, whatever the demo rules say: a normal complaint, signed within 1 working day.
    await routeNoiseToStreet(t);
  });
  afterAll(() => t.close());

  const list = async (year?: number, as = 'admin1') =>
    (await authed(t, as, (http) => http.get('/api/calendar').query(year === undefined ? {} : { year })).expect(200)).body as {
      day: string;
      kind: string;
      name: string;
      source: string;
    }[];
  const put = (day: string, body: Record<string, unknown>, as = 'admin1') => authed(t, as, (http) => http.put(`/api/calendar/${day}`).send(body));
  const remove = (day: string, as = 'admin1') => authed(t, as, (http) => http.delete(`/api/calendar/${day}`));

  /** The sign-due of a normal complaint registered and dispatched now. */
  const signDueOfNewTicket = async (): Promise<string> => {
    const { id } = await register(t);
    const ticket = await routed(t, id);
    expect(ticket.status).toBe('dispatched');
    return ticket.assignments[0].signDueAt;
  };

  describe('seeded from the published arrangement', () => {
    it('this year is there at startup, as the package publishes it, for every signed-in role', async () => {
      const [year] = seedYears();
      const expected = chinaHolidayRows([year!]).map((row) => ({ ...row, source: 'seed' }));
      if (publishedYears().includes(year!)) expect(expected.length).toBeGreaterThan(0);
      expect(await list(undefined, 'haibin.handler')).toEqual(expected);
      expect(await list(year, 'operator1')).toEqual(expected);
    });

    it('lists the 2026 holidays and make-up days once seeded, and seeding again changes nothing', async () => {
      await seedCalendar(db, [2026]);
      const again = await seedCalendar(db, [2026]);
      expect(again).toMatchObject({ seeded: [], alreadySeeded: [2026], inserted: 0 });
      const days = await list(2026);
      expect(days).toEqual(
        expect.arrayContaining([
          { day: '2026-01-02', kind: 'holiday', name: '元旦', source: 'seed' },
          { day: '2026-01-04', kind: 'workday', name: '元旦补班', source: 'seed' },
          { day: '2026-02-14', kind: 'workday', name: '春节补班', source: 'seed' },
          { day: '2026-02-23', kind: 'holiday', name: '春节', source: 'seed' },
          { day: '2026-02-28', kind: 'workday', name: '春节补班', source: 'seed' },
          { day: '2026-05-09', kind: 'workday', name: '劳动节补班', source: 'seed' },
          { day: '2026-09-20', kind: 'workday', name: '国庆节补班', source: 'seed' },
          { day: '2026-10-07', kind: 'holiday', name: '国庆节', source: 'seed' },
          { day: '2026-10-10', kind: 'workday', name: '国庆节补班', source: 'seed' },
        ]),
      );
      // Only the days that break the Monday–Friday rule, in order.
      expect(days.every(({ day, kind }) => isWeekend(day) === (kind === 'workday'))).toBe(true);
      expect(days.map((row) => row.day)).toEqual(days.map((row) => row.day).sort());
    });

    it('never undoes an administrator: an edited or deleted seeded day stays so, and a day set by hand before its year is seeded is kept', async () => {
      await seedCalendar(db, [2026]);
      await put('2026-10-08', { kind: 'holiday', name: '国庆节（延长）' }).expect(200);
      await put('2026-02-23', { kind: 'holiday', name: '春节（市定）' }).expect(200);
      await remove('2026-10-07').expect(204);
      // 2025 is published but not seeded (not this year or next): its National Day ran to 8 October.
      await put('2025-10-08', { kind: 'holiday', name: '国庆节（手工录入）' }).expect(200);

      expect(await seedCalendar(db, [2025, 2026])).toMatchObject({ seeded: [2025], alreadySeeded: [2026], keptAdminDays: ['2025-10-08'] });

      const days2026 = await list(2026);
      expect(days2026.find((row) => row.day === '2026-02-23')).toEqual({ day: '2026-02-23', kind: 'holiday', name: '春节（市定）', source: 'admin' });
      expect(days2026.find((row) => row.day === '2026-10-07')).toBeUndefined();
      const days2025 = await list(2025);
      expect(days2025.find((row) => row.day === '2025-10-08')).toEqual({ day: '2025-10-08', kind: 'holiday', name: '国庆节（手工录入）', source: 'admin' });
      expect(days2025.find((row) => row.day === '2025-10-01')).toEqual({ day: '2025-10-01', kind: 'holiday', name: '国庆节', source: 'seed' });
      expect(days2025).toHaveLength(chinaHolidayRows([2025]).length);
    });

    it('reports a year the package has not published yet', async () => {
      const unpublished = Math.max(...publishedYears()) + 1;
      expect(await seedCalendar(db, [unpublished])).toMatchObject({ seeded: [], notPublished: [unpublished], inserted: 0 });
    });
  });

  describe("an administrator's edit", () => {
    it('moves the sign-due of a ticket dispatched after it, at once; deleting it moves it back', async () => {
      const before = await signDueOfNewTicket();
      // The sign-due is the end of the next working day: make that day a day off.
      const day = dueDay(before);
      if (isWeekend(day)) await remove(day).expect(204); // a seeded make-up working day (调休)
      else expect((await put(day, { kind: 'holiday', name: '测试假日' }).expect(200)).body).toEqual({ day, kind: 'holiday', name: '测试假日', source: 'admin' });

      const after = await signDueOfNewTicket();
      expect(Date.parse(after) - Date.parse(before)).toBeGreaterThanOrEqual(24 * HOUR);
      expect(dueDay(after) > day).toBe(true);

      if (isWeekend(day)) await put(day, { kind: 'workday', name: '测试补班' }).expect(200);
      else await remove(day).expect(204);
      expect(await signDueOfNewTicket()).toBe(before);
    });

    it('is for administrators only', async () => {
      for (const as of ['dispatcher1', 'operator1', 'haibin.admin']) {
        await put('2030-10-08', { kind: 'holiday', name: '国庆节' }, as).expect(403);
        await remove('2026-10-01', as).expect(403);
      }
      expect(await list(2030)).toEqual([]);
    });

    it.each([
      ['2030-02-30', { kind: 'holiday', name: '春节' }, 'day'],
      ['2030-2-4', { kind: 'holiday', name: '春节' }, 'day'],
      ['tomorrow', { kind: 'holiday', name: '春节' }, 'day'],
      ['1999-10-01', { kind: 'holiday', name: '国庆节' }, 'day'],
      ['2030-10-08', { kind: 'halfday', name: '国庆节' }, 'kind'],
      ['2030-10-08', { name: '国庆节' }, 'kind'],
      ['2030-10-08', { kind: 'holiday' }, 'name'],
      ['2030-10-08', { kind: 'holiday', name: '   ' }, 'name'],
      ['2030-10-08', { kind: 'holiday', name: '节'.repeat(51) }, 'name'],
      ['2030-10-08', { kind: 'holiday', name: '国庆节', source: 'seed' }, 'source'],
      ['2030-10-08', { kind: 'workday', name: '国庆节补班' }, 'kind'], // a Tuesday: worked anyway
      ['2030-10-12', { kind: 'holiday', name: '国庆节' }, 'kind'], // a Saturday: off anyway
    ])('refuses %s %j naming %s, and writes nothing', async (day, body, field) => {
      const response = await put(day, body).expect(400);
      expect(Object.keys(response.body.fields)).toEqual([field]);
      expect(response.body.fields[field].join(' ')).toContain(field);
      expect(await list(2030)).toEqual([]);
    });

    it('says why a pointless day is refused', async () => {
      const response = await put('2030-10-08', { kind: 'workday', name: '补班' }).expect(400);
      expect(response.body.fields.kind[0]).toMatch(/2030-10-08, a Tuesday: Monday to Friday are worked anyway/);
    });

    it('takes a make-up Saturday and a weekday holiday, replaces a day, and deletes it back to the weekday rule', async () => {
      await put('2030-10-12', { kind: 'workday', name: '国庆节补班' }).expect(200);
      await put('2030-10-08', { kind: 'holiday', name: '国庆节' }).expect(200);
      await put('2030-10-08', { kind: 'holiday', name: '国庆节（调整）' }).expect(200);
      expect(await list(2030)).toEqual([
        { day: '2030-10-08', kind: 'holiday', name: '国庆节（调整）', source: 'admin' },
        { day: '2030-10-12', kind: 'workday', name: '国庆节补班', source: 'admin' },
      ]);
      await remove('2030-10-08').expect(204);
      await remove('2030-10-12').expect(204);
      await remove('2030-10-12').expect(404);
      await remove('2030-13-01').expect(400);
      expect(await list(2030)).toEqual([]);
    });

    it('refuses a bad year in the list', async () => {
      for (const year of ['abc', '1999', '2100']) {
        const response = await authed(t, 'admin1', (http) => http.get('/api/calendar').query({ year })).expect(400);
        expect(Object.keys(response.body.fields)).toEqual(['year']);
      }
    });
  });
});
