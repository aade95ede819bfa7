import { onMounted, ref, type Ref } from 'vue';
import { get, type Query } from '../api/http';
import type { Page } from '../components/codes/page';
import { useSubmit } from './useSubmit';

/**
 * A list the API pages, asked when the page mounts: `search(page)` asks for that page with the
 * page's `filters` as they are now. `errors` are the filters' (a 400 names them); `busy` and
 * `submit` are shared with the page's other calls, so that the search button shows them.
 */
export function usePaged<T>(path: string, filters: () => Query, pageSize: number) {
  const { errors, busy, submit } = useSubmit();
  const found = ref({ total: 0, page: 1, pageSize, items: [] }) as Ref<Page<T>>;

  async function search(page = 1): Promise<void> {
    const answer = await submit(() => get<Page<T>>(path, { ...filters(), page, pageSize }));
    if (answer) found.value = answer;
  }

  onMounted(() => search());
  return { errors, busy, submit, found, search };
}
