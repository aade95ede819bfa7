/** The BullMQ queues of the system (DESIGN.md §4); every key lives under the deployment's prefix. */
export const QUEUE_NAMES = {
  dispatch: 'dispatch',
  deadlines: 'deadlines',
  callbacks: 'callbacks',
  notify: 'notify',
} as const;

export type QueueName = (typeof QUEUE_NAMES)[keyof typeof QUEUE_NAMES];

export const ALL_QUEUES: readonly QueueName[] = Object.values(QUEUE_NAMES);
