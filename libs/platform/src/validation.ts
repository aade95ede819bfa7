import { BadRequestException, ConflictException, Injectable, ValidationPipe, type ArgumentMetadata, type PipeTransform, type ValidationError } from '@nestjs/common';

/** `{ "citizen.phone": ["citizen.phone must be …"] }`: the messages of each refused field, by its path. */
export type FieldMessages = Record<string, string[]>;

/** Every field class-validator refused, nested ones by their path. */
export function fieldErrors(errors: ValidationError[], parent = ''): FieldMessages {
  const fields: FieldMessages = {};
  for (const error of errors) {
    const path = parent ? `${parent}.${error.property}` : error.property;
    if (error.constraints) fields[path] = Object.values(error.constraints);
    Object.assign(fields, fieldErrors(error.children ?? [], path));
  }
  return fields;
}

/** The 400 every refused input gets, from the validation pipe or from a check against the database. */
export const invalidFields = (fields: FieldMessages): BadRequestException =>
  new BadRequestException({ statusCode: 400, error: 'Bad Request', message: 'Some fields are invalid', fields });

/** After checks against the database that each add their field's messages: one 400 naming them all, if any. */
export function refuseInvalidFields(fields: FieldMessages): void {
  if (Object.keys(fields).length > 0) throw invalidFields(fields);
}

export const invalidField = (field: string, message: string): BadRequestException => invalidFields({ [field]: [message] });

/** A 409 naming the field whose value is taken (a code, a username), so that a form shows it beside the field. */
export const conflictingField = (field: string, message: string): ConflictException =>
  new ConflictException({ statusCode: 409, error: 'Conflict', message, fields: { [field]: [message] } });

/**
 * Path parameters reach their own pipe (`@IdParam()`) as the text the client sent: the stock pipe
 * would first turn `1e3` into 1000 and `abc` into NaN, and the id's pipe could no longer tell.
 */
class EdgeValidationPipe extends ValidationPipe {
  protected override transformPrimitive(value: unknown, metadata: ArgumentMetadata): unknown {
    return metadata.type === 'param' ? value : super.transformPrimitive(value, metadata);
  }
}

/**
 * Input is checked at the edge: unknown fields are refused rather than ignored (a typo in a field
 * name must not silently drop data), and the 400 names every field that is wrong.
 */
export const validationPipe = (): ValidationPipe =>
  new EdgeValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    stopAtFirstError: false,
    exceptionFactory: (errors) => invalidFields(fieldErrors(errors)),
  });

/** The largest id an `int unsigned` primary key holds. */
const MAX_ID = 4_294_967_295;

/** The pipe of `@IdParam()`: the text of a record id in the path, as sent (see EdgeValidationPipe). */
@Injectable()
export class ParseIdPipe implements PipeTransform<string, number> {
  transform(value: string, { data }: ArgumentMetadata): number {
    const id = /^[1-9]\d*$/.test(value) ? Number(value) : NaN;
    const name = data ?? 'id';
    if (!(id <= MAX_ID)) throw invalidField(name, `${name} must be a whole number from 1 to ${MAX_ID}`);
    return id;
  }
}
