/** Requests to the app under test, and the two ways of loading it: closed and open loops. */
import { Agent, request } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';

export const REQUEST_TIMEOUT_MS = 30_000;

export interface Reply {
  status: number;
  body: string;
}

/** One request; `timeoutMs` for the rare request that is expected to take long (a bulk operation). */
export function send(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  body?: unknown,
  token?: string,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Reply> {
  const payload = body === undefined ? undefined : Buffer.from(JSON.stringify(body));
  const headers = {
    ...(payload && { 'content-type': 'application/json' }),
    ...(token && { authorization: `Bearer ${token}` }),
  };
  return sendRaw(agent, port, method, path, payload, headers, timeoutMs);
}

/** One request of bytes as they are, with headers of the caller's (a signed body: the CTI's). */
export function sendRaw(
  agent: Agent,
  port: number,
  method: string,
  path: string,
  payload: Buffer | undefined,
  headers: Record<string, string>,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        method,
        path,
        headers: { ...headers, ...(payload && { 'content-length': payload.length }) },
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      },
    );
    req.setTimeout(timeoutMs, () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)));
    req.on('error', reject);
    req.end(payload);
  });
}

/** Signs in as a demo user; returns the bearer token. */
export async function login(agent: Agent, port: number, credentials: { username: string; password: string }): Promise<string> {
  const reply = await send(agent, port, 'POST', '/api/auth/login', credentials);
  if (reply.status !== 200 && reply.status !== 201) throw new Error(`login of ${credentials.username} answered HTTP ${reply.status}: ${reply.body}`);
  return (JSON.parse(reply.body) as { accessToken: string }).accessToken;
}

/** GETs JSON with a token; throws unless 200. */
export async function getJson<T>(agent: Agent, port: number, path: string, token: string): Promise<T> {
  const reply = await send(agent, port, 'GET', path, undefined, token);
  if (reply.status !== 200) throw new Error(`GET ${path} answered HTTP ${reply.status}: ${reply.body.slice(0, 300)}`);
  return JSON.parse(reply.body) as T;
}

/** What went wrong, by kind ("HTTP 500", "ECONNRESET"...), with one answer of each kind to show. */
export class Failures {
  readonly counts = new Map<string, number>();
  readonly samples = new Map<string, string>();
  get total(): number {
    return [...this.counts.values()].reduce((sum, count) => sum + count, 0);
  }
  add(kind: string, sample: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (!this.samples.has(kind)) this.samples.set(kind, sample.slice(0, 300));
  }
  /** Records a thrown error by its code ("ECONNRESET") or as "error". */
  addError(error: unknown): void {
    this.add((error as NodeJS.ErrnoException).code ?? 'error', (error as Error).message);
  }
  describe(): string {
    return [...this.counts].map(([kind, count]) => `${count} × ${kind}: ${this.samples.get(kind)}`).join('\n    ');
  }
}

/** `concurrency` clients, each sending its next request as soon as the last one is answered. */
export async function closedLoop(concurrency: number, until: (sent: number, startedAt: number) => boolean, once: () => Promise<void>): Promise<number> {
  const startedAt = performance.now();
  let sent = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (until(sent, startedAt)) {
        sent++;
        await once();
      }
    }),
  );
  return (performance.now() - startedAt) / 1000;
}

/**
 * Starts `perSecond` operations a second for `seconds`, on the clock, not waiting for them; `once`
 * gets the operation's index and when it was due (performance.now()).
 */
export async function openLoop(
  perSecond: number,
  seconds: number,
  once: (dueAt: number, index: number) => Promise<void> | void,
): Promise<{ seconds: number; worstLagMs: number }> {
  const total = Math.round(perSecond * seconds);
  const interval = 1000 / perSecond;
  const startedAt = performance.now();
  const pending: (Promise<void> | void)[] = [];
  let worstLagMs = 0;
  for (let index = 0; index < total; index++) {
    const dueAt = startedAt + index * interval;
    const wait = dueAt - performance.now();
    if (wait > 1) await sleep(wait);
    worstLagMs = Math.max(worstLagMs, performance.now() - dueAt);
    pending.push(once(dueAt, index));
  }
  await Promise.all(pending);
  return { seconds: (performance.now() - startedAt) / 1000, worstLagMs };
}
