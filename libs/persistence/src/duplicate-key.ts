/** MySQL refused a row because a unique key already holds its value: the caller's conflict, not a fault. */
export const isDuplicateKey = (error: unknown): boolean => (error as { code?: unknown } | null)?.code === 'ER_DUP_ENTRY';
