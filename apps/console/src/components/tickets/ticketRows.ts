import { ElMessage } from 'element-plus';
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { get, messageOf } from '../../api/http';
import type { Assignment, TicketPage, TicketSummary } from './types';

type Query = Record<string, string | number | boolean | undefined>;

export interface TicketRow {
  ticket: TicketSummary;
  /** Empty unless the list asks for them. */
  assignments: Assignment[];
}

export interface RowsSource {
  query: () => Query;
  /** Whether rows need their assignments: the list then brings them (`withAssignments`), in the same answer. */
  assignments?: () => boolean;
}

// Pushes come in bursts (a co-dispatch, a busy hour): one refresh for a burst, as the server's counters do.
const PUSH_DELAY_MS = 500;

/**
 * A list of tickets that can be refreshed at any moment (on every push): refreshes never overlap,
 * and one asked for while another runs runs once after it, so the last answer is the newest.
 */
export function useTicketRows(source: RowsSource) {
  const rows = shallowRef<TicketRow[]>([]);
  const total = ref(0);
  const loading = ref(false);

  async function load(): Promise<void> {
    const withAssignments = source.assignments?.() || undefined;
    const page = await get<TicketPage<TicketSummary & { assignments?: Assignment[] }>>('/tickets', { ...source.query(), withAssignments });
    rows.value = page.items.map(({ assignments = [], ...ticket }) => ({ ticket, assignments }));
    total.value = page.total;
  }

  let running: Promise<void> | undefined;
  let again = false;

  function refresh(): Promise<void> {
    if (running) {
      again = true;
      return running;
    }
    loading.value = true;
    running = (async () => {
      do {
        again = false;
        try {
          await load();
        } catch (error) {
          ElMessage.error(messageOf(error));
        }
      } while (again);
    })().finally(() => {
      running = undefined;
      loading.value = false;
    });
    return running;
  }

  let soon: ReturnType<typeof setTimeout> | undefined;
  /** A refresh after a push: the pushes of the next half second are taken with it. */
  function refreshSoon(): void {
    soon ??= setTimeout(() => {
      soon = undefined;
      void refresh();
    }, PUSH_DELAY_MS);
  }
  onBeforeUnmount(() => clearTimeout(soon));

  return { rows, total, loading, refresh, refreshSoon };
}
