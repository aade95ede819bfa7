import { onMounted, ref, type Ref } from 'vue';
import { useSubmit } from './useSubmit';

/**
 * A list a page shows whole, asked when it mounts and by `load` after a change. `busy` and `submit`
 * are shared with the page's other calls (a removal), so that the list shows them.
 */
export function useList<T>(fetch: () => Promise<T[]>) {
  const { busy, submit } = useSubmit();
  const rows = ref([]) as Ref<T[]>;

  async function load(): Promise<void> {
    const answer = await submit(fetch);
    if (answer) rows.value = answer;
  }

  onMounted(load);
  return { rows, busy, submit, load };
}
