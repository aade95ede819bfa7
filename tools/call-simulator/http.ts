/** JSON over HTTP to the system (fetch, keep-alive), and a tally of what failed. */

export const REQUEST_TIMEOUT_MS = 30_000;

export interface Reply {
  readonly status: number;
  readonly text: string;
  /** The parsed body, or undefined when it is not JSON. */
  readonly body: unknown;
}

export class HttpError extends Error {
  readonly status: number;
  constructor(what: string, reply: Reply) {
    super(`${what} answered HTTP ${reply.status}: ${reply.text.slice(0, 300)}`);
    this.status = reply.status;
  }
}

export async function request(
  baseUrl: string,
  method: string,
  path: string,
  options: { body?: string; token?: string; headers?: Record<string, string> } = {},
): Promise<Reply> {
  const response = await fetch(`${baseUrl}${path}`, {
    method,
    headers: {
      ...(options.body !== undefined && { 'content-type': 'application/json' }),
      ...(options.token !== undefined && { authorization: `Bearer ${options.token}` }),
      ...options.headers,
    },
    body: options.body,
    signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
  });
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = undefined;
  }
  return { status: response.status, text, body };
}

/** What went wrong, by request and kind ("cti events: HTTP 500", "presence: ECONNREFUSED"), one sample each. */
export class Failures {
  readonly counts = new Map<string, number>();
  readonly samples = new Map<string, string>();

  get total(): number {
    let total = 0;
    for (const count of this.counts.values()) total += count;
    return total;
  }

  add(kind: string, sample: string): void {
    this.counts.set(kind, (this.counts.get(kind) ?? 0) + 1);
    if (!this.samples.has(kind)) this.samples.set(kind, sample.slice(0, 300));
  }

  addReply(what: string, reply: Reply): void {
    this.add(`${what}: HTTP ${reply.status}`, reply.text);
  }

  addError(what: string, error: unknown): void {
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    const code = (error as NodeJS.ErrnoException).code ?? cause ?? (error as Error).name ?? 'error';
    this.add(`${what}: ${code}`, (error as Error).message);
  }

  lines(): string[] {
    return [...this.counts].map(([kind, count]) => `${count} × ${kind} — ${this.samples.get(kind)}`);
  }
}
