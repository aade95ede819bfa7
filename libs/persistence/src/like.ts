/** `text` as LIKE matches it literally: a `%`, `_` or `\` someone typed is not a wildcard. */
export const escapeLike = (text: string): string => text.replace(/[\\%_]/g, '\\$&');
