import { io, type Socket } from 'socket.io-client';
import { onBeforeUnmount, ref, watch } from 'vue';
import { session } from './session';

let socket: Socket | undefined;

/**
 * Whether pushes arrive: true from the server's `snapshot` (sent once the socket is in its rooms,
 * which the bare `connect` comes before) until the connection drops.
 */
export const live = ref(false);

/** The one Socket.IO connection of the signed-in user (same origin; the server puts it in its rooms). */
export function realtime(): Socket {
  if (!socket) {
    socket = io({ auth: { token: session.token.value }, transports: ['websocket'] });
    socket.on('snapshot', () => (live.value = true));
    socket.on('disconnect', () => (live.value = false));
  }
  return socket;
}

function closeRealtime(): void {
  socket?.disconnect();
  socket = undefined;
  live.value = false;
}

// The socket speaks for the token it was opened with: signing out (or a 401 doing it), or another
// user signing in, closes it, so that no one hears the previous user's rooms.
watch(session.token, closeRealtime);

/** Listens to a push while the calling component lives. */
export function onPush<T>(event: string, listener: (payload: T) => void): void {
  const connection = realtime();
  connection.on(event, listener);
  onBeforeUnmount(() => connection.off(event, listener));
}
