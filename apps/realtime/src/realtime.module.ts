import { Module } from '@nestjs/common';
import { RealtimePublisherModule } from '#libs/realtime';
import { ConsoleGateway } from './console.gateway.js';
import { SnapshotService } from './snapshot.service.js';

/** The realtime app: the Socket.IO gateway every console connects to. */
@Module({
  imports: [RealtimePublisherModule],
  providers: [ConsoleGateway, SnapshotService],
})
export class RealtimeModule {}
