import { TRANSFER_TARGETS } from '#libs/domain';

/**
 * What the contact-centre (CTI) system posts about a call: it entered the queue, an operator answered,
 * the caller hung up while waiting, an answered call ended, an operator transferred it.
 */
export const CTI_EVENT_TYPES = ['offered', 'answered', 'abandoned', 'ended', 'transferred'] as const;
export type CtiEventType = (typeof CTI_EVENT_TYPES)[number];

/**
 * 转接 on the phone: the domain's targets, and a government department's own line. The domain's list
 * is what a ticket may end intake with (emergencies and other hotlines, 国办函〔2025〕66号); a three-way
 * call to a department, for an answer the knowledge base lacks, leaves the ticket open and is not
 * that outcome, so folding it into 'other_hotline' would miscount the transfers a report shows.
 */
export const CALL_TRANSFER_TARGETS = [...TRANSFER_TARGETS, 'department'] as const;
export type CallTransferTarget = (typeof CALL_TRANSFER_TARGETS)[number];

export interface CtiEvent {
  readonly callId: string;
  readonly type: CtiEventType;
  readonly at: Date;
  readonly callerNumber: string;
  readonly line: string;
  readonly queue: string;
  readonly operatorId?: number;
  readonly transferTo?: CallTransferTarget;
  /** 三方通话: the operator stayed on the line with the caller and the target. */
  readonly threeWay?: boolean;
}
