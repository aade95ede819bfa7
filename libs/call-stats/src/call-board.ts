// Imported by file, not through '#libs/metrics': the console type-checks the push payloads
// (libs/realtime/src/pushes.ts) and must not pull in the libraries that need Node and Nest.
import type { CallFigures, ServiceLevelDenominator } from '../../metrics/src/call-figures.js';

/** What the leaders' board and the centre show of the phones (pushed as `calls`, and at GET /api/calls/stats). */
export interface CallBoard {
  today: CallFigures;
  last15Minutes: CallFigures;
  lastHour: CallFigures;
  live: { waiting: number; longestWaitSeconds: number; operatorsByState: Record<string, number> };
  serviceLevelDenominator: ServiceLevelDenominator;
  at: string;
}
