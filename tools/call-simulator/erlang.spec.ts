import { describe, expect, it } from '@jest/globals';
import { agentsFor, erlangC, erlangServiceLevel, sizing } from './erlang.ts';

describe('Erlang C', () => {
  it.each([
    ['2 Erlangs on 3 agents', 2, 3, 4 / 9],
    ['1 Erlang on 2 agents', 1, 2, 1 / 3],
    ['as many Erlangs as agents: everyone waits', 5, 5, 1],
    ['more Erlangs than agents', 420, 20, 1],
  ])('%s', (_case, traffic, agents, waits) => {
    expect(erlangC(traffic, agents)).toBeCloseTo(waits, 10);
  });

  it('DOMAIN.md: 7,000 calls an hour at 180 s need about 361 operators for 80 % within 15 s', () => {
    const traffic = (7000 / 3600) * 180;
    expect(erlangServiceLevel(traffic, 361, 180, 15)).toBeGreaterThanOrEqual(0.8);
    expect(erlangServiceLevel(traffic, 360, 180, 15)).toBeLessThan(0.8);
    expect(agentsFor(traffic, 180, 15, 0.8)).toBe(361);
  });

  it.each([
    ['the simulator’s example: 120 calls a minute on 20 operators is overloaded', { callsPerMinute: 120, talkSeconds: 180, wrapUpSeconds: 30, operators: 20 }, { trafficErlangs: 420, serviceLevel: null, capacityShare: 20 / 420 }],
    ['6 calls a minute, 180 s, on 22 operators', { callsPerMinute: 6, talkSeconds: 180, wrapUpSeconds: 0, operators: 22 }, { trafficErlangs: 18, capacityShare: null }],
  ])('sizing: %s', (_case, input, expected) => {
    const size = sizing(input);
    expect(size).toMatchObject(expected);
    expect(erlangServiceLevel(size.trafficErlangs, size.agentsFor80, size.handleSeconds, 15)).toBeGreaterThanOrEqual(0.8);
    expect(erlangServiceLevel(size.trafficErlangs, size.agentsFor80 - 1, size.handleSeconds, 15)).toBeLessThan(0.8);
  });
});
