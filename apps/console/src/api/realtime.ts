import { io, type Socket } from 'socket.io-client';
import { onBeforeUnmount } from 'vue';
import { session } from './session';

let socket: Socket | undefined;

/** The one Socket.IO connection of the signed-in user (same origin; the server puts it in its rooms). */
export function realtime(): Socket {
  if (!socket) {
    socket = io({ auth: { token: session.token.value }, transports: ['websocket'] });
  }
  return socket;
}

export function closeRealtime(): void {
  socket?.disconnect();
  socket = undefined;
}

/** Listens to a push while the calling component lives. */
export function onPush<T>(event: string, listener: (payload: T) => void): void {
  const connection = realtime();
  connection.on(event, listener);
  onBeforeUnmount(() => connection.off(event, listener));
}
