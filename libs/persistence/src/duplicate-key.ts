/** MySQL refused a row because a unique key already holds its value: the caller's conflict, not a fault. */
export const isDuplicateKey = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ER_DUP_ENTRY';

/** The `.catch` of an insert whose unique key the caller may hit: that becomes `conflict` (a 409), anything else stays a fault. */
export const duplicateKeyAs =
  (conflict: Error) =>
  (error: unknown): never => {
    throw isDuplicateKey(error) ? conflict : error;
  };
