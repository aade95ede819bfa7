import type { CallbackResult, NotAcceptOutcome, TransferTarget } from './outcomes.js';
import type { Tier } from './vocabulary.js';

/** The names of the workflow's commands: a contract the apps call by. */
export const COMMAND_TYPES = [
  'dispatch', // 派单 (by a rule, or by hand from the pool)
  'park', // no rule matched: into the manual pool
  'sign', // 签收
  'reply', // 答复
  'reviewReply', // 审核: approve, or send back 退回重办
  'requestReturn', // 退单申请
  'approveReturn',
  'rejectReturn',
  'requestExtension', // 延期申请
  'approveExtension',
  'rejectExtension',
  'subDispatch', // 二级派单
  'resolveDirectly', // 直接办结
  'transfer', // 转接
  'notAccept', // 不予受理
  'merge', // 并单
  'recordCallback', // 回访
  'waiveCallback', // not drawn by the callback sample: closed without a call
  'reopen', // 重办: back to the same unit
  'urge', // 催办: the centre presses a unit by hand
  'supervise', // 督办: the centre opens a supervision order on a unit's work
] as const;
export type CommandType = (typeof COMMAND_TYPES)[number];

/** Deadlines are computed by the calendar library and come in with the command. */
export interface DueTimes {
  readonly signDueAt: Date;
  readonly replyDueAt: Date;
}

export interface UnitTarget extends DueTimes {
  readonly unitId: number;
  readonly unitTier: Tier;
}

export interface DispatchTarget extends UnitTarget {
  readonly returnWindowEndsAt: Date;
}

export interface DispatchCommand {
  readonly type: 'dispatch';
  readonly primary: DispatchTarget;
  readonly assists?: readonly DispatchTarget[];
  /** The centre designates the primary unit: required after too many failed rounds; it cannot be returned. */
  readonly designated?: boolean;
  readonly note?: string;
}

export interface ParkCommand {
  readonly type: 'park';
  readonly note?: string;
}

export interface SignCommand {
  readonly type: 'sign';
  readonly assignmentId: number;
}

export interface ReplyCommand {
  readonly type: 'reply';
  readonly assignmentId: number;
  readonly text: string;
  readonly solved: boolean;
}

export type ReviewReplyCommand =
  | { readonly type: 'reviewReply'; readonly decision: 'approve'; readonly note?: string }
  | { readonly type: 'reviewReply'; readonly decision: 'sendBack'; readonly reason: string };

export interface RequestReturnCommand {
  readonly type: 'requestReturn';
  readonly assignmentId: number;
  readonly reason: string;
}

export interface ApproveReturnCommand {
  readonly type: 'approveReturn';
  readonly assignmentId: number;
  readonly note?: string;
}

export interface RejectReturnCommand {
  readonly type: 'rejectReturn';
  readonly assignmentId: number;
  readonly reason: string;
}

export interface RequestExtensionCommand {
  readonly type: 'requestExtension';
  readonly assignmentId: number;
  readonly days: number; // working days
  readonly reason: string;
}

export interface ApproveExtensionCommand {
  readonly type: 'approveExtension';
  readonly assignmentId: number;
  /** The new reply-due: the old one plus the requested working days, from the calendar. */
  readonly replyDueAt: Date;
  readonly note?: string;
}

export interface RejectExtensionCommand {
  readonly type: 'rejectExtension';
  readonly assignmentId: number;
  readonly reason: string;
}

export interface SubDispatchCommand {
  readonly type: 'subDispatch';
  readonly parentAssignmentId: number;
  readonly child: UnitTarget;
  /** Whether the child unit sits below the parent's unit in the unit tree (computed by the caller). */
  readonly childIsBelowParent: boolean;
  readonly note?: string;
}

export interface ResolveDirectlyCommand {
  readonly type: 'resolveDirectly';
  readonly answer: string;
}

export interface TransferCommand {
  readonly type: 'transfer';
  readonly to: TransferTarget;
  readonly note?: string;
}

export interface NotAcceptCommand {
  readonly type: 'notAccept';
  readonly outcome: NotAcceptOutcome;
  /** The basis told to the citizen (一次性告知). */
  readonly basis: string;
}

export interface MergeCommand {
  readonly type: 'merge';
  /** The open ticket this duplicate joins; the caller checks that it exists and is open. */
  readonly intoTicketId: number;
  readonly note?: string;
}

export interface RecordCallbackCommand {
  readonly type: 'recordCallback';
  readonly result: CallbackResult;
  readonly note?: string;
}

export interface WaiveCallbackCommand {
  readonly type: 'waiveCallback';
  /** The share of such tickets called back, in per cent, that this one fell outside of. */
  readonly samplePercent: number;
}

export interface ReopenCommand extends DueTimes {
  readonly type: 'reopen';
  readonly note?: string;
  /**
   * 督办: a redo that failed again is the centre's, which sends it back under a supervision order due
   * then; the note, required, is the order's.
   */
  readonly supervisionDueAt?: Date;
}

/**
 * 催办 by hand (the ladder urges on its own). When the centre last urged the same assignment comes
 * with the command, read from the timeline by the caller: the state machine only checks the gap.
 */
export interface UrgeCommand {
  readonly type: 'urge';
  readonly assignmentId: number;
  readonly note: string;
  /** The last `urged` of this assignment, or null. */
  readonly previousAt: Date | null;
}

/** 督办: a supervision order, with its own due computed by the calendar. */
export interface SuperviseCommand {
  readonly type: 'supervise';
  readonly assignmentId: number;
  readonly note: string;
  readonly dueAt: Date;
  /** The last `supervised` of this assignment, or null. */
  readonly previousAt: Date | null;
}

export type Command =
  | DispatchCommand
  | ParkCommand
  | SignCommand
  | ReplyCommand
  | ReviewReplyCommand
  | RequestReturnCommand
  | ApproveReturnCommand
  | RejectReturnCommand
  | RequestExtensionCommand
  | ApproveExtensionCommand
  | RejectExtensionCommand
  | SubDispatchCommand
  | ResolveDirectlyCommand
  | TransferCommand
  | NotAcceptCommand
  | MergeCommand
  | RecordCallbackCommand
  | WaiveCallbackCommand
  | ReopenCommand
  | UrgeCommand
  | SuperviseCommand;

export type CommandOf<T extends CommandType> = Extract<Command, { readonly type: T }>;
