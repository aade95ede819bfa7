import { describe, expect, it } from '@jest/globals';
import { ctiSignature, signatureProblem } from './cti-signature.js';

const SECRET = 'k'.repeat(40);
const NOW = Date.parse('2026-11-23T02:00:00Z');
const body = Buffer.from('{"events":[]}');
const at = (offsetSeconds: number) => String(NOW / 1000 + offsetSeconds);
const signed = (timestamp: string, payload: Buffer | string = body) => ctiSignature(SECRET, timestamp, payload);

describe('signatureProblem', () => {
  it.each([
    ['a fresh, good signature', { timestamp: at(0), signature: signed(at(0)), body }, null],
    ['4 minutes old', { timestamp: at(-240), signature: signed(at(-240)), body }, null],
    ['a clock 4 minutes ahead', { timestamp: at(240), signature: signed(at(240)), body }, null],
    ['no timestamp', { signature: signed(at(0)), body }, 'missing'],
    ['no signature', { timestamp: at(0), body }, 'missing'],
    ['a timestamp that is not a number', { timestamp: 'yesterday', signature: signed('yesterday'), body }, 'missing'],
    ['6 minutes old: a replay', { timestamp: at(-360), signature: signed(at(-360)), body }, 'stale'],
    ['another body', { timestamp: at(0), signature: signed(at(0), '{"events":[1]}'), body }, 'mismatch'],
    ['another time than signed', { timestamp: at(1), signature: signed(at(0)), body }, 'mismatch'],
    ['another key', { timestamp: at(0), signature: ctiSignature('x'.repeat(40), at(0), body), body }, 'mismatch'],
    ['a truncated signature', { timestamp: at(0), signature: signed(at(0)).slice(0, 20), body }, 'mismatch'],
  ])('%s', (_case, request, problem) => {
    expect(signatureProblem(SECRET, request, NOW)).toBe(problem);
  });
});
