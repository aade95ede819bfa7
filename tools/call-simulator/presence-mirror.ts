import type { PresenceState } from '#libs/calls';

/**
 * What the server believes of each operator's presence, followed from what the simulator has sent,
 * with the server's own rules (apps/call-intake: `answered` puts the operator on the call, `ended`
 * of that same call puts them in after-call work, `POST /api/presence` is refused while on a call).
 * Needed when more simulated operators than demo users share a login: one user's presence is one
 * state on the server, so the simulator posts `ready` only when the server would take it.
 */

export interface ServerPresence {
  readonly state: PresenceState;
  readonly callId: string | null;
}

export class PresenceMirror {
  private readonly users = new Map<number, ServerPresence>();

  /** As the server says it is (GET /api/presence), or after a post it took. */
  set(userId: number, state: PresenceState, callId: string | null = null): void {
    this.users.set(userId, { state, callId });
  }

  stateOf(userId: number): ServerPresence | undefined {
    return this.users.get(userId);
  }

  answered(userId: number, callId: string): void {
    this.set(userId, 'on_call', callId);
  }

  ended(userId: number, callId: string): void {
    const now = this.users.get(userId);
    if (now?.state === 'on_call' && now.callId === callId) this.set(userId, 'after_call_work', callId);
  }

  /** Whether posting `state` would be taken (not on a call) and change anything. */
  mayPost(userId: number, state: Exclude<PresenceState, 'on_call'>): boolean {
    const now = this.users.get(userId);
    return now === undefined || (now.state !== 'on_call' && now.state !== state);
  }
}
