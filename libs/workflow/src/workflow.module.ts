import { Module } from '@nestjs/common';
import { IntakeModule } from '#libs/intake';
import { TicketStore } from './ticket-store.js';
import { WorkflowService } from './workflow.service.js';

/**
 * Running workflow commands on stored tickets, for every app that changes them: the routing app's
 * desks and timers, and the callback app's agents. Needs the queues module (the outbox relay).
 */
@Module({
  imports: [IntakeModule],
  providers: [TicketStore, WorkflowService],
  exports: [TicketStore, WorkflowService],
})
export class WorkflowModule {}
