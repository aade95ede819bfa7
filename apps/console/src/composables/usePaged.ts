import { onMounted, ref, type Ref } from 'vue';
import { get, type Query } from '../api/http';
import type { Page } from '../components/codes/page';
import { useLatest } from './useLatest';
import { useSubmit } from './useSubmit';

/**
 * A list the API pages, asked when the page mounts: `search(page)` asks for that page with the
 * page's `filters` as they are now, and only the latest question's answer is shown (a slow answer to
 * an older filter never lands over it). `errors` are the filters' (a 400 names them); `busy` and
 * `submit` are shared with the page's other calls, so that the search button shows them.
 * `afterRemoval` asks again after a row was removed, a page back when that row was the page's last.
 */
export function usePaged<T>(path: string, filters: () => Query, pageSize: number) {
  const { errors, busy, submit } = useSubmit();
  const found = ref({ total: 0, page: 1, pageSize, items: [] }) as Ref<Page<T>>;
  const latest = useLatest(
    (page: number) => submit(() => get<Page<T>>(path, { ...filters(), page, pageSize })),
    (answer) => {
      if (answer) found.value = answer;
    },
    0,
  );

  const search = (page = 1): Promise<void> => latest.now(page);

  function afterRemoval(): Promise<void> {
    const { page, items } = found.value;
    return search(items.length === 1 && page > 1 ? page - 1 : page);
  }

  onMounted(() => search());
  return { errors, busy, submit, found, search, afterRemoval };
}
