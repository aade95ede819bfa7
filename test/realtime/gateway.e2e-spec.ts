import { afterAll, beforeAll, describe, expect, it } from '@jest/globals';
import type { Socket } from 'socket.io-client';
import type { Snapshot } from '#libs/realtime';
import { connect, nextEvent, record, snapshotOf } from '../support/sockets.js';
import { startTestApp, type TestApp } from '../support/test-app.js';
import { DEMO_PASSWORD } from '#config/demo-city';
import { authed, register, routed, routeNoiseToStreet, unitIdOf } from '../support/tickets.js';

interface TicketPush {
  ticketId: number;
  events: string[];
  unitIds: number[];
}

const settle = (ms = 700) => new Promise((resolve) => setTimeout(resolve, ms));

describe('the realtime gateway', () => {
  let t: TestApp;
  let url: string;
  const sockets: Socket[] = [];
  const open = async (username?: string, token?: string) => {
    const socket = await connect(url, token ?? (username ? await t.tokenOf(username) : undefined));
    sockets.push(socket);
    return socket;
  };

  beforeAll(async () => {
    t = await startTestApp();
    await t.app.listen(0, '127.0.0.1');
    url = await t.app.getUrl();
    await routeNoiseToStreet(t);
  });
  afterAll(async () => {
    for (const socket of sockets) socket.close();
    await t.close();
  });

  it('refuses a socket with no token, a forged token, or an expired one', async () => {
    await expect(connect(url)).rejects.toThrow('unauthorized');
    const token = await t.tokenOf('haibin.handler');
    const [header, payload] = token.split('.');
    await expect(connect(url, `${header}.${payload}.${'A'.repeat(43)}`)).rejects.toThrow('unauthorized');
    const { JwtService } = await import('@nestjs/jwt');
    const expired = await new JwtService({ secret: t.settings.jwt.secret }).signAsync(
      { sub: 1, username: 'operator1', name: 'x', role: 'operator', unitId: null },
      { algorithm: 'HS256', expiresIn: -10 },
    );
    await expect(connect(url, expired)).rejects.toThrow('unauthorized');
  });

  it("closes a user's open sockets when an administrator deactivates them, and refuses their reconnect", async () => {
    const street = await unitIdOf(t, 'S-379901001');
    const created = await authed(t, 'admin1', (http) =>
      http.post('/api/users').send({ username: 'leaving.handler', displayName: '离岗承办人', role: 'unit_handler', unitId: street, password: DEMO_PASSWORD }),
    ).expect(201);
    const token = await t.tokenOf('leaving.handler');
    const socket = await open(undefined, token);
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    // Renaming ends nothing; deactivating does.
    await authed(t, 'admin1', (http) => http.patch(`/api/users/${created.body.id}`).send({ displayName: '离岗承办人（改）' })).expect(200);
    await settle();
    expect(socket.connected).toBe(true);
    await authed(t, 'admin1', (http) => http.patch(`/api/users/${created.body.id}`).send({ active: false })).expect(200);
    await closed;
    await expect(connect(url, token)).rejects.toThrow('unauthorized');
  });

  it.each<[string, (http: Parameters<Parameters<typeof authed>[2]>[0], id: number, unitId: number) => ReturnType<Parameters<typeof authed>[2]>, number]>([
    ['a change of role', (http, id) => http.patch(`/api/users/${id}`).send({ role: 'unit_admin' }), 200],
    ['a change of unit', (http, id, unitId) => http.patch(`/api/users/${id}`).send({ unitId }), 200],
    ['a new password', (http, id) => http.put(`/api/users/${id}/password`).send({ password: 'Another-2024' }), 204],
  ])("closes a user's open sockets on %s, and refuses the old token's reconnect", async (change, send, status) => {
    const [street, district] = await Promise.all(['S-379901001', 'G-379901'].map((code) => unitIdOf(t, code)));
    const username = `moved.${sockets.length}`;
    const created = await authed(t, 'admin1', (http) =>
      http.post('/api/users').send({ username, displayName: `调整承办人${change}`, role: 'unit_handler', unitId: street, password: DEMO_PASSWORD }),
    ).expect(201);
    const token = await t.tokenOf(username);
    const socket = await open(undefined, token);
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));
    await authed(t, 'admin1', (http) => send(http, created.body.id, district)).expect(status);
    await closed;
    await expect(connect(url, token)).rejects.toThrow('unauthorized');
  });

  it('sends a snapshot on connection: a handler its unit, an admin its unit and those below, the centre its pool', async () => {
    const street = await unitIdOf(t, 'S-379901001');
    const handler = await snapshotOf<Snapshot>(url, await t.tokenOf('haibin.handler'));
    const admin = await snapshotOf<Snapshot>(url, await t.tokenOf('haibin.admin'));
    const centre = await snapshotOf<Snapshot>(url, await t.tokenOf('dispatcher1'));
    sockets.push(handler.socket, admin.socket, centre.socket);
    expect(handler.snapshot.caseloads.map((caseload) => caseload.unitId)).toEqual([street]);
    expect(handler.snapshot.pool).toBeUndefined();
    expect(admin.snapshot.caseloads.map((caseload) => caseload.unitId)).toEqual(expect.arrayContaining([street]));
    expect(admin.snapshot.caseloads.length).toBeGreaterThan(1);
    expect(centre.snapshot.caseloads).toEqual([]);
    expect(centre.snapshot.pool).toMatchObject({ byStatus: expect.any(Object), overdueAssignments: expect.any(Number) });
  });

  it("gives the leaders today's hot categories and streets, most first", async () => {
    await register(t);
    await register(t);
    await register(t, { categoryCode: '020201', regionCode: '379901002001' });
    await register(t, { regionCode: '379901' }); // a district only: no street to count
    const leader = await snapshotOf<Snapshot>(url, await t.tokenOf('leader1'));
    sockets.push(leader.socket);
    const { hotCategories, hotRegions } = leader.snapshot.figures!.today;
    // Other tests of this file register the noise complaint too: it leads by at least two.
    expect(hotCategories[0]).toEqual({ code: '010101', count: expect.any(Number) });
    expect(hotCategories.find((hot) => hot.code === '020201')).toEqual({ code: '020201', count: 1 });
    expect(hotCategories[0]!.count).toBeGreaterThanOrEqual(2);
    expect(hotRegions.map((hot) => hot.code)).toEqual(['379901001', '379901002']);
  });

  it("pushes a dispatch to the target unit's sockets and the centre, and to no other unit's", async () => {
    const street = await unitIdOf(t, 'S-379901001');
    const target = await open('haibin.handler');
    const other = await open('water.handler');
    const centre = await open('dispatcher1');
    const otherTickets = record<TicketPush>(other, 'ticket');

    const { id } = await register(t);
    const [atTarget, atCentre] = await Promise.all([
      nextEvent<TicketPush>(target, 'ticket', (push) => push.ticketId === id && push.events.includes('dispatched')),
      nextEvent<TicketPush>(centre, 'ticket', (push) => push.ticketId === id && push.events.includes('dispatched')),
    ]);
    expect(atTarget.unitIds).toEqual([street]);
    expect(atCentre.ticketId).toBe(id);
    const caseload = await nextEvent<{ unitId: number; byStatus: Record<string, number> }>(target, 'caseload', (c) => c.unitId === street);
    expect(caseload.byStatus.dispatched).toBeGreaterThanOrEqual(1);
    await routed(t, id);
    await settle();
    expect(otherTickets).toEqual([]);
  });

  it("a unit handler cannot hear another unit's events however it asks", async () => {
    const street = await unitIdOf(t, 'S-379901001');
    const intruder = await open('water.handler');
    const heard = record<TicketPush>(intruder, 'ticket');
    for (const room of [`unit:${street}`, 'center', 'leaders']) {
      intruder.emit('join', room);
      intruder.emit('subscribe', { room });
      intruder.emit('joinRoom', room);
    }
    await settle(200);
    const { id } = await register(t);
    await routed(t, id);
    await settle();
    expect(heard).toEqual([]);
    expect(intruder.connected).toBe(true);
  });
});
