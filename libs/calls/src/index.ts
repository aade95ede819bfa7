export { CALL_OUTCOMES, type CallOutcome } from './call-outcome.js';
export { foldCall, type CallRecord, type CallStatus } from './call-record.js';
export { CALL_TRANSFER_TARGETS, CTI_EVENT_TYPES, type CallTransferTarget, type CtiEvent, type CtiEventType } from './cti-event.js';
export {
  applyMoves,
  mayChangeOwnState,
  PRESENCE_STATES,
  presenceMoves,
  wrapUpClosedBy,
  wrapUpMs,
  type MovesApplied, type Presence,
  type PresenceMove,
  type PresenceState,
  type Stretch,
} from './presence.js';
export { newEvents } from './new-events.js';
