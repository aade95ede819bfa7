import { Logger } from '@nestjs/common';

const QUIET_MS = 60_000;

/**
 * A listener for a Redis client's `error` event (a BullMQ queue's or worker's, the socket adapter's).
 * Without one, errors go to the console, and while Redis is away that is one line per reconnect attempt per connection:
 * this logs one warning a minute instead.
 */
export function redisErrorLog(source: string): (error: Error) => void {
  const logger = new Logger('Queues');
  let lastLoggedAt = -Infinity;
  return (error) => {
    const now = Date.now();
    if (now - lastLoggedAt < QUIET_MS) return;
    lastLoggedAt = now;
    logger.warn(`${source}: ${error.message}`);
  };
}
