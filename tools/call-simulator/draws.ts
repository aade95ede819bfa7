/**
 * What the model leaves to chance, drawn from one seeded stream: inter-arrival times (Poisson
 * arrivals), caller numbers, patience, talk, follow-up and after-call work. Durations are whole
 * milliseconds, as the CTI's timestamps carry them.
 */
import { between, chance, exponential, logNormal, pick, type Rng } from './random.ts';
import type { FollowUp } from './model.ts';

/** σ of the logarithm of a log-normal talk time: a coefficient of variation of about 0.66. */
export const TALK_TIME_SIGMA = 0.6;
/** A transferred call is handed over this far into its talk (uniform), the operator staying on the line. */
const TRANSFER_POINT = [0.2, 0.8] as const;
const MOBILE_PREFIXES = ['13', '15', '17', '18', '19'] as const;

export type TalkDistribution = 'lognormal' | 'exponential';

export interface DrawSettings {
  readonly callsPerMinute: number;
  readonly patienceSeconds: number;
  readonly talkSeconds: number;
  readonly talkDistribution: TalkDistribution;
  readonly wrapUpSeconds: number;
  /** Of the answered calls not transferred: the share that registers a ticket. */
  readonly ticketShare: number;
  /** Of the answered calls: the share transferred to 110 (they register a ticket too, then transfer it). */
  readonly transferShare: number;
}

/** Asked for by the model in the order of its simulated events. */
export interface Draws {
  nextArrivalMs(): number;
  callerNumber(): string;
  patienceMs(): number;
  /** At least 1 ms. */
  talkMs(): number;
  followUp(): FollowUp;
  /** How far into a talk of `talkMs` the transfer happens. */
  transferAfterMs(talkMs: number): number;
  wrapUpMs(): number;
}

export function randomDraws(rng: Rng, settings: DrawSettings): Draws {
  const ms = (value: number): number => Math.round(value);
  const talkMeanMs = settings.talkSeconds * 1000;
  return {
    nextArrivalMs: () => ms(exponential(rng, 60_000 / settings.callsPerMinute)),
    callerNumber: () => `${pick(rng, MOBILE_PREFIXES)}${String(Math.floor(rng() * 1e9)).padStart(9, '0')}`,
    patienceMs: () => ms(exponential(rng, settings.patienceSeconds * 1000)),
    talkMs: () => Math.max(1, ms(settings.talkDistribution === 'lognormal' ? logNormal(rng, talkMeanMs, TALK_TIME_SIGMA) : exponential(rng, talkMeanMs))),
    followUp: () => (chance(rng, settings.transferShare) ? 'transfer' : chance(rng, settings.ticketShare) ? 'ticket' : 'none'),
    transferAfterMs: (talkMs) => ms(talkMs * between(rng, ...TRANSFER_POINT)),
    wrapUpMs: () => ms(exponential(rng, settings.wrapUpSeconds * 1000)),
  };
}
