import { describe, expect, it } from '@jest/globals';
import { isLead, isOpen } from './assignments.js';
import type { Command, DispatchCommand } from './commands.js';
import { isDesignationRequired } from './index.js';
import { DEFAULT_WORKFLOW_POLICY } from './policy.js';
import {
  ASSIST_UNIT,
  NOW,
  OTHER_UNIT,
  STREET_UNIT,
  accepted,
  actor,
  assignment,
  dispatchTarget,
  hoursFromNow,
  outcome,
  ticket,
  ticketIn,
  unitTarget,
} from './testing/fixtures.js';
import type { TicketSnapshot } from './ticket.js';
import type { Tier } from './vocabulary.js';
import { decide } from './workflow.js';

const dispatcher = actor('dispatcher');
const dutyTicket = ticket('registered', [], { departmentDuty: true });
const toTier = (tier: Tier): DispatchCommand => ({ type: 'dispatch', primary: dispatchTarget(OTHER_UNIT, tier) });

describe('dispatching (派单)', () => {
  it.each<Tier>(['street', 'community'])("refuses a functional department's duty to a %s unit", (tier) => {
    expect(outcome(decide(dutyTicket, toTier(tier), dispatcher, NOW))).toBe('department_duty_to_grassroots');
  });

  it.each<Tier>(['city', 'district'])("accepts a functional department's duty to a %s unit", (tier) => {
    expect(outcome(decide(dutyTicket, toTier(tier), dispatcher, NOW))).toBe('accepted');
  });

  it("refuses a functional department's duty to a street unit as an assist", () => {
    const command: Command = { ...toTier('city'), assists: [dispatchTarget(STREET_UNIT, 'street')] };
    expect(outcome(decide(dutyTicket, command, dispatcher, NOW))).toBe('department_duty_to_grassroots');
  });

  it('sends other matters to a street unit (属地)', () => {
    expect(outcome(decide(ticketIn('registered'), toTier('street'), dispatcher, NOW))).toBe('accepted');
  });

  it('creates exactly one primary and the assists, each with its deadlines and an event', () => {
    const command: DispatchCommand = { ...toTier('district'), assists: [dispatchTarget(ASSIST_UNIT, 'city')], note: 'Joint inspection.' };
    const { next, events } = accepted(decide(ticketIn('registered'), command, dispatcher, NOW));
    expect(next.assignments.filter((a) => isLead(a) && isOpen(a))).toHaveLength(1);
    expect(next.assignments).toEqual([
      expect.objectContaining({ id: null, unitId: OTHER_UNIT, role: 'primary', status: 'dispatched', dispatchedAt: NOW, returnWindowEndsAt: hoursFromNow(24) }),
      expect.objectContaining({ id: null, unitId: ASSIST_UNIT, role: 'assist', status: 'dispatched', signDueAt: hoursFromNow(24) }),
    ]);
    expect(events).toEqual([
      expect.objectContaining({ type: 'dispatched', assignment: { id: null, unitId: OTHER_UNIT }, note: 'Joint inspection.', data: { role: 'primary', mode: 'manual', designated: false } }),
      expect.objectContaining({ type: 'dispatched', assignment: { id: null, unitId: ASSIST_UNIT }, data: { role: 'assist', mode: 'manual', designated: false } }),
    ]);
  });

  it('refuses a unit named twice', () => {
    const command: Command = { ...toTier('district'), assists: [dispatchTarget(OTHER_UNIT, 'district')] };
    expect(outcome(decide(ticketIn('registered'), command, dispatcher, NOW))).toBe('duplicate_unit');
  });

  it('leaves the manual pool and designation to people', () => {
    expect(outcome(decide(ticketIn('pending_dispatch'), toTier('district'), actor('system'), NOW))).toBe('forbidden_role');
    expect(outcome(decide(ticketIn('registered'), { ...toTier('district'), designated: true }, actor('system'), NOW))).toBe('forbidden_role');
  });
});

describe('designation after failed rounds', () => {
  const pool = (failedDispatchRounds: number): TicketSnapshot =>
    ticket('pending_dispatch', [assignment({ status: 'returned' })], { failedDispatchRounds });

  it('is required from the third failed round (the policy default)', () => {
    expect(isDesignationRequired(pool(2))).toBe(false);
    expect(isDesignationRequired(pool(3))).toBe(true);
    expect(isDesignationRequired(pool(2), { ...DEFAULT_WORKFLOW_POLICY, failedRoundsBeforeDesignation: 2 })).toBe(true);
  });

  it('refuses a plain dispatch when required and accepts one before', () => {
    expect(outcome(decide(pool(3), toTier('district'), dispatcher, NOW))).toBe('designation_required');
    expect(outcome(decide(pool(2), toTier('district'), dispatcher, NOW))).toBe('accepted');
  });

  it('a designated primary gets no return window; its assists keep theirs', () => {
    const command: DispatchCommand = { ...toTier('district'), assists: [dispatchTarget(ASSIST_UNIT, 'city')], designated: true };
    const { next, events } = accepted(decide(pool(3), command, dispatcher, NOW));
    expect(next.assignments[1]).toMatchObject({ role: 'primary', returnWindowEndsAt: null });
    expect(next.assignments[2]).toMatchObject({ role: 'assist', returnWindowEndsAt: hoursFromNow(24) });
    expect(events.map((event) => 'data' in event && event.data)).toEqual([
      { role: 'primary', mode: 'manual', designated: true },
      { role: 'assist', mode: 'manual', designated: false },
    ]);
  });

  it("still keeps a functional department's duty off the grassroots", () => {
    expect(outcome(decide({ ...pool(3), departmentDuty: true }, { ...toTier('street'), designated: true }, dispatcher, NOW))).toBe(
      'department_duty_to_grassroots',
    );
  });
});

