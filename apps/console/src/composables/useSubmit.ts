import { ElMessage } from 'element-plus';
import { reactive, ref } from 'vue';
import { ApiError, messageOf } from '../api/http';

/**
 * Runs a form's call to the API. A 400's field errors land in `errors` by field name, for each
 * `el-form-item :error`; any other refusal is shown as a message. A call with no form to show them
 * next to (`form: false`, a row's button) shows the field errors as the message. Returns undefined
 * when refused.
 */
export function useSubmit({ form = true }: { form?: boolean } = {}) {
  const errors = reactive<Record<string, string>>({});
  const busy = ref(false);

  /** Takes the field errors away (a form opened afresh). */
  function clear(): void {
    for (const name of Object.keys(errors)) delete errors[name];
  }

  async function submit<T>(work: () => Promise<T>): Promise<T | undefined> {
    clear();
    busy.value = true;
    try {
      return await work();
    } catch (error) {
      if (form && error instanceof ApiError && Object.keys(error.fields).length > 0) {
        for (const [field, messages] of Object.entries(error.fields)) errors[field] = messages.join('; ');
      } else {
        ElMessage.error(error instanceof ApiError && Object.keys(error.fields).length > 0 ? Object.values(error.fields).flat().join('; ') : messageOf(error));
      }
      return undefined;
    } finally {
      busy.value = false;
    }
  }

  return { errors, busy, submit, clear };
}
