import { Module } from '@nestjs/common';
import { IntakeModule } from '#libs/intake';
import { QueuesModule } from '#libs/queues';
import { WorkflowModule } from '#libs/workflow';
import { CallbackDesk } from './callback-desk.service.js';
import { CallbackProcessor } from './callback.processor.js';
import { CallbacksController } from './callbacks.controller.js';
import { ReadyAgents } from './ready-agents.js';
import { SamplingRules } from './sampling-rules.js';

/** The callback app: callbacks (回访) with sampling, retries and redo. */
@Module({
  imports: [QueuesModule.forRoot(), IntakeModule, WorkflowModule],
  controllers: [CallbacksController],
  providers: [ReadyAgents, SamplingRules, CallbackDesk, CallbackProcessor],
})
export class CallbackModule {}
