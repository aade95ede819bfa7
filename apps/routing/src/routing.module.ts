import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { CategoryEntity, RegionEntity, UnitEntity } from '#libs/persistence';
import { QueuesModule } from '#libs/queues';
import { DeadlineClock } from './deadlines/deadline-clock.js';
import { DispatchPlanner } from './dispatch/dispatch-planner.js';
import { PreviewController } from './dispatch/preview.controller.js';
import { RouteProcessor } from './dispatch/route.processor.js';
import { RouteService } from './dispatch/route.service.js';
import { RuleBook } from './dispatch/rule-book.js';
import { RuleRouting } from './dispatch/rule-routing.js';
import { UnitDirectory } from './dispatch/unit-directory.js';
import { Catalogue } from './reference/catalogue.js';
import { ReferenceController } from './reference/reference.controller.js';
import { RulesController } from './rules/rules.controller.js';
import { RulesService } from './rules/rules.service.js';
import { CentreDeskController } from './tickets/centre-desk.controller.js';
import { IntakeDeskController } from './tickets/intake-desk.controller.js';
import { TicketIntakeService } from './tickets/ticket-intake.service.js';
import { TicketQueriesService } from './tickets/ticket-queries.service.js';
import { TicketStore } from './tickets/ticket-store.js';
import { TicketsController } from './tickets/tickets.controller.js';
import { UnitWorkController } from './tickets/unit-work.controller.js';
import { WorkflowService } from './tickets/workflow.service.js';

/** The routing app: tickets, their workflow, and tiered dispatch by rules on the `dispatch` queue. */
@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity, CategoryEntity, UnitEntity]), QueuesModule.forRoot()],
  controllers: [
    ReferenceController,
    TicketsController,
    UnitWorkController,
    CentreDeskController,
    IntakeDeskController,
    PreviewController,
    RulesController,
  ],
  providers: [
    Catalogue,
    DeadlineClock,
    UnitDirectory,
    RuleBook,
    RuleRouting,
    DispatchPlanner,
    TicketStore,
    WorkflowService,
    TicketIntakeService,
    TicketQueriesService,
    RouteService,
    RouteProcessor,
    RulesService,
  ],
})
export class RoutingModule {}
