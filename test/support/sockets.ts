import { io, type Socket } from 'socket.io-client';

const open = (url: string, token?: string): Socket =>
  io(url, { auth: token === undefined ? {} : { token }, transports: ['websocket'], reconnection: false, forceNew: true });

/** A console's socket, connected (or refused) as the realtime gateway decides. */
export function connect(url: string, token?: string): Promise<Socket> {
  const socket = open(url, token);
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve(socket));
    socket.once('connect_error', (error) => {
      socket.close();
      reject(error);
    });
  });
}

/** Everything a socket receives of one event, from now on. */
export function record<T = unknown>(socket: Socket, event: string): T[] {
  const received: T[] = [];
  socket.on(event, (payload: T) => received.push(payload));
  return received;
}

/** Resolves with the first payload of `event` that satisfies `matches`, or rejects after `timeoutMs`. */
export function nextEvent<T = unknown>(socket: Socket, event: string, matches: (payload: T) => boolean = () => true, timeoutMs = 5000): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      socket.off(event, listener);
      reject(new Error(`no ${event} within ${timeoutMs} ms`));
    }, timeoutMs);
    const listener = (payload: T) => {
      if (!matches(payload)) return;
      clearTimeout(timer);
      socket.off(event, listener);
      resolve(payload);
    };
    socket.on(event, listener);
  });
}

/** Connects and resolves with the snapshot the gateway sends first (listening before it can arrive). */
export function snapshotOf<T = unknown>(url: string, token: string): Promise<{ socket: Socket; snapshot: T }> {
  const socket = open(url, token);
  return nextEvent<T>(socket, 'snapshot').then(
    (snapshot) => ({ socket, snapshot }),
    (error: unknown) => {
      socket.close();
      throw error;
    },
  );
}
