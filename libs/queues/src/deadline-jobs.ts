import { jobId } from './job-id.js';

/** `deadlines` queue, job `plan`: (re)plan the timers of an assignment or a ticket at `version`. */
export interface PlanJob {
  subject: 'assignment' | 'ticket';
  id: number;
  version: number;
}

export const PLAN_JOB = 'plan';

export const planJobId = ({ subject, id, version }: PlanJob): string => jobId(`${PLAN_JOB}-${subject}`, id, version);

/** Whether a job id of the `deadlines` queue is a plan's (`plan-assignment:…`, `plan-ticket:…`); every other is a timer's. */
export const isPlanJobId = (id: string): boolean => id.startsWith(`${PLAN_JOB}-`);

/** `deadlines` queue, a timer: job name and data say which limit of which subject at which version. */
export interface TimerJob {
  kind: string;
  subject: 'assignment' | 'ticket';
  subjectId: number;
  version: number;
  /** When it is due (epoch ms): with kind and subject, what the timeline keys it by once it has acted. */
  at: number;
}

/** `notify` queue, job `notice`: a message to a unit about one timeline event. */
export interface NoticeJob {
  eventId: number;
  unitId: number;
  ticketId: number;
  assignmentId: number | null;
  kind: string;
  title: string;
  body: string;
}

export const NOTICE_JOB = 'notice';

export const noticeJobId = ({ eventId, unitId }: NoticeJob): string => jobId(`notice-${eventId}`, unitId, 1);
