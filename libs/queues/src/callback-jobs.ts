import { jobId } from './job-id.js';

/** `callbacks` queue, job `open`: a reply approved at `version` waits for its callback (回访). */
export interface CallbackOpenJob {
  ticketId: number;
  version: number;
  /** When the reply was approved (epoch ms, the app's clock): the callback's due counts from it. */
  approvedAt: number;
}

export const CALLBACK_OPEN_JOB = 'open';

export const callbackOpenJobId = ({ ticketId, version }: CallbackOpenJob): string => jobId(CALLBACK_OPEN_JOB, ticketId, version);

/** `callbacks` queue, job `retry`: after a missed call, the task is offered again (delayed). */
export interface CallbackRetryJob {
  taskId: number;
  /** Missed calls so far: one job per attempt. */
  attempt: number;
  /** Epoch ms: not to be called before. */
  notBefore: number;
}

/** Pushed to the agent a task is offered to (`callback-task`). */
export interface CallbackOffer {
  taskId: number;
  ticketId: number;
  agentUserId: number;
  dueAt: string;
}

export const CALLBACK_RETRY_JOB = 'retry';

export const callbackRetryJobId = ({ taskId, attempt }: CallbackRetryJob): string => jobId(CALLBACK_RETRY_JOB, taskId, attempt);
