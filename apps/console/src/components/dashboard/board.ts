import { onMounted, reactive, ref } from 'vue';
import { freshSnapshot, live, onPush } from '../../api/realtime';

// The payloads as the server types them (type-only: erased from the bundle).
import type { CallBoard } from '@server/call-stats/src/call-board';
import type { CentrePool, LeaderFigures } from '@server/realtime/src/pushes';

/** The parts of a snapshot the board shows. */
type Board = { figures?: LeaderFigures; calls?: CallBoard; pool?: CentrePool };

/**
 * The board as pushed: a snapshot on every (re)connection, then each part whenever it changes. The
 * socket is shared by every page; when it is already up, its snapshot went to another page, so it
 * connects again for a fresh one.
 */
export function useLiveBoard() {
  const board = reactive<Board>({});
  /** When the calls board came, by this browser's clock: the longest wait goes on from there. */
  const callsReceivedAt = ref(Date.now());

  const takeCalls = (calls: CallBoard | undefined) => {
    board.calls = calls;
    callsReceivedAt.value = Date.now();
  };
  onPush<Board>('snapshot', (snapshot) => {
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
