import type { DrawSettings } from './draws.ts';

/** A large centre's busy hour, as the specs of the draws and of the model run it. */
export const BUSY_HOUR: DrawSettings = {
  callsPerMinute: 120,
  patienceSeconds: 60,
  talkSeconds: 180,
  talkDistribution: 'lognormal',
  wrapUpSeconds: 30,
  ticketShare: 0.6,
  transferShare: 0.02,
};
