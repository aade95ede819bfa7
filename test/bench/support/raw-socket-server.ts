/**
 * The baseline of the realtime-push bench: a bare Socket.IO server, no Nest, no database, started by
 * the bench as a child process with an IPC channel:
 *
 *   node test/bench/support/raw-socket-server.ts plain            in-memory adapter, io.to(room).emit
 *   node test/bench/support/raw-socket-server.ts redis <url> <key> Redis adapter here, and a Redis
 *                                                                 emitter on its own connection, as the
 *                                                                 app's outbox relay pushes
 *
 * A client names its room in the handshake (`auth.room`) and is put in it before it is connected,
 * as the app's gateway does. On `run` the server broadcasts one `ticket` event per room of the list,
 * at the rate asked for (an open loop on its own clock), each stamped with the time just before it is
 * emitted, as the app stamps the decision just before its commit.
 */
import { createServer } from 'node:http';
import { createAdapter } from '@socket.io/redis-adapter';
import { Emitter } from '@socket.io/redis-emitter';
import { Redis } from 'ioredis';
import { Server } from 'socket.io';
import { openLoop } from './http.ts';

/** Parent → child: broadcast `rooms[i]` as ticket `firstId + i`, `perSecond` a second. */
export interface RawRun {
  type: 'run';
  rooms: string[];
  firstId: number;
  perSecond: number;
}
/** Child → parent. */
export type RawServerMessage = { type: 'ready'; port: number } | { type: 'done'; sent: number; seconds: number; worstLagMs: number };

const [mode = 'plain', redisUrl, key] = process.argv.slice(2);
if (mode !== 'plain' && !(mode === 'redis' && redisUrl && key)) throw new Error('usage: raw-socket-server.ts plain | redis <url> <key>');
const tell = (message: RawServerMessage): void => void process.send!(message);

const http = createServer();
const io = new Server(http, { cors: { origin: true } });
const connections: Redis[] = [];
let emitter: Emitter | undefined;
if (mode === 'redis') {
  const pub = new Redis(redisUrl!);
  const sub = pub.duplicate();
  const emitting = new Redis(redisUrl!);
  connections.push(pub, sub, emitting);
  io.adapter(createAdapter(pub, sub, { key }));
  emitter = new Emitter(emitting, { key });
}

io.use((socket, next) => {
  const room: unknown = socket.handshake.auth?.room;
  if (typeof room !== 'string') return next(new Error('auth.room is required'));
  void Promise.resolve(socket.join(room)).then(() => next(), next);
});

process.on('message', (message: RawRun) => {
  if (message.type !== 'run') return;
  void openLoop(message.perSecond, message.rooms.length / message.perSecond, (_dueAt, index) => {
    const room = message.rooms[index]!;
    const push = {
      ticketId: message.firstId + index,
      number: `R${String(message.firstId + index).padStart(12, '0')}`,
      events: ['signed'],
      status: 'handling',
      unitIds: [Number(room.slice('unit:'.length))],
      occurredAt: new Date().toISOString(),
    };
    // The app's relay emits to the centre's room and the unit's: so does this.
    if (emitter) emitter.to(['center', room]).emit('ticket', push);
    else io.to(['center', room]).emit('ticket', push);
  }).then(({ seconds, worstLagMs }) => tell({ type: 'done', sent: message.rooms.length, seconds, worstLagMs }));
});

const stop = (): void => {
  io.close();
  for (const connection of connections) connection.disconnect();
  process.exit(0);
};
process.on('SIGTERM', stop);
// The bench went away: so does its baseline.
process.on('disconnect', stop);

http.listen(0, '127.0.0.1', () => {
  const address = http.address();
  tell({ type: 'ready', port: typeof address === 'object' && address ? address.port : 0 });
});
