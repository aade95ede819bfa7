import { HttpException, HttpStatus, Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible';
import { REDIS } from '#libs/platform';
import { SETTINGS, type Settings } from '#libs/settings';

const HOUR = 3600;
const DAY = 24 * HOUR;
/** One address may fail more often than one number: several people may write from behind one NAT. */
const IP_FAILURES_PER_NUMBER_FAILURE = 4;

const tooMany = (what: string, msBeforeNext: number): HttpException =>
  new HttpException({ message: `${what}; try again in ${Math.ceil(msBeforeNext / 1000)} s`, retryAfterSeconds: Math.ceil(msBeforeNext / 1000) }, HttpStatus.TOO_MANY_REQUESTS);

/** Spends a point, or answers 429 when none is left; a Redis failure is an error, not a pass. */
async function spend(limiter: RateLimiterRedis, key: string, what: string): Promise<void> {
  try {
    await limiter.consume(key);
  } catch (outcome) {
    if (outcome instanceof RateLimiterRes) throw tooMany(what, outcome.msBeforeNext);
    throw outcome;
  }
}

/**
 * The mailbox's counters in Redis (rate-limiter-flexible), shared by every instance: letters per client
 * address an hour and per phone number a day, and wrong query codes, which lock look-ups of a ticket
 * number (and, at a higher count, from an address) for a while, so six-digit codes cannot be guessed.
 */
@Injectable()
export class LetterLimits {
  private readonly lettersPerIp: RateLimiterRedis;
  private readonly lettersPerPhone: RateLimiterRedis;
  private readonly failuresPerNumber: RateLimiterRedis;
  private readonly failuresPerIp: RateLimiterRedis;

  constructor(@Inject(REDIS) redis: Redis, @Inject(SETTINGS) { mailbox, redis: { prefix } }: Settings) {
    const limiter = (name: string, points: number, duration: number, blockDuration = 0) =>
      new RateLimiterRedis({ storeClient: redis, keyPrefix: `${prefix}:limit:${name}`, points, duration, blockDuration });
    this.lettersPerIp = limiter('letters-ip', mailbox.lettersPerIpPerHour, HOUR);
    this.lettersPerPhone = limiter('letters-phone', mailbox.lettersPerPhonePerDay, DAY);
    const lockout = mailbox.followLockoutSeconds;
    this.failuresPerNumber = limiter('follow-number', mailbox.followFailures, lockout, lockout);
    this.failuresPerIp = limiter('follow-ip', mailbox.followFailures * IP_FAILURES_PER_NUMBER_FAILURE, lockout, lockout);
  }

  async letter(ip: string, phone: string): Promise<void> {
    await spend(this.lettersPerIp, ip, 'too many letters from this address');
    await spend(this.lettersPerPhone, phone, 'too many letters from this phone number');
  }

  /** 429 while the number or the address is locked out, whatever code comes with it. */
  async requireFollowAllowed(number: string, ip: string): Promise<void> {
    const [byNumber, byIp] = await Promise.all([this.failuresPerNumber.get(number), this.failuresPerIp.get(ip)]);
    if (byNumber && byNumber.remainingPoints <= 0) throw tooMany('too many wrong query codes for this number', byNumber.msBeforeNext);
    if (byIp && byIp.remainingPoints <= 0) throw tooMany('too many wrong query codes from this address', byIp.msBeforeNext);
  }

  async followFailed(number: string, ip: string): Promise<void> {
    await Promise.all([this.failuresPerNumber.consume(number).catch(noteOnly), this.failuresPerIp.consume(ip).catch(noteOnly)]);
  }

  /** The right code clears the number's failures: its owner is not locked out by someone else's guesses later. */
  async followSucceeded(number: string): Promise<void> {
    await this.failuresPerNumber.delete(number);
  }
}

/** Counting a failure past the limit rejects with the limiter's state: the count is what mattered. */
const noteOnly = (outcome: unknown): void => {
  if (!(outcome instanceof RateLimiterRes)) throw outcome;
};
