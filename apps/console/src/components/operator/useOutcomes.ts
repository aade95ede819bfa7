import { ElMessage } from 'element-plus';
import { ref, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { TransferTarget } from '../codes/vocabulary';
import type { Outcome, Registered, TicketRow } from './intake';
import type { OutcomeAsk } from './OutcomeDialog.vue';
import type { CloseResult } from './useIntake';

type OutcomeKind = 'resolveDirect' | 'transfer' | 'merge';

interface AskOptions {
  text?: string;
  choice?: OutcomeAsk['choice'];
  /** The note's label key, where the note must say something. */
  noteNeeded?: string;
}

interface Intake {
  target: Ref<Registered | null>;
  outcomeErrors: Record<string, string>;
  close: (outcome: Outcome) => Promise<CloseResult>;
}

/** Each intake outcome asked in the dialog first (what it acts on, and its answer or note), then done. */
export function useOutcomes({ target, outcomeErrors, close }: Intake, done: () => void) {
  const { t } = useI18n();
  const pending = ref<{ kind: OutcomeKind; ask: OutcomeAsk; build: (text: string) => Outcome } | null>(null);
  const open = ref(false);
  const text = ref('');

  function ask(kind: OutcomeKind, build: (text: string) => Outcome, options: AskOptions = {}): void {
    for (const field of Object.keys(outcomeErrors)) delete outcomeErrors[field];
    const answers = kind === 'resolveDirect';
    pending.value = {
      kind,
      build,
      ask: {
        title: t(`operator.outcome.${kind}.title`),
        target: target.value ? t('operator.outcome.onTicket', { number: target.value.number }) : t('operator.outcome.onForm'),
        choice: options.choice,
        field: answers ? 'answer' : 'note',
        label: t(answers ? 'operator.outcome.answer' : (options.noteNeeded ?? 'operator.outcome.note')),
        required: answers || options.noteNeeded !== undefined,
      },
    };
    text.value = options.text ?? '';
    open.value = true;
  }

  const withNote = (note: string) => (note.trim() ? { note: note.trim() } : {});

  const directAnswer = (content: string) => ask('resolveDirect', (answer) => ({ path: 'resolve-direct', body: { answer } }), { text: content });

  const transfer = (to: TransferTarget) =>
    ask('transfer', (note) => ({ path: 'transfer', body: { to, ...withNote(note) } }), {
      choice: { label: t('operator.outcome.transferTo'), value: t(`operator.transfer.${to}`), field: 'to' },
      // The API names only "another hotline": which one is the note's to say.
      noteNeeded: to === 'other_hotline' ? 'operator.outcome.whichHotline' : undefined,
    });

  const merge = (into: TicketRow) =>
    ask('merge', (note) => ({ path: 'merge', body: { intoTicketId: into.id, ...withNote(note) } }), {
      choice: { label: t('operator.outcome.mergeInto'), value: into.number, field: 'intoTicketId' },
    });

  async function confirm(): Promise<void> {
    if (!pending.value) return;
    const { kind, build } = pending.value;
    const result = await close(build(text.value));
    if (result === 'refused') return;
    open.value = false;
    done();
    if (result === 'form') ElMessage.warning(t('operator.outcome.fixForm'));
    else ElMessage.success(t(`operator.outcome.${kind}.done`));
  }

  return { pending, open, text, directAnswer, transfer, merge, confirm };
}
