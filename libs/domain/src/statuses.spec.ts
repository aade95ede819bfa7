import { describe, expect, it } from '@jest/globals';
import {
  AWAITING_CENTRE_TICKET_STATUSES,
  AWAITING_DISPATCH_TICKET_STATUSES,
  CLOSED_TICKET_STATUSES,
  OPEN_ASSIGNMENT_STATUSES,
  OPEN_TICKET_STATUSES,
  RUNNING_ASSIGNMENT_STATUSES,
  type AssignmentStatus,
  type TicketStatus,
} from './statuses.js';

describe('the named status lists', () => {
  it.each<[TicketStatus, { open: boolean; awaitingDispatch: boolean; awaitingCentre: boolean }]>([
    ['registered', { open: true, awaitingDispatch: true, awaitingCentre: true }],
    ['pending_dispatch', { open: true, awaitingDispatch: true, awaitingCentre: true }],
    ['dispatched', { open: true, awaitingDispatch: false, awaitingCentre: false }],
    ['handling', { open: true, awaitingDispatch: false, awaitingCentre: false }],
    ['return_requested', { open: true, awaitingDispatch: false, awaitingCentre: true }],
    ['replied', { open: true, awaitingDispatch: false, awaitingCentre: true }],
    ['callback_pending', { open: true, awaitingDispatch: false, awaitingCentre: false }],
    ['reopened', { open: true, awaitingDispatch: false, awaitingCentre: true }],
    ['closed', { open: false, awaitingDispatch: false, awaitingCentre: false }],
    ['transferred', { open: false, awaitingDispatch: false, awaitingCentre: false }],
    ['not_accepted', { open: false, awaitingDispatch: false, awaitingCentre: false }],
    ['merged', { open: false, awaitingDispatch: false, awaitingCentre: false }],
  ])('ticket %s: %j', (status, expected) => {
    expect({
      open: OPEN_TICKET_STATUSES.includes(status),
      awaitingDispatch: AWAITING_DISPATCH_TICKET_STATUSES.includes(status),
      awaitingCentre: AWAITING_CENTRE_TICKET_STATUSES.includes(status),
    }).toEqual(expected);
    expect(CLOSED_TICKET_STATUSES.includes(status)).toBe(!expected.open);
  });

  it.each<[AssignmentStatus, { open: boolean; running: boolean }]>([
    ['dispatched', { open: true, running: true }],
    ['handling', { open: true, running: true }],
    ['return_requested', { open: true, running: true }], // 不签收不计时 is the abuse to avoid: the clock runs on
    ['replied', { open: true, running: false }], // waits on the centre, not on the unit
    ['returned', { open: false, running: false }],
    ['closed', { open: false, running: false }],
  ])('assignment %s: %j', (status, expected) => {
    expect({ open: OPEN_ASSIGNMENT_STATUSES.includes(status), running: RUNNING_ASSIGNMENT_STATUSES.includes(status) }).toEqual(expected);
  });
});
