/** The command line (node:util parseArgs), checked: a mistake is said once, with the usage. */
import { parseArgs } from 'node:util';
import type { DrawSettings } from './draws.ts';

/** The model's draws (rates, means, shares), and the run's own settings. */
export interface SimulatorOptions extends DrawSettings {
  readonly url: string;
  readonly operators: number;
  /** Null: until Ctrl-C. */
  readonly durationSeconds: number | null;
  readonly seed: string;
  readonly speed: number;
  /** Null: CTI_SECRET, or the development key. */
  readonly secret: string | null;
  /** Null: the demo city's operators. */
  readonly users: readonly string[] | null;
  readonly password: string | null;
  readonly leader: string;
  readonly drain: boolean;
  readonly tickMs: number;
  readonly reportSeconds: number;
}

export const USAGE = `Plays the contact-centre (CTI) system against a running hotline, in real time.

  npm run simulate -- --calls-per-minute 120 --operators 20 [options]

  --calls-per-minute N     Poisson arrivals (required)
  --operators N            simulated operators, logged in as the demo operators, round-robin (required)
  --patience-seconds S     callers' mean patience, exponential; they abandon after it   (60)
  --talk-seconds S         mean talk time                                               (180)
  --talk-distribution D    lognormal (σ 0.6) or exponential                             (lognormal)
  --wrap-up-seconds S      mean after-call work, exponential                            (30)
  --ticket-share P         share of answered calls that register a ticket               (0.6)
  --transfer-share P       share of answered calls transferred to 110 (with a ticket)   (0.02)
  --duration-seconds S     real seconds to run; without it, until Ctrl-C
  --seed X                 replays the same calls (printed when not given)
  --speed X                simulated seconds per real second; above 1 needs a duration  (1)
  --url URL                the system                                    (http://127.0.0.1:3000)
  --secret KEY             the CTI key                         (CTI_SECRET, or the development key)
  --users a,b,c            operator logins                     (the demo city's operators)
  --password P             their password, and the leader's    (the demo password)
  --leader NAME            the login that reads GET /api/calls/stats                    (leader1)
  --drain                  at the end, take no more calls and let those in the system finish
                           (default: waiting callers hang up and talks end at once)
  --tick-ms MS             how often events are posted                                  (100)
  --report-seconds S       how often the line comparing with the server is printed      (10)
  --help
`;

export class OptionsError extends Error {}

const number = (raw: string | undefined, name: string, fallback: number | null, check: (value: number) => boolean, rule: string): number | null => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || !check(value)) throw new OptionsError(`--${name} must be ${rule} (got "${raw}")`);
  return value;
};

const required = (value: number | null, name: string): number => {
  if (value === null) throw new OptionsError(`--${name} is required`);
  return value;
};

const positive = (value: number) => value > 0;
const share = (value: number) => value >= 0 && value <= 1;

/** `null` when --help was asked for. `makeSeed` picks a seed when none is given. */
export function parseOptions(argv: readonly string[], env: Readonly<Record<string, string | undefined>>, makeSeed: () => string): SimulatorOptions | null {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      strict: true,
      allowPositionals: false,
      options: {
        url: { type: 'string' },
        'calls-per-minute': { type: 'string' },
        operators: { type: 'string' },
        'patience-seconds': { type: 'string' },
        'talk-seconds': { type: 'string' },
        'talk-distribution': { type: 'string' },
        'wrap-up-seconds': { type: 'string' },
        'ticket-share': { type: 'string' },
        'transfer-share': { type: 'string' },
        'duration-seconds': { type: 'string' },
        seed: { type: 'string' },
        speed: { type: 'string' },
        secret: { type: 'string' },
        users: { type: 'string' },
        password: { type: 'string' },
        leader: { type: 'string' },
        drain: { type: 'boolean' },
        'tick-ms': { type: 'string' },
        'report-seconds': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new OptionsError((error as Error).message);
  }
  if (values.help) return null;

  const url = values.url ?? 'http://127.0.0.1:3000';
  try {
    const parsed = new URL(url);
    if (!['http:', 'https:'].includes(parsed.protocol)) throw new Error();
  } catch {
    throw new OptionsError(`--url must be an http(s) URL (got "${url}")`);
  }
  const talkDistribution = values['talk-distribution'] ?? 'lognormal';
  if (talkDistribution !== 'lognormal' && talkDistribution !== 'exponential') {
    throw new OptionsError(`--talk-distribution must be lognormal or exponential (got "${talkDistribution}")`);
  }
  const users = values.users === undefined ? null : values.users.split(',').map((user) => user.trim()).filter((user) => user !== '');
  if (users !== null && users.length === 0) throw new OptionsError('--users must name at least one login');
  const secret = values.secret ?? env.CTI_SECRET ?? null;
  if (secret !== null && secret.length < 32) throw new OptionsError('--secret (or CTI_SECRET) must be at least 32 characters, as the server requires');

  const options: SimulatorOptions = {
    url: url.replace(/\/+$/, ''),
    callsPerMinute: required(number(values['calls-per-minute'], 'calls-per-minute', null, (v) => v > 0 && v <= 100_000, 'a number above 0, at most 100000'), 'calls-per-minute'),
    operators: required(number(values.operators, 'operators', null, (v) => Number.isInteger(v) && v >= 1 && v <= 10_000, 'a whole number from 1 to 10000'), 'operators'),
    patienceSeconds: number(values['patience-seconds'], 'patience-seconds', 60, positive, 'a number above 0')!,
    talkSeconds: number(values['talk-seconds'], 'talk-seconds', 180, positive, 'a number above 0')!,
    talkDistribution,
    wrapUpSeconds: number(values['wrap-up-seconds'], 'wrap-up-seconds', 30, (v) => v >= 0, 'a number, 0 or more')!,
    ticketShare: number(values['ticket-share'], 'ticket-share', 0.6, share, 'a share from 0 to 1')!,
    transferShare: number(values['transfer-share'], 'transfer-share', 0.02, share, 'a share from 0 to 1')!,
    durationSeconds: number(values['duration-seconds'], 'duration-seconds', null, positive, 'a number of seconds above 0'),
    seed: values.seed ?? makeSeed(),
    speed: number(values.speed, 'speed', 1, (v) => v > 0 && v <= 1000, 'a number above 0, at most 1000')!,
    secret,
    users,
    password: values.password ?? null,
    leader: values.leader ?? 'leader1',
    drain: values.drain ?? false,
    tickMs: number(values['tick-ms'], 'tick-ms', 100, (v) => Number.isInteger(v) && v >= 10 && v <= 10_000, 'a whole number of ms from 10 to 10000')!,
    reportSeconds: number(values['report-seconds'], 'report-seconds', 10, (v) => v >= 1, 'a number of seconds, at least 1')!,
  };
  if (options.speed > 1 && options.durationSeconds === null) {
    throw new OptionsError('--speed above 1 needs --duration-seconds: the simulated clock starts that much in the past so that no event is stamped ahead of the server');
  }
  return options;
}
