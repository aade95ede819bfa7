import { Module } from '@nestjs/common';
import { Catalogue } from './catalogue.js';
import { DeadlineClock } from './deadline-clock.js';
import { TicketIntakeService } from './ticket-intake.service.js';

/**
 * Registering a ticket, for every app that takes requests in (the routing app's operators, the
 * mailbox's letters), with what it checks and computes: the catalogue of codes and the deadline clock.
 */
@Module({
  providers: [Catalogue, DeadlineClock, TicketIntakeService],
  exports: [Catalogue, DeadlineClock, TicketIntakeService],
})
export class IntakeModule {}
