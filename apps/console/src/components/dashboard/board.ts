import { onMounted, reactive, ref } from 'vue';
import { freshSnapshot, live, onPush } from '../../api/realtime';

/** What the server pushes to the leaders' and the centre's rooms (libs/realtime/src/pushes.ts, libs/call-stats). */

/** Rates are fractions from 0 to 1, null when nothing was there to divide by. */
export interface CallFigures {
  answerRate: number | null;
  serviceLevel: number | null;
  abandonRate: number | null;
  shortAbandons: number;
  asaSeconds: number | null;
  ahtSeconds: number | null;
  missedCallCallbackRate: number | null;
  offered: number;
  answered: number;
  abandoned: number;
}

export interface CallBoard {
  today: CallFigures;
  last15Minutes: CallFigures;
  lastHour: CallFigures;
  live: { waiting: number; longestWaitSeconds: number; operatorsByState: Record<string, number> };
  serviceLevelDenominator: 'offered' | 'answered';
  at: string;
}

export interface LeaderFigures {
  today: {
    total: number;
    byChannel: Record<string, number>;
    byRequestType: Record<string, number>;
    hotCategories: { code: string; count: number }[];
    hotRegions: { code: string; count: number }[];
  };
  openByStatus: Record<string, number>;
  overdueAssignments: number;
  at: string;
}

export interface CentrePool {
  byStatus: Record<string, number>;
  extensionRequests: number;
  returnRequests: number;
  overdueAssignments: number;
  at: string;
}

interface Snapshot {
  figures?: LeaderFigures;
  calls?: CallBoard;
  pool?: CentrePool;
}

/**
 * The board as pushed: a snapshot on every (re)connection, then each part whenever it changes. The
 * socket is shared by every page; when it is already up, its snapshot went to another page, so it
 * connects again for a fresh one.
 */
export function useLiveBoard() {
  const board = reactive<Snapshot>({});
  /** When the calls board came, by this browser's clock: the longest wait goes on from there. */
  const callsReceivedAt = ref(Date.now());

  const takeCalls = (calls: CallBoard | undefined) => {
    board.calls = calls;
    callsReceivedAt.value = Date.now();
  };
  onPush<Snapshot>('snapshot', (snapshot) => {
    board.figures = snapshot.figures;
    board.pool = snapshot.pool;
    takeCalls(snapshot.calls);
  });
  onPush<LeaderFigures>('figures', (figures) => (board.figures = figures));
  onPush<CallBoard>('calls', takeCalls);
  onPush<CentrePool>('pool', (pool) => (board.pool = pool));

  onMounted(freshSnapshot);

  return { board, connected: live, callsReceivedAt };
}
