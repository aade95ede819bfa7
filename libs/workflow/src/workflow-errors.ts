import { HttpException, HttpStatus } from '@nestjs/common';
import type { WorkflowError, WorkflowErrorCode } from '#libs/domain';

/**
 * How each refusal of the state machine answers over HTTP. Acting on another unit's assignment is a
 * 404 like any record out of scope; a command that no longer fits the ticket's state is a 409.
 */
const STATUS_OF: Readonly<Record<WorkflowErrorCode, HttpStatus>> = {
  forbidden_role: HttpStatus.FORBIDDEN,
  not_your_unit: HttpStatus.NOT_FOUND,
  unknown_assignment: HttpStatus.NOT_FOUND,
  invalid_state: HttpStatus.CONFLICT,
  reason_required: HttpStatus.BAD_REQUEST,
  not_returnable: HttpStatus.CONFLICT,
  return_window_closed: HttpStatus.CONFLICT,
  extension_after_due: HttpStatus.CONFLICT,
  extension_cap_exceeded: HttpStatus.CONFLICT,
  invalid_extension_days: HttpStatus.BAD_REQUEST,
  department_duty_to_grassroots: HttpStatus.CONFLICT,
  designation_required: HttpStatus.CONFLICT,
  duplicate_unit: HttpStatus.CONFLICT,
  unit_not_below: HttpStatus.BAD_REQUEST,
  child_due_after_parent: HttpStatus.BAD_REQUEST,
  repeated_too_soon: HttpStatus.CONFLICT,
};

export function workflowHttpError(error: WorkflowError): HttpException {
  const status = STATUS_OF[error.code];
  const message = status === HttpStatus.NOT_FOUND ? 'Not found' : error.message;
  return new HttpException({ statusCode: status, error: HttpStatus[status], code: error.code, message }, status);
}
