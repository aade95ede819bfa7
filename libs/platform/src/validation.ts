import { BadRequestException, ValidationPipe, type ValidationError } from '@nestjs/common';

/** `{ "citizen.phone": ["citizen.phone must be …"] }`: every refused field by its path. */
export function fieldErrors(errors: ValidationError[], parent = ''): Record<string, string[]> {
  const fields: Record<string, string[]> = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, fieldErrors(error.children ?? [], path));
  }
  return fields;
}

/** The 400 every refused input gets, from the validation pipe or from a check against the database. */
export const invalidFields = (fields: Record<string, string[]>): BadRequestException =>
  new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Some fields are invalid', fields });

export const invalidField = (field: string, message: string): BadRequestException => invalidFields({ [field]: [message] });

/**
 * Input is checked at the edge: unknown fields are refused rather than ignored (a typo in a field
 * name must not silently drop data), and the 400 names every field that is wrong.
 */
export const validationPipe = (): ValidationPipe =>
  new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => invalidFields(fieldErrors(errors)),
  });
