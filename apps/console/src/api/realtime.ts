import type { Socket } from 'socket.io-client';
import { onBeforeUnmount, ref, watch } from 'vue';
import { get } from './http';
import { session } from './session';

type Listener = (payload: unknown) => void;

/** Who listens to which push, for the whole visit; the socket hands every push to them. */
const listeners = new Map<string, Set<Listener>>();
let socket: Socket | undefined;
let opening: Promise<void> | undefined;
/** Bumped whenever the token changes, so that a socket still loading for the old token is dropped. */
let generation = 0;

/**
 * Whether pushes arrive: true from the server's `snapshot` (sent once the socket is in its rooms,
 * which the bare `connect` comes before) until the connection drops.
 */
export const live = ref(false);

/**
 * The one Socket.IO connection of the signed-in user (same origin; the server puts it in its rooms).
 * socket.io-client is loaded on first use, not with the first screen: a page renders before it has
 * anything pushed to it.
 */
function open(): Promise<void> {
  const opened = generation;
  opening ??= import('socket.io-client').then(({ io }) => {
    if (opened !== generation) return;
    socket = io({ auth: { token: session.token.value }, transports: ['websocket'] });
    socket.on('snapshot', () => (live.value = true));
    socket.on('disconnect', (reason) => {
      live.value = false;
      // The server closes a user's sockets when their account changes (deactivated, another role or
      // unit, a new password); socket.io does not reconnect after that on its own.
      if (reason === 'io server disconnect') void checkSession();
    });
    socket.on('connect_error', (error) => {
      if (error.message === 'unauthorized') void checkSession();
    });
    socket.onAny((event: string, payload: unknown) => listeners.get(event)?.forEach((listener) => listener(payload)));
  });
  return opening;
}

/**
 * After the server ended or refused the socket: one call to the API says whether the session still
 * holds. A 401 signs out (`api`), which closes the socket; a session that holds connects again.
 */
async function checkSession(): Promise<void> {
  const checked = generation;
  try {
    await get('/auth/me');
  } catch {
    return;
  }
  if (checked === generation) socket?.connect();
}

function closeRealtime(): void {
  generation += 1;
  socket?.disconnect();
  socket = undefined;
  opening = undefined;
  live.value = false;
}

// The socket speaks for the token it was opened with: signing out (or a 401 doing it), or another
// user signing in, closes it, so that no one hears the previous user's rooms.
watch(session.token, closeRealtime);

/** Listens to a push until the returned function is called; opens the socket if it is not open. */
export function listen<T>(event: string, listener: (payload: T) => void): () => void {
  const set = listeners.get(event) ?? new Set<Listener>();
  listeners.set(event, set.add(listener as Listener));
  void open();
  return () => set.delete(listener as Listener);
}

/** Listens to a push while the calling component lives. */
export function onPush<T>(event: string, listener: (payload: T) => void): void {
  onBeforeUnmount(listen(event, listener));
}

/**
 * The server sends its snapshot once per connection. A page that needs one while the shared socket is
 * already up (its snapshot went to an earlier page) connects again for a fresh one.
 */
export function freshSnapshot(): void {
  if (socket?.connected) socket.disconnect().connect();
}
