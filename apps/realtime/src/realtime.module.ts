import { Module } from '@nestjs/common';
import { CallStats } from '#libs/call-stats';
import { RealtimePublisherModule } from '#libs/realtime';
import { ConsoleGateway } from './console.gateway.js';
import { SnapshotService } from './snapshot.service.js';

/** The realtime app: the Socket.IO gateway every console connects to. */
@Module({
  imports: [RealtimePublisherModule],
  providers: [ConsoleGateway, SnapshotService, CallStats],
})
export class RealtimeModule {}
