import { describe, expect, it } from '@jest/globals';
import { newEvents } from './new-events.js';

const e = (callId: string, type: 'offered' | 'answered' | 'ended', n = 0) => ({ callId, type, n });

describe('newEvents: the first of each type per call', () => {
  it.each([
    ['nothing stored: all', [], [e('c1', 'offered'), e('c1', 'answered')], [e('c1', 'offered'), e('c1', 'answered')]],
    ['stored already: a repeat', [e('c1', 'offered')], [e('c1', 'offered', 1), e('c1', 'ended')], [e('c1', 'ended')]],
    ['twice in the batch: the first', [], [e('c1', 'ended', 1), e('c1', 'ended', 2)], [e('c1', 'ended', 1)]],
    ['the same type of another call: new', [e('c1', 'offered')], [e('c2', 'offered')], [e('c2', 'offered')]],
  ])('%s', (_case, stored, batch, fresh) => {
    expect(newEvents(stored, batch)).toEqual(fresh);
  });
});