describe('sub-dispatching (二级派单)', () => {
  const unitAdmin = actor('unit_admin');
  const handling = (overrides: Partial<TicketSnapshot> = {}) => ticket('handling', [assignment()], overrides);
  const subDispatch = (child = unitTarget(STREET_UNIT, 'street'), childIsBelowParent = true): Command => ({
    type: 'subDispatch',
    parentAssignmentId: 1,
    child,
    childIsBelowParent,
  });

  it('creates a child under the parent, answering to it and not returnable', () => {
    const { next, events } = accepted(decide(handling(), subDispatch(), unitAdmin, NOW));
    expect(next.status).toBe('handling');
    expect(next.assignments[1]).toMatchObject({ id: null, unitId: STREET_UNIT, role: 'primary', parentId: 1, status: 'dispatched', returnWindowEndsAt: null });
    expect(next.assignments.filter((a) => isLead(a) && isOpen(a))).toHaveLength(1);
    expect(events[0]).toMatchObject({ type: 'sub_dispatched', fromStatus: 'handling', toStatus: 'handling', data: { parentAssignmentId: 1 } });
  });

  it('counts a sub-dispatch of redo work as redo work (重办 is counted apart)', () => {
    const redo = ticket('handling', [assignment({ redo: true })]);
    expect(accepted(decide(redo, subDispatch(), unitAdmin, NOW)).next.assignments[1]?.redo).toBe(true);
    expect(accepted(decide(handling(), subDispatch(), unitAdmin, NOW)).next.assignments[1]?.redo).toBe(false);
  });

  it("refuses deadlines later than the parent's reply-due", () => {
    const parentDue = hoursFromNow(240);
    const late = new Date(parentDue.getTime() + 1);
    expect(outcome(decide(handling(), subDispatch(unitTarget(STREET_UNIT, 'street', { replyDueAt: late })), unitAdmin, NOW))).toBe(
      'child_due_after_parent',
    );
    expect(outcome(decide(handling(), subDispatch(unitTarget(STREET_UNIT, 'street', { signDueAt: late })), unitAdmin, NOW))).toBe(
      'child_due_after_parent',
    );
    expect(outcome(decide(handling(), subDispatch(unitTarget(STREET_UNIT, 'street', { replyDueAt: parentDue })), unitAdmin, NOW))).toBe(
      'accepted',
    );
  });

  it("refuses a functional department's duty to a street or community unit, allows a district one", () => {
    const duty = handling({ departmentDuty: true });
    expect(outcome(decide(duty, subDispatch(), unitAdmin, NOW))).toBe('department_duty_to_grassroots');
    expect(outcome(decide(duty, subDispatch(unitTarget(STREET_UNIT, 'community')), unitAdmin, NOW))).toBe('department_duty_to_grassroots');
    expect(outcome(decide(duty, subDispatch(unitTarget(STREET_UNIT, 'district')), unitAdmin, NOW))).toBe('accepted');
  });

  it('refuses a unit that is not below the parent', () => {
    expect(outcome(decide(handling(), subDispatch(unitTarget(OTHER_UNIT, 'street'), false), unitAdmin, NOW))).toBe('unit_not_below');
  });

  it('refuses a unit that already holds an open assignment on the ticket', () => {
    const withAssist = ticket('handling', [assignment(), assignment({ id: 2, unitId: STREET_UNIT, role: 'assist' })]);
    expect(outcome(decide(withAssist, subDispatch(), unitAdmin, NOW))).toBe('duplicate_unit');
  });

  it("is refused to another unit's admin and before the parent signed", () => {
    expect(outcome(decide(handling(), subDispatch(), actor('unit_admin', OTHER_UNIT), NOW))).toBe('not_your_unit');
    const unsigned = ticket('dispatched', [assignment({ status: 'dispatched' })]);
    expect(outcome(decide(unsigned, subDispatch(), unitAdmin, NOW))).toBe('invalid_state');
  });

  it('is open to the unit of an assist too', () => {
    const withAssist = ticket('handling', [assignment(), assignment({ id: 2, unitId: ASSIST_UNIT, role: 'assist' })]);
    const command: Command = { type: 'subDispatch', parentAssignmentId: 2, child: unitTarget(STREET_UNIT, 'street'), childIsBelowParent: true };
    const { next } = accepted(decide(withAssist, command, actor('unit_admin', ASSIST_UNIT), NOW));
    expect(next.assignments[2]).toMatchObject({ role: 'assist', parentId: 2 });
  });
});
