import type { Response, Test } from 'supertest';
import type { ApiClient } from './test-app.js';

/** A valid registration: a noise complaint in 望海社区, 海滨街道, 海川区. */
export const NOISE_COMPLAINT = {
  channel: 'phone',
  requestType: 'complaint',
  categoryCode: '010101',
  regionCode: '379901001001',
  address: '海滨街道望海社区滨海路18号',
  title: '夜间施工噪音扰民',
  content: '小区旁工地每晚十一点后仍在施工，噪音很大，影响休息。',
  citizenName: '王小明',
  citizenPhone: '13812345678',
} as const;

export interface TicketRef {
  id: number;
  number: string;
  queryCode: string;
}

export async function register(t: ApiClient, overrides: Record<string, unknown> = {}, as = 'operator1'): Promise<TicketRef> {
  const response = await authed(t, as, (http) => http.post('/api/tickets').send({ ...NOISE_COMPLAINT, ...overrides })).expect(201);
  return response.body;
}

/** A request sent as a demo user: await it for the response, or `.expect(status)` as with supertest. */
export interface Authed extends PromiseLike<Response> {
  expect(status: number): Promise<Response>;
}

export function authed(t: ApiClient, username: string, build: (http: ReturnType<ApiClient['http']>) => Test): Authed {
  // Wrapped in an object: a supertest Test is itself a promise, which would be sent on resolving.
  const prepared = t.tokenOf(username).then((token) => ({ test: build(t.http()).set('Authorization', `Bearer ${token}`) }));
  return {
    expect: (status) => prepared.then(({ test }) => test.expect(status)),
    then: (onFulfilled, onRejected) => prepared.then(({ test }) => test).then(onFulfilled, onRejected),
  };
}

/** POSTs a workflow command as a demo user. */
export const command = (t: ApiClient, as: string, id: number, path: string, body: Record<string, unknown> = {}): Authed =>
  authed(t, as, (http) => http.post(`/api/tickets/${id}/${path}`).send(body));

export async function detail(t: ApiClient, id: number, as = 'dispatcher1') {
  const response = await authed(t, as, (http) => http.get(`/api/tickets/${id}`)).expect(200);
  return response.body;
}

/** Routing runs on the queue after the commit: wait until the ticket has left `registered`. */
export async function routed(t: ApiClient, id: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ticket = await detail(t, id);
    if (ticket.status !== 'registered') return ticket;
    if (Date.now() > deadline) throw new Error(`ticket ${id} was not routed within ${timeoutMs} ms`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function unitIdOf(t: ApiClient, code: string): Promise<number> {
  const response = await authed(t, 'admin1', (http) => http.get('/api/units')).expect(200);
  const unit = (response.body as { id: number; code: string }[]).find((candidate) => candidate.code === code);
  if (!unit) throw new Error(`no unit ${code}`);
  return unit.id;
}

/** A rule more specific than any demo rule, so a test knows where its tickets go. */
export async function addRule(t: ApiClient, conditions: Record<string, unknown>, action: Record<string, unknown>, priority = 1000) {
  const response = await authed(t, 'admin1', (http) =>
    http.post('/api/dispatch-rules').send({ name: `test rule ${JSON.stringify(conditions)}`, priority, conditions, action }),
  ).expect(201);
  return response.body as { id: number };
}

/** The rule most specs rely on: NOISE_COMPLAINT's category in 望海社区 goes to 海滨街道办事处 (haibin.handler's unit). */
export const routeNoiseToStreet = (t: ApiClient) =>
  addRule(t, { categoryPrefix: '010101', regionPrefix: '379901001001' }, { type: 'dispatch-by-region', tier: 'street' });

/** A NOISE_COMPLAINT (with `overrides`) registered and routed by `routeNoiseToStreet`'s rule to the street office. */
export async function dispatchedToStreet(t: ApiClient, overrides: Record<string, unknown> = {}) {
  const { id, number } = await register(t, overrides);
  const ticket = await routed(t, id);
  return { id, number, assignmentId: ticket.assignments[0].id as number };
}
