import { ref, watch } from 'vue';
import { freshSnapshot, listen } from '../../api/realtime';
import { session } from '../../api/session';
import type { Caseload, CentrePool, Snapshot } from './types';

const caseloads = ref<Record<number, Caseload>>({});
const pool = ref<CentrePool | null>(null);
let listening = false;

// Another sign-in: the previous user's numbers are not this one's.
watch(session.token, () => {
  caseloads.value = {};
  pool.value = null;
});

/**
 * The latest unit caseloads and centre pool, kept for the whole visit so that a page opened again
 * shows them at once. The server sends its counts once on connection (`snapshot`) and then on change.
 */
export function liveCounters() {
  if (!listening) {
    listening = true;
    listen<Snapshot>('snapshot', (snapshot) => {
      for (const caseload of snapshot.caseloads) caseloads.value[caseload.unitId] = caseload;
      if (snapshot.pool) pool.value = snapshot.pool;
    });
    listen<Caseload>('caseload', (caseload) => (caseloads.value[caseload.unitId] = caseload));
    listen<CentrePool>('pool', (counts) => (pool.value = counts));
    // Connected before any page asked for counts, its snapshot is gone.
    freshSnapshot();
  }
  return { caseloads, pool };
}
