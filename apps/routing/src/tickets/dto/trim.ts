import { Transform } from 'class-transformer';

/** Leading and trailing blanks are not content: "   " is as empty as "". */
export const Trim = (): PropertyDecorator => Transform(({ value }) => (typeof value === 'string' ? value.trim() : value));
