import { AssignmentEntity } from './assignment.entity.js';
import { CalendarDayEntity } from './calendar-day.entity.js';
import { CallbackSamplingRuleEntity } from './callback-sampling-rule.entity.js';
import { CallbackTaskEntity } from './callback-task.entity.js';
import { CallEventEntity } from './call-event.entity.js';
import { CallEntity } from './call.entity.js';
import { CategoryEntity } from './category.entity.js';
import { DispatchRuleEntity } from './dispatch-rule.entity.js';
import { KnowledgeArticleEntity } from './knowledge-article.entity.js';
import { KnowledgeTermEntity } from './knowledge-term.entity.js';
import { NoticeEntity } from './notice.entity.js';
import { OperatorPresenceEntity, PresenceLogEntity } from './operator-presence.entity.js';
import { OutboxEntity } from './outbox.entity.js';
import { PublicationEntity } from './publication.entity.js';
import { RegionEntity } from './region.entity.js';
import { TicketEventEntity } from './ticket-event.entity.js';
import { TicketSequenceEntity } from './ticket-sequence.entity.js';
import { TicketEntity } from './ticket.entity.js';
import { UnitDailyFiguresEntity } from './unit-daily-figures.entity.js';
import { UnitEntity } from './unit.entity.js';
import { UserEntity } from './user.entity.js';

export {
  AssignmentEntity,
  CalendarDayEntity,
  CallbackSamplingRuleEntity,
  CallbackTaskEntity,
  CallEntity,
  CallEventEntity,
  CategoryEntity,
  DispatchRuleEntity,
  KnowledgeArticleEntity,
  KnowledgeTermEntity,
  NoticeEntity,
  OperatorPresenceEntity,
  OutboxEntity,
  PresenceLogEntity,
  PublicationEntity,
  RegionEntity,
  TicketEventEntity,
  TicketSequenceEntity,
  TicketEntity,
  UnitDailyFiguresEntity,
  UnitEntity,
  UserEntity,
};

export const ENTITIES = [
  RegionEntity,
  UnitEntity,
  CategoryEntity,
  UserEntity,
  TicketEntity,
  TicketSequenceEntity,
  AssignmentEntity,
  TicketEventEntity,
  OutboxEntity,
  DispatchRuleEntity,
  CalendarDayEntity,
  KnowledgeArticleEntity,
  KnowledgeTermEntity,
  NoticeEntity,
  CallEntity,
  CallEventEntity,
  OperatorPresenceEntity,
  PresenceLogEntity,
  PublicationEntity,
  CallbackTaskEntity,
  CallbackSamplingRuleEntity,
  UnitDailyFiguresEntity,
];
export { CALLBACK_TASK_STATUSES, type CallbackTaskStatus } from './callback-task.entity.js';
