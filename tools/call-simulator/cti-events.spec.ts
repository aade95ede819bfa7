import { describe, expect, it } from '@jest/globals';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import { CtiEventsDto } from '../../apps/call-intake/src/cti/cti-events.dto.ts';
import { ctiEventOf, isoWithOffset, type CallHappening } from './cti-events.ts';

const AT = Date.parse('2026-11-23T01:15:02.120Z');
const call = { callId: 'sim-abc-000042', callerNumber: '13812345678' };
const operatorIdOf = (agent: number) => 100 + agent;
const common = { callId: 'sim-abc-000042', at: '2026-11-23T09:15:02.120+08:00', callerNumber: '13812345678', line: '12345', queue: 'general' };

describe('CTI events from the model', () => {
  it.each([
    ['Beijing time', 480, '2026-11-23T09:15:02.120+08:00'],
    ['UTC', 0, '2026-11-23T01:15:02.120+00:00'],
    ['a negative offset', -330, '2026-11-22T19:45:02.120-05:30'],
  ])('isoWithOffset: %s', (_case, offset, iso) => {
    expect(isoWithOffset(AT, offset)).toBe(iso);
    expect(Date.parse(iso)).toBe(AT);
  });

  it.each<[string, CallHappening, Record<string, unknown>]>([
    ['offered', { kind: 'offered', at: AT, call }, { ...common, type: 'offered' }],
    ['answered, by the operator’s user', { kind: 'answered', at: AT, call, agent: 3, waitMs: 0 }, { ...common, type: 'answered', operatorId: 103 }],
    ['abandoned', { kind: 'abandoned', at: AT, call, waitMs: 4000, cut: false }, { ...common, type: 'abandoned' }],
    ['transferred to 110 as a three-way call', { kind: 'transferred', at: AT, call, agent: 0, to: '110' }, { ...common, type: 'transferred', operatorId: 100, transferTo: '110', threeWay: true }],
    ['ended', { kind: 'ended', at: AT, call, agent: 1, talkMs: 1, followUp: 'ticket', cut: false }, { ...common, type: 'ended', operatorId: 101 }],
  ])('%s', (_case, happening, event) => {
    expect(ctiEventOf(happening, operatorIdOf)).toEqual(event);
  });

  it('passes the call-intake app’s own validation', async () => {
    const happenings: CallHappening[] = [
      { kind: 'offered', at: AT, call },
      { kind: 'answered', at: AT + 1, call, agent: 0, waitMs: 1 },
      { kind: 'transferred', at: AT + 2, call, agent: 0, to: '110' },
      { kind: 'ended', at: AT + 3, call, agent: 0, talkMs: 2, followUp: 'transfer', cut: false },
      { kind: 'abandoned', at: AT, call: { callId: 'sim-abc-000043', callerNumber: '19900000000' }, waitMs: 0, cut: true },
    ];
    const body = JSON.parse(JSON.stringify({ events: happenings.map((happening) => ctiEventOf(happening, operatorIdOf)) }));
    expect(await validate(plainToInstance(CtiEventsDto, body), { whitelist: true, forbidNonWhitelisted: true })).toEqual([]);
  });
});
