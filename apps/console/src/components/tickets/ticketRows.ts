import { ElMessage } from 'element-plus';
import { onBeforeUnmount, ref, shallowRef } from 'vue';
import { get, messageOf } from '../../api/http';
import type { TicketDetail, TicketPage, TicketSummary } from './types';

type Query = Record<string, string | number | boolean | undefined>;

export interface TicketRow {
  ticket: TicketSummary;
  /** Loaded when the list needs the assignments (the list's items carry none). */
  detail?: TicketDetail;
}

export interface RowsSource {
  query: () => Query;
  /** Whether rows need their assignments: each is fetched once per ticket version. */
  details?: () => boolean;
}

// Details are fetched a few at a time: a page of rows must not flood a busy server.
const PARALLEL = 4;
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
  const cache = new Map<number, TicketDetail>();

  async function detailsOf(tickets: TicketSummary[]): Promise<void> {
    const missing = tickets.filter((ticket) => cache.get(ticket.id)?.version !== ticket.version);
    for (let start = 0; start < missing.length; start += PARALLEL) {
      const loaded = await Promise.all(missing.slice(start, start + PARALLEL).map((ticket) => get<TicketDetail>(`/tickets/${ticket.id}`)));
      for (const detail of loaded) cache.set(detail.id, detail);
    }
  }

  async function load(): Promise<void> {
    const page = await get<TicketPage>('/tickets', source.query());
    const withDetails = source.details?.() ?? false;
    if (withDetails) await detailsOf(page.items);
    rows.value = page.items.map((ticket) => ({ ticket, detail: withDetails ? cache.get(ticket.id) : undefined }));
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
