import { Module } from '@nestjs/common';
import { CallStats } from '#libs/call-stats';
import { RealtimePublisherModule } from '#libs/realtime';
import { BoardPusher } from './calls/board-pusher.js';
import { CallLedger } from './calls/call-ledger.js';
import { CallsController } from './calls/calls.controller.js';
import { FiguresKeeper } from './calls/figures-keeper.js';
import { PresenceController } from './calls/presence.controller.js';
import { ScreenPops } from './calls/screen-pop.js';
import { CtiSignatureGuard } from './cti/cti-signature.guard.js';
import { CtiController } from './cti/cti.controller.js';
import { CtiIntake } from './cti/cti-intake.service.js';

/** The call-intake app: CTI call events, operator presence, screen pop, missed-call call-backs and the live call figures. */
@Module({
  imports: [RealtimePublisherModule],
  controllers: [CtiController, CallsController, PresenceController],
  providers: [CallStats, CallLedger, CtiIntake, CtiSignatureGuard, ScreenPops, BoardPusher, FiguresKeeper],
})
export class CallIntakeModule {}
