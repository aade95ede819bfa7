import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { IntakeModule } from '#libs/intake';
import { CategoryEntity, RegionEntity, UnitEntity } from '#libs/persistence';
import { QueuesModule } from '#libs/queues';
import { WorkflowModule } from '#libs/workflow';
import { CalendarController } from './calendar/calendar.controller.js';
import { CalendarService } from './calendar/calendar.service.js';
import { DeadlineProcessor } from './deadlines/deadline.processor.js';
import { DeadlinePolicyController } from './deadlines/deadline-policy.controller.js';
import { DeadlinePolicyService } from './deadlines/deadline-policy.service.js';
import { DeadlinesController } from './deadlines/deadlines.controller.js';
import { Escalations } from './deadlines/escalations.js';
import { DeadlineReconciler } from './deadlines/reconciler.js';
import { TimerPlanner } from './deadlines/timer-planner.js';
import { DispatchPlanner } from './dispatch/dispatch-planner.js';
import { PreviewController } from './dispatch/preview.controller.js';
import { RouteProcessor } from './dispatch/route.processor.js';
import { RouteService } from './dispatch/route.service.js';
import { RuleBook } from './dispatch/rule-book.js';
import { RuleRouting } from './dispatch/rule-routing.js';
import { UnitDirectory } from './dispatch/unit-directory.js';
import { NOTICE_PROVIDER } from './notices/notice-provider.js';
import { NoticesController } from './notices/notices.controller.js';
import { NotifyProcessor } from './notices/notify.processor.js';
import { TableNoticeProvider } from './notices/table-notice-provider.js';
import { CategoriesController } from './reference/categories.controller.js';
import { CategoriesService } from './reference/categories.service.js';
import { ReferenceController } from './reference/reference.controller.js';
import { RegionsController } from './reference/regions.controller.js';
import { RegionsService } from './reference/regions.service.js';
import { UnitsController } from './reference/units.controller.js';
import { UnitsService } from './reference/units.service.js';
import { RulesController } from './rules/rules.controller.js';
import { RulesService } from './rules/rules.service.js';
import { SimilarTicketsController } from './similar/similar-tickets.controller.js';
import { SimilarTicketsService } from './similar/similar-tickets.service.js';
import { CentreDeskController } from './tickets/centre-desk.controller.js';
import { IntakeDeskController } from './tickets/intake-desk.controller.js';
import { TicketQueriesService } from './tickets/ticket-queries.service.js';
import { TicketsController } from './tickets/tickets.controller.js';
import { UnitWorkController } from './tickets/unit-work.controller.js';
import { UsersController } from './users/users.controller.js';
import { UsersService } from './users/users.service.js';

/** The routing app: tickets, their workflow, tiered dispatch by rules, and the deadlines that enforce themselves. */
@Module({
  imports: [TypeOrmModule.forFeature([RegionEntity, CategoryEntity, UnitEntity]), QueuesModule.forRoot(), IntakeModule, WorkflowModule],
  controllers: [
    ReferenceController,
    UnitsController,
    RegionsController,
    CategoriesController,
    UsersController,
    TicketsController,
    SimilarTicketsController,
    UnitWorkController,
    CentreDeskController,
    IntakeDeskController,
    PreviewController,
    RulesController,
    CalendarController,
    NoticesController,
    DeadlinesController,
    DeadlinePolicyController,
  ],
  providers: [
    UnitDirectory,
    UnitsService,
    RegionsService,
    CategoriesService,
    UsersService,
    SimilarTicketsService,
    RuleBook,
    RuleRouting,
    DispatchPlanner,
    TicketQueriesService,
    RouteService,
    RouteProcessor,
    RulesService,
    CalendarService,
    TimerPlanner,
    Escalations,
    DeadlineProcessor,
    DeadlineReconciler,
    DeadlinePolicyService,
    { provide: NOTICE_PROVIDER, useClass: TableNoticeProvider },
    NotifyProcessor,
  ],
})
export class RoutingModule {}
