import { onBeforeUnmount } from 'vue';

/**
 * Asks the API as someone types, and takes only the answer to the latest question: `soon` waits for a
 * pause in the typing, `now` asks at once, `cancel` drops whatever is pending. An answer that comes
 * back after a newer question was asked (or after the component is gone) is thrown away, so a slow
 * answer never overwrites a fresh one. `ask` settles its own errors into an answer.
 */
export function useLatest<Q, A>(ask: (question: Q) => Promise<A>, take: (answer: A) => void, pauseMs: number) {
  let asked = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  function cancel(): void {
    clearTimeout(timer);
    asked += 1;
  }

  async function now(question: Q): Promise<void> {
    cancel();
    const mine = asked;
    const answer = await ask(question);
    if (mine === asked) take(answer);
  }

  function soon(question: Q): void {
    cancel();
    timer = setTimeout(() => void now(question), pauseMs);
  }

  onBeforeUnmount(cancel);
  return { now, soon, cancel };
}
