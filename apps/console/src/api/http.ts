import { session } from './session';

/** An API refusal: its status, its message, and the fields it names (400s name every refused field). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: Record<string, string[]> = {},
    /** The whole refusal, for what some carry besides (a 429's `retryAfterSeconds`). */
    readonly body: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export type Query = Record<string, string | number | boolean | undefined | null>;

const withQuery = (path: string, query?: Query): string => {
  if (!query) return path;
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(query)) if (value !== undefined && value !== null && value !== '') params.set(name, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
};

/** A body as JSON; a proxy's HTML error page (502, 504) is not JSON and reads as no body. */
function parsed(text: string): unknown {
  try {
    return text ? JSON.parse(text) : undefined;
  } catch {
    return undefined;
  }
}

/** What to tell the user of a failure. */
export const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/** One call to the API as the signed-in user; a 401 signs out (the token expired). */
export async function api<T>(method: string, path: string, body?: unknown, query?: Query): Promise<T> {
  const token = session.token.value;
  const response = await fetch(withQuery(`/api${path}`, query), {
    method,
    headers: { ...(body !== undefined && { 'content-type': 'application/json' }), ...(token && { authorization: `Bearer ${token}` }) },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  const payload = parsed(await response.text());
  if (!response.ok) {
    const refusal = (payload ?? {}) as { message?: string | string[]; fields?: Record<string, string[]> };
    if (response.status === 401 && token) session.signOut();
    throw new ApiError(response.status, [refusal.message].flat().join('; ') || response.statusText, refusal.fields, refusal as Record<string, unknown>);
  }
  return payload as T;
}

export const get = <T>(path: string, query?: Query) => api<T>('GET', path, undefined, query);
export const post = <T>(path: string, body: unknown = {}) => api<T>('POST', path, body);
export const put = <T>(path: string, body: unknown) => api<T>('PUT', path, body);
export const patch = <T>(path: string, body: unknown) => api<T>('PATCH', path, body);
/** Resolves `true` once deleted (the API answers 204, no body), so that `useSubmit` tells it from a refusal. */
export const del = (path: string) => api<unknown>('DELETE', path).then(() => true as const);

/** A file the API answers with (an export), saved by the browser. */
export async function download(path: string, query: Query): Promise<void> {
  const response = await fetch(withQuery(`/api${path}`, query), { headers: { authorization: `Bearer ${session.token.value}` } });
  if (!response.ok) throw new ApiError(response.status, response.statusText);
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'export';
  const link = document.createElement('a');
  link.href = URL.createObjectURL(await response.blob());
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}
