import { Catch, ConflictException, type ArgumentsHost } from '@nestjs/common';
import { BaseExceptionFilter } from '@nestjs/core';
import { QueryFailedError } from 'typeorm';

/** MySQL's own codes for a transaction it gave up on because of another's locks: a deadlock victim, or a lock wait too long. */
const LOCK_CONFLICTS = new Set(['ER_LOCK_DEADLOCK', 'ER_LOCK_WAIT_TIMEOUT']);

const isLockConflict = (error: unknown): boolean => LOCK_CONFLICTS.has(String((error as { code?: unknown } | null)?.code));

/**
 * A request whose transaction MySQL rolled back for a concurrent one's locks changed nothing: the
 * caller is told to try again (409), as for a version conflict, rather than shown a fault (500).
 * Any other failed query goes on to Nest's own handling (500).
 */
@Catch(QueryFailedError)
export class LockConflictFilter extends BaseExceptionFilter {
  override catch(error: unknown, host: ArgumentsHost): void {
    super.catch(isLockConflict(error) ? new ConflictException('Someone else was changing the same rows at once; nothing was saved; try again') : error, host);
  }
}
