import type { CallRecord, CallTransferTarget, CtiEvent, CtiEventType } from '#libs/calls';
import type { CallEntity, CallEventEntity } from '#libs/persistence';
import type { CallExtras } from '#libs/metrics';

/** A call's row before any of its events was recorded: locked by the first batch that names it, counted nowhere. */
export const NEW_CALL = 'new';

/** What a batch reads of a call's row: its record and what the CTI does not say (CallEntity's names). */
export type CallRow = Pick<CallEntity, keyof CallRecord | 'wrapUpMs' | 'calledBackAt'>;

/** The columns of a `CallRow`, for plain SQL on the CTI's path. */
export const CALL_ROW_COLUMNS =
  'call_id AS callId, caller_number AS callerNumber, line, queue, status, offered_at AS offeredAt, answered_at AS answeredAt, ' +
  'answered_by AS answeredBy, abandoned_at AS abandonedAt, ended_at AS endedAt, transferred_at AS transferredAt, ' +
  'transfer_to AS transferTo, wait_ms AS waitMs, talk_ms AS talkMs, wrap_up_ms AS wrapUpMs, called_back_at AS calledBackAt';

// Every field of a record and its column: the compiler says so when a field is added to CallRecord.
const RECORD_COLUMN: Record<keyof CallRecord, string> = {
  callId: 'call_id',
  callerNumber: 'caller_number',
  line: 'line',
  queue: 'queue',
  offeredAt: 'offered_at',
  answeredAt: 'answered_at',
  answeredBy: 'answered_by',
  abandonedAt: 'abandoned_at',
  endedAt: 'ended_at',
  transferredAt: 'transferred_at',
  transferTo: 'transfer_to',
  status: 'status',
  waitMs: 'wait_ms',
  talkMs: 'talk_ms',
};
const RECORD_FIELDS = Object.keys(RECORD_COLUMN) as (keyof CallRecord)[];
/** The columns a call's record is written to, in the order of `recordValues`. */
export const RECORD_COLUMNS = RECORD_FIELDS.map((field) => RECORD_COLUMN[field]);
export const recordValues = (record: CallRecord): unknown[] => RECORD_FIELDS.map((field) => record[field]);

/** A stored event as a batch reads it. */
export type StoredEvent = Pick<CallEventEntity, 'callId' | 'type' | 'at' | 'payload'>;

/** A JSON column's value: MariaDB keeps JSON as text, MySQL hands it parsed. */
export const jsonOf = (value: unknown): object => (typeof value === 'string' ? (JSON.parse(value) as object) : (value as object));

export const recordOf = (row: CallRow): CallRecord => ({
  callId: row.callId,
  callerNumber: row.callerNumber,
  line: row.line,
  queue: row.queue,
  offeredAt: row.offeredAt,
  answeredAt: row.answeredAt,
  answeredBy: row.answeredBy,
  abandonedAt: row.abandonedAt,
  endedAt: row.endedAt,
  transferredAt: row.transferredAt,
  transferTo: row.transferTo as CallTransferTarget | null,
  status: row.status as CallRecord['status'],
  waitMs: row.waitMs,
  talkMs: row.talkMs,
});

export const extrasOf = (row: Pick<CallEntity, 'wrapUpMs' | 'calledBackAt'>): CallExtras => ({
  ...(row.wrapUpMs !== null && { wrapUpMs: row.wrapUpMs }),
  calledBack: row.calledBackAt !== null,
});

/** What of an event is kept beside its call id, type and instant. */
export type EventPayload = Pick<CtiEvent, 'callerNumber' | 'line' | 'queue' | 'operatorId' | 'transferTo' | 'threeWay'>;

export const payloadOf = ({ callerNumber, line, queue, operatorId, transferTo, threeWay }: CtiEvent): EventPayload => ({
  callerNumber,
  line,
  queue,
  ...(operatorId !== undefined && { operatorId }),
  ...(transferTo !== undefined && { transferTo }),
  ...(threeWay !== undefined && { threeWay }),
});

export const eventOf = (row: StoredEvent): CtiEvent => ({
  ...(row.payload as EventPayload),
  callId: row.callId,
  type: row.type as CtiEventType,
  at: row.at,
});
