import { Module } from '@nestjs/common';
import { IntakeModule } from '#libs/intake';
import { QueuesModule } from '#libs/queues';
import { WorkflowModule } from '#libs/workflow';
import { CallbackDesk } from './callback-desk.service.js';
import { CallbackProcessor } from './callback.processor.js';
import { CallbacksController } from './callbacks.controller.js';
import { FiguresController } from './figures/figures.controller.js';
import { FiguresRefresher } from './figures/figures-refresher.js';
import { UnitFiguresService } from './figures/unit-figures.service.js';
import { ReadyAgents } from './ready-agents.js';
import { SamplingRules } from './sampling-rules.js';

/** The callback app: callbacks (回访) with sampling, retries and redo, and the unit figures they feed. */
@Module({
  imports: [QueuesModule.forRoot(), IntakeModule, WorkflowModule],
  controllers: [CallbacksController, FiguresController],
  providers: [ReadyAgents, SamplingRules, CallbackDesk, CallbackProcessor, UnitFiguresService, FiguresRefresher],
})
export class CallbackModule {}
