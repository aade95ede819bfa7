import { Inject, Logger, type OnApplicationShutdown } from '@nestjs/common';
import { WebSocketGateway, type OnGatewayConnection, type OnGatewayInit } from '@nestjs/websockets';
import { createAdapter } from '@socket.io/redis-adapter';
import { Redis } from 'ioredis';
import type { Server, Socket } from 'socket.io';
import { AccessTokens, DataScopeService, type AuthUser } from '#libs/auth';
import { roomsOf, socketKey } from '#libs/realtime';
import { redisErrorLog } from '#libs/redis';
import { SETTINGS, type Settings } from '#libs/settings';
import { SnapshotService } from './snapshot.service.js';

interface ConsoleSocketData {
  user: AuthUser;
}

type ConsoleSocket = Socket<Record<string, never>, Record<string, (...args: unknown[]) => void>, Record<string, never>, ConsoleSocketData>;

/**
 * The consoles' live channel. A socket authenticates in the handshake (`auth.token`, the same JWT as
 * the API) and is put in the rooms its user may hear — its own, its units', the centre's or the
 * leaders' — and nothing else: it never asks to join anything, and nothing it sends is listened to.
 * Instances share rooms through the Redis adapter; other apps emit through the Redis emitter.
 */
@WebSocketGateway({ cors: { origin: true } })
export class ConsoleGateway implements OnGatewayInit<Server>, OnGatewayConnection<ConsoleSocket>, OnApplicationShutdown {
  private readonly logger = new Logger(ConsoleGateway.name);
  private readonly pub: Redis;
  private readonly sub: Redis;

  constructor(
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly tokens: AccessTokens,
    private readonly scope: DataScopeService,
    private readonly snapshots: SnapshotService,
  ) {
    this.pub = new Redis(settings.redis.url, { connectionName: 'hotline-socket-pub' });
    this.sub = this.pub.duplicate({ connectionName: 'hotline-socket-sub' });
    // While Redis is away this instance still serves its own sockets; a warning a minute says so.
    this.pub.on('error', redisErrorLog('socket adapter'));
    this.sub.on('error', redisErrorLog('socket adapter'));
  }

  afterInit(server: Server): void {
    server.adapter(createAdapter(this.pub, this.sub, { key: socketKey(this.settings.redis.prefix) }));
    // Guards do not run on a socket's connection: the handshake is checked here, before it exists.
    server.use((socket, next) => {
      this.admit(socket as ConsoleSocket).then(
        () => next(),
        (error: Error) => next(Object.assign(new Error('unauthorized'), { data: { message: error.message } })),
      );
    });
  }

  async handleConnection(socket: ConsoleSocket): Promise<void> {
    try {
      socket.emit('snapshot', await this.snapshots.of([...socket.rooms]));
    } catch (error) {
      // The next push brings the numbers; a failed snapshot must not cost the connection.
      this.logger.warn(`no snapshot for user ${socket.data.user.id}: ${String(error)}`);
    }
  }

  // After Nest has closed the Socket.IO server, whose adapter unsubscribes on the way out: QUIT lets
  // those last commands finish instead of failing on a closed connection.
  async onApplicationShutdown(): Promise<void> {
    await Promise.allSettled([this.pub.quit(), this.sub.quit()]);
  }

  private async admit(socket: ConsoleSocket): Promise<void> {
    const token: unknown = socket.handshake.auth?.token;
    const user = await this.tokens.verify(typeof token === 'string' ? token : undefined);
    const scope = await this.scope.scopeOf(user);
    socket.data.user = user;
    await socket.join(roomsOf(user, scope.kind === 'units' ? [...scope.unitIds] : []));
  }
}
