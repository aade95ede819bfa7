import { ElMessage } from 'element-plus';
import { watch, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { useSubmit } from './useSubmit';

interface Dialog<T> {
  open: Ref<boolean>;
  /** The form's `saved` event, given the API's answer. */
  emit?: (event: 'saved', answer: T) => void;
  /** What to tell the user once saved (an i18n key). */
  done?: string;
}

/**
 * A form in a dialog (FormDialog) that saves one record. Each opening starts afresh: `reset` fills
 * the fields, and the last attempt's field errors go. `send` calls the API; once it takes the form,
 * the dialog says so, closes, and emits `saved` with the answer.
 */
export function useDialogForm<T>({ open, emit, done = 'admin.saved' }: Dialog<T>, reset: () => void) {
  const { t } = useI18n();
  const { errors, busy, submit, clear } = useSubmit();

  watch(open, (isOpen) => {
    if (!isOpen) return;
    reset();
    clear();
  });

  async function send(work: () => Promise<T>): Promise<void> {
    // Wrapped: an answer with no body (204) is still told apart from a refusal.
    const taken = await submit(async () => ({ answer: await work() }));
    if (!taken) return;
    ElMessage.success(t(done));
    open.value = false;
    emit?.('saved', taken.answer);
  }

  return { errors, busy, send };
}
