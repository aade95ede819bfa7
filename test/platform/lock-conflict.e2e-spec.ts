import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import { DataSource } from 'typeorm';
import { UnitEntity } from '#libs/persistence';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { authed, unitIdOf } from '../support/tickets.js';
import { waitFor } from '../support/waiting.js';

/**
 * A request whose transaction MySQL rolls back as a deadlock's victim: a real deadlock between the
 * API creating a unit (it locks the street's region row, then reads the parent unit under a shared
 * lock) and another session that holds the parent and then asks for the region.
 */
describe('a request that loses a deadlock', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('is answered 409, try again, and writes nothing', async () => {
    const region = '379901088';
    await authed(t, 'admin1', (http) => http.post('/api/regions').send({ code: region, name: '锁冲突街道' })).expect(201);
    const parent = await unitIdOf(t, 'G-379901');
    const db = t.app.get(DataSource);
    const other = db.createQueryRunner();
    await other.startTransaction();
    try {
      // The other session changes every unit, the parent among them, and holds them: by far the heavier
      // transaction (rows changed and locks held), which InnoDB keeps when it picks a deadlock's victim.
      await other.query("UPDATE units SET name = CONCAT(name, '·')");
      const creating = authed(t, 'admin1', (http) =>
        http.post('/api/units').send({ code: 'T-DEADLOCK', name: '锁冲突街道办事处', tier: 'street', kind: 'street_office', regionCode: region, parentId: parent }),
      );
      const answered = creating.then((response) => response);
      // The API's transaction holds the region and waits for the parent. (InnoDB refreshes this table
      // only when it was not read for 0.1 s: asked more often, it never changes.)
      const waiting = async () => Number((await db.query("SELECT COUNT(*) AS n FROM information_schema.INNODB_TRX WHERE trx_state = 'LOCK WAIT'"))[0].n) > 0;
      await waitFor(waiting, 10_000, 'the API to wait', 200);
      await other.query('SELECT code FROM regions WHERE code = ? FOR UPDATE', [region]);
      const response = await answered;
      expect(response.status).toBe(409);
      expect(response.body.message).toContain('try again');
    } finally {
      await other.rollbackTransaction();
      await other.release();
    }
    expect(await db.getRepository(UnitEntity).countBy({ code: 'T-DEADLOCK' })).toBe(0);
    // Tried again, it goes through.
    await authed(t, 'admin1', (http) =>
      http.post('/api/units').send({ code: 'T-DEADLOCK', name: '锁冲突街道办事处', tier: 'street', kind: 'street_office', regionCode: region, parentId: parent }),
    ).expect(201);
  });
});
