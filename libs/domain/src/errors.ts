/** Why the workflow refused a command; the HTTP layer maps these to 403 / 404 / 409 / 400. */
export const WORKFLOW_ERROR_CODES = [
  'forbidden_role', // the actor's role may not issue the command (here)
  'not_your_unit', // a unit user acting on another unit's assignment
  'unknown_assignment', // the ticket has no assignment with that id
  'invalid_state', // the ticket or the assignment is not in a state the command starts from
  'reason_required', // a required text (reason, reply, answer, basis) is empty
  'not_returnable', // sub-dispatched, redo and centre-designated assignments cannot be returned
  'return_window_closed', // 退单 only within its window; later, the unit must handle it
  'extension_after_due', // 延期 only before the reply-due
  'extension_cap_exceeded', // total extension days over the policy's cap
  'invalid_extension_days', // not a positive whole number of working days
  'department_duty_to_grassroots', // a functional department's duty sent to a street or community
  'designation_required', // after too many failed rounds only the centre's designation may dispatch
  'duplicate_unit', // the unit already holds an open assignment on this ticket
  'unit_not_below', // sub-dispatch only to a unit below the parent's unit
  'child_due_after_parent', // a sub-dispatched unit's deadlines must fall inside its parent's
  'repeated_too_soon', // 催办 / 督办 of the same assignment again before the policy's interval has passed
] as const;
export type WorkflowErrorCode = (typeof WORKFLOW_ERROR_CODES)[number];

export class WorkflowError extends Error {
  override readonly name = 'WorkflowError';

  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
  ) {
    super(message);
  }
}

/** Refuses the command; declared as a function so that TypeScript narrows after a call. */
export function refuse(code: WorkflowErrorCode, message: string): never {
  throw new WorkflowError(code, message);
}
