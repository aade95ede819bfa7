/**
 * The system's HTTP API as the simulator uses it: logins, signed CTI events, presence, tickets, the
 * call board. Requests that fail are tallied in `failures` and do not stop the run.
 */
import type { CallBoard } from '#libs/call-stats';
import type { PresenceState } from '#libs/calls';
import { CTI_SIGNATURE_HEADER, CTI_TIMESTAMP_HEADER, ctiSignature } from '../../apps/call-intake/src/cti/cti-signature.ts';
import type { CtiEventBody } from './cti-events.ts';
import { Failures, HttpError, request, type Reply } from './http.ts';
import type { ServerPresence } from './presence-mirror.ts';
import type { ReferenceItem } from './tickets.ts';

/** Events are idempotent on the server (by call and type), so a failed batch is simply sent again. */
const EVENT_ATTEMPTS = 3;
const RETRY_DELAYS_MS = [200, 1000];

export interface Session {
  readonly username: string;
  readonly password: string;
  token: string;
  readonly userId: number;
}

export interface ClockReading {
  /** Server clock − this machine's clock, ms, from the board's `at`. */
  readonly offsetMs: number;
  readonly roundTripMs: number;
  readonly board: CallBoard;
}

export class HotlineApi {
  readonly failures = new Failures();
  /** Requests sent, by what they were. */
  readonly sent = new Map<string, number>();
  eventRetries = 0;
  private readonly baseUrl: string;
  private readonly secret: string;
  private readonly serverNow: () => number;

  /** `serverNow` gives the server's clock as best known (Unix ms): it stamps the CTI signature. */
  constructor(baseUrl: string, secret: string, serverNow: () => number) {
    this.baseUrl = baseUrl;
    this.secret = secret;
    this.serverNow = serverNow;
  }

  /** Signs in and reads the user's id (GET /api/auth/me). Throws: a run cannot go on without its users. */
  async login(username: string, password: string): Promise<Session> {
    const token = await this.token(username, password);
    const me = await this.send('auth', 'GET', '/api/auth/me', { token });
    if (me.status !== 200) throw new HttpError(`GET /api/auth/me as ${username}`, me);
    return { username, password, token, userId: (me.body as { id: number }).id };
  }

  /** GET /api/calls/stats, with the server's clock read off its `at`. Throws on failure. */
  async readBoard(session: Session): Promise<ClockReading> {
    const before = Date.now();
    const reply = await this.authed(session, 'board', 'GET', '/api/calls/stats');
    const after = Date.now();
    if (reply.status !== 200) throw new HttpError('GET /api/calls/stats', reply);
    const board = reply.body as CallBoard;
    return { board, offsetMs: Date.parse(board.at) - (before + after) / 2, roundTripMs: after - before };
  }

  async presenceList(session: Session): Promise<Map<number, ServerPresence>> {
    const reply = await this.authed(session, 'presence list', 'GET', '/api/presence');
    if (reply.status !== 200) throw new HttpError('GET /api/presence', reply);
    const rows = reply.body as { userId: number; state: PresenceState; callId: string | null }[];
    return new Map(rows.map((row) => [Number(row.userId), { state: row.state, callId: row.callId }]));
  }

  async reference(session: Session, what: 'categories' | 'regions'): Promise<ReferenceItem[]> {
    const reply = await this.authed(session, what, 'GET', `/api/${what}`);
    if (reply.status !== 200) throw new HttpError(`GET /api/${what}`, reply);
    return reply.body as ReferenceItem[];
  }

  /** POST /api/cti/events, signed; sent again on failure. True when the server took it. */
  async postEvents(events: readonly CtiEventBody[]): Promise<boolean> {
    const raw = JSON.stringify({ events });
    for (let attempt = 1; attempt <= EVENT_ATTEMPTS; attempt++) {
      const timestamp = String(Math.floor(this.serverNow() / 1000));
      const headers = { [CTI_TIMESTAMP_HEADER]: timestamp, [CTI_SIGNATURE_HEADER]: ctiSignature(this.secret, timestamp, raw) };
      const last = attempt === EVENT_ATTEMPTS;
      try {
        const reply = await this.send('cti events', 'POST', '/api/cti/events', { body: raw, headers });
        if (reply.status === 200) return true;
        // A refused signature or a malformed event will be refused again.
        if (reply.status < 500 || last) {
          this.failures.addReply('POST /api/cti/events', reply);
          return false;
        }
      } catch (error) {
        if (last) {
          this.failures.addError('POST /api/cti/events', error);
          return false;
        }
      }
      this.eventRetries++;
      await new Promise((resolve) => setTimeout(resolve, RETRY_DELAYS_MS[attempt - 1]));
    }
    return false;
  }

  /** POST /api/presence; the reply (or null on a network error), a failure tallied. */
  async setPresence(session: Session, state: Exclude<PresenceState, 'on_call'>): Promise<Reply | null> {
    return this.tallied(`POST /api/presence ${state}`, 200, () => this.authed(session, 'presence', 'POST', '/api/presence', { state }));
  }

  /** POST /api/tickets; the new ticket's id, or null (tallied). */
  async registerTicket(session: Session, body: Record<string, unknown>): Promise<number | null> {
    const reply = await this.tallied('POST /api/tickets', 201, () => this.authed(session, 'tickets', 'POST', '/api/tickets', body));
    return reply?.status === 201 ? (reply.body as { id: number }).id : null;
  }

  /** POST /api/tickets/:id/transfer; whether it was done (a failure tallied). */
  async transferTicket(session: Session, ticketId: number, to: string): Promise<boolean> {
    const reply = await this.tallied('POST /api/tickets/:id/transfer', 200, () =>
      this.authed(session, 'ticket transfers', 'POST', `/api/tickets/${ticketId}/transfer`, { to, note: '模拟来电：三方转接' }),
    );
    return reply?.status === 200;
  }

  /** With the session's token; signed in again once if the token has run out (8 h by default). */
  private async authed(session: Session, what: string, method: string, path: string, body?: unknown): Promise<Reply> {
    const options = { token: session.token, ...(body !== undefined && { body: JSON.stringify(body) }) };
    const reply = await this.send(what, method, path, options);
    if (reply.status !== 401) return reply;
    session.token = await this.token(session.username, session.password);
    return this.send(what, method, path, { ...options, token: session.token });
  }

  private async tallied(what: string, expected: number, call: () => Promise<Reply>): Promise<Reply | null> {
    try {
      const reply = await call();
      if (reply.status !== expected) this.failures.addReply(what, reply);
      return reply;
    } catch (error) {
      this.failures.addError(what, error);
      return null;
    }
  }

  private async token(username: string, password: string): Promise<string> {
    const reply = await this.send('auth', 'POST', '/api/auth/login', { body: JSON.stringify({ username, password }) });
    if (reply.status !== 200) throw new HttpError(`login of ${username}`, reply);
    return (reply.body as { accessToken: string }).accessToken;
  }

  private send(what: string, method: string, path: string, options: Parameters<typeof request>[3]): Promise<Reply> {
    this.sent.set(what, (this.sent.get(what) ?? 0) + 1);
    return request(this.baseUrl, method, path, options);
  }
}
