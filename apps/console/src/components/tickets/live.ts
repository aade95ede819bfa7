import type { Socket } from 'socket.io-client';
import { ref } from 'vue';
import { realtime } from '../../api/realtime';
import type { Caseload, CentrePool, Snapshot } from './types';

const caseloads = ref<Record<number, Caseload>>({});
const pool = ref<CentrePool | null>(null);
let watched: Socket | undefined;

/**
 * The latest unit caseloads and centre pool, kept for the whole visit so that a page opened again
 * shows them at once. The server sends its counts once on connection (`snapshot`) and then on change.
 */
export function liveCounters() {
  const socket = realtime();
  if (socket !== watched) {
    // A new socket is a new sign-in: the previous user's numbers are not this one's.
    watched = socket;
    caseloads.value = {};
    pool.value = null;
    socket.on('snapshot', (snapshot: Snapshot) => {
      for (const caseload of snapshot.caseloads) caseloads.value[caseload.unitId] = caseload;
      if (snapshot.pool) pool.value = snapshot.pool;
    });
    socket.on('caseload', (caseload: Caseload) => (caseloads.value[caseload.unitId] = caseload));
    socket.on('pool', (counts: CentrePool) => (pool.value = counts));
    // Connected before any page asked for counts, its snapshot is gone: connecting again brings one.
    if (socket.connected) socket.disconnect().connect();
  }
  return { caseloads, pool };
}
