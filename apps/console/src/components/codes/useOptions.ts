import { ElMessage } from 'element-plus';
import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { messageOf } from '../../api/http';
import type { CodeOption } from './reference';

/**
 * Options filled once loaded (codes, units, the region tree). A list that fails to load stays empty
 * (CodeSelect then takes a typed code) and says so once, rather than leaving a picker silently bare.
 */
export function useOptions<T = CodeOption>(load: () => Promise<T[]>): Ref<T[]> {
  const options = ref([]) as Ref<T[]>;
  const { t } = useI18n();
  load().then(
    (loaded) => (options.value = loaded),
    (error: unknown) => ElMessage({ type: 'warning', grouping: true, message: t('referenceFailed', { reason: messageOf(error) }) }),
  );
  return options;
}
