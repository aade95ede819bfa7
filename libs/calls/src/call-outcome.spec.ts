import { describe, expect, it } from '@jest/globals';
import { CALL_OUTCOMES } from './call-outcome.js';

describe('CALL_OUTCOMES', () => {
  it('a call ends intake in one of the five ways of 国办函〔2025〕66号', () => {
    expect(CALL_OUTCOMES).toEqual(['answered_directly', 'transferred', 'other_channel', 'explained', 'police_referral']);
  });
});
