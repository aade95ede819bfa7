import { describe, expect, it } from '@jest/globals';
import { OptionsError, parseOptions } from './options.ts';

const REQUIRED = ['--calls-per-minute', '120', '--operators', '20'];
const parse = (argv: string[], env: Record<string, string> = {}) => parseOptions(argv, env, () => '777');

describe('parseOptions', () => {
  it('the defaults', () => {
    expect(parse(REQUIRED)).toEqual({
      url: 'http://127.0.0.1:3000',
      callsPerMinute: 120,
      operators: 20,
      patienceSeconds: 60,
      talkSeconds: 180,
      talkDistribution: 'lognormal',
      wrapUpSeconds: 30,
      ticketShare: 0.6,
      transferShare: 0.02,
      durationSeconds: null,
      seed: '777',
      speed: 1,
      secret: null,
      users: null,
      password: null,
      leader: 'leader1',
      drain: false,
      tickMs: 100,
      reportSeconds: 10,
    });
  });

  it.each<[string, string[], Record<string, unknown>, Record<string, string>]>([
    ['every option', [
      '--url', 'http://localhost:3999/', '--patience-seconds', '30', '--talk-seconds', '120.5', '--talk-distribution', 'exponential',
      '--wrap-up-seconds', '0', '--ticket-share', '1', '--transfer-share', '0', '--duration-seconds', '60', '--seed', 'demo',
      '--speed', '10', '--secret', 'k'.repeat(32), '--users', 'operator1, operator2', '--password', 'pw', '--leader', 'admin1',
      '--drain', '--tick-ms', '250', '--report-seconds', '5',
    ], {
      url: 'http://localhost:3999', patienceSeconds: 30, talkSeconds: 120.5, talkDistribution: 'exponential', wrapUpSeconds: 0,
      ticketShare: 1, transferShare: 0, durationSeconds: 60, seed: 'demo', speed: 10, secret: 'k'.repeat(32),
      users: ['operator1', 'operator2'], password: 'pw', leader: 'admin1', drain: true, tickMs: 250, reportSeconds: 5,
    }, {}],
    ['the key from CTI_SECRET', [], { secret: 'e'.repeat(40) }, { CTI_SECRET: 'e'.repeat(40) }],
    ['--secret over CTI_SECRET', ['--secret', 's'.repeat(32)], { secret: 's'.repeat(32) }, { CTI_SECRET: 'e'.repeat(40) }],
    ['a speed below 1 needs no duration', ['--speed', '0.5'], { speed: 0.5, durationSeconds: null }, {}],
  ])('%s', (_case, argv, expected, env) => {
    expect(parse([...REQUIRED, ...argv], env)).toMatchObject(expected);
  });

  it.each([
    ['no rate', ['--operators', '3'], '--calls-per-minute is required'],
    ['no operators', ['--calls-per-minute', '3'], '--operators is required'],
    ['a rate of 0', ['--calls-per-minute', '0', '--operators', '3'], '--calls-per-minute must be a number above 0'],
    ['half an operator', [...REQUIRED, '--operators', '2.5'], '--operators must be a whole number'],
    ['a share above 1', [...REQUIRED, '--ticket-share', '1.2'], '--ticket-share must be a share from 0 to 1'],
    ['not a number', [...REQUIRED, '--talk-seconds', 'long'], '--talk-seconds must be a number above 0'],
    ['an empty number', [...REQUIRED, '--talk-seconds', ''], '--talk-seconds must be a number above 0'],
    ['another distribution', [...REQUIRED, '--talk-distribution', 'gamma'], '--talk-distribution must be lognormal or exponential'],
    ['speed 10 without a duration', [...REQUIRED, '--speed', '10'], '--speed above 1 needs --duration-seconds'],
    ['a short key', [...REQUIRED, '--secret', 'short'], 'at least 32 characters'],
    ['a URL that is not http', [...REQUIRED, '--url', 'ftp://x'], '--url must be an http(s) URL'],
    ['an unknown option', [...REQUIRED, '--calls', '3'], "Unknown option '--calls'"],
    ['a stray word', [...REQUIRED, 'now'], 'Unexpected argument'],
  ])('refuses %s', (_case, argv, message) => {
    expect(() => parse(argv)).toThrow(OptionsError);
    expect(() => parse(argv)).toThrow(message);
  });

  it('--help', () => {
    expect(parse(['--help'])).toBeNull();
  });
});
