import { computed, reactive, ref } from 'vue';
import { post } from '../../api/http';
import { useSubmit } from '../../composables/useSubmit';
import { blankDraft, isBlank, ticketBody, type Outcome, type Registered, type ScreenPop } from './intake';

export type CloseResult = 'done' | 'form' | 'refused';

/**
 * One operator's intake: the call on the line, the form, and the ticket last registered.
 *
 * Registering routes the ticket: the API queues it for the dispatch rules as it commits, so a unit may
 * have it a moment later and the intake outcomes (直接办结, 转接, 并单, allowed only before dispatch)
 * would then be refused. An outcome therefore acts on the form's ticket, registered unrouted and
 * closed in one go; only with a blank form does it act on the ticket just registered (still possible
 * while it waits in the manual pool, or refused by the API with its reason).
 */
export function useIntake() {
  const draft = reactive(blankDraft());
  const call = ref<ScreenPop | null>(null);
  const last = ref<Registered | null>(null);
  const registration = useSubmit();
  const closing = useSubmit();

  /** The ticket an outcome acts on; null: the form's, registered first. */
  const target = computed(() => (last.value && isBlank(draft) ? last.value : null));

  function reset(): void {
    Object.assign(draft, blankDraft(), call.value && { citizenPhone: call.value.callerNumber, callId: call.value.callId });
  }

  function answer(pop: ScreenPop): void {
    call.value = pop;
    last.value = null;
    draft.citizenPhone = pop.callerNumber;
    draft.callId = pop.callId;
  }

  /** The call is over: later tickets are not registered from it. */
  function hangUp(): void {
    if (draft.callId === call.value?.callId) draft.callId = undefined;
    call.value = null;
  }

  async function register(route = true): Promise<Registered | undefined> {
    const registered = await registration.submit(() => post<Registered>('/tickets', ticketBody(draft, route)));
    if (registered) {
      last.value = registered;
      reset();
    }
    return registered;
  }

  /** 'form': the form's ticket could not be registered (its fields show why); 'refused': the outcome was. */
  async function close(outcome: Outcome): Promise<CloseResult> {
    const ticket = target.value ?? (await register(false));
    if (!ticket) return 'form';
    const closed = await closing.submit(() => post<{ status: string }>(`/tickets/${ticket.id}/${outcome.path}`, outcome.body));
    if (!closed) return 'refused';
    last.value = { ...ticket, status: closed.status };
    return 'done';
  }

  /** A push about the ticket on show keeps its status current (dispatched, parked ...). */
  function follow(ticketId: number, status: string): void {
    if (last.value?.id === ticketId) last.value = { ...last.value, status };
  }

  return {
    draft,
    call,
    last,
    target,
    formErrors: registration.errors,
    registering: registration.busy,
    outcomeErrors: closing.errors,
    closing: closing.busy,
    answer,
    hangUp,
    register,
    close,
    follow,
  };
}
