import { Injectable, NotFoundException } from '@nestjs/common';
import { DataScopeService, inScope } from '#libs/auth';
import { decide, DEFAULT_WORKFLOW_POLICY, isUnitRole, type Actor, type Command, type Decision, type WorkflowPolicy } from '#libs/domain';
import { OutboxRelay } from '#libs/queues';
import { TicketStore, type LoadedTicket, type TicketChange } from './ticket-store.js';
import { workflowHttpError } from './workflow-errors.js';
import { DeadlineClock } from '#libs/intake';

/** Builds the command once the ticket is loaded: due times and unit checks need the ticket. */
export type CommandBuilder = (loaded: LoadedTicket, now: Date) => Command | Promise<Command>;

/**
 * Runs one workflow command: load the ticket within the actor's data scope, let the state machine
 * decide, store the decision under the version it was taken on.
 */
@Injectable()
export class WorkflowService {
  private readonly policy: WorkflowPolicy;

  constructor(
    private readonly store: TicketStore,
    private readonly scope: DataScopeService,
    private readonly relay: OutboxRelay,
    clock: DeadlineClock,
  ) {
    this.policy = { ...DEFAULT_WORKFLOW_POLICY, extensionCapWorkingDays: clock.policy.extensionCapWorkingDays };
  }

  /** The ticket, if the actor may see it; else 404 (a unit must not learn that it exists). */
  async loadInScope(ticketId: number, actor: Actor): Promise<LoadedTicket> {
    const loaded = await this.store.load(ticketId);
    if (!loaded) throw new NotFoundException('Not found');
    if (actor.role !== 'system' && isUnitRole(actor.role)) {
      const scope = await this.scope.scopeOf({ role: actor.role, unitId: actor.unitId ?? null });
      if (!loaded.assignments.some((assignment) => inScope(scope, assignment.unitId))) throw new NotFoundException('Not found');
    }
    return loaded;
  }

  /** `alsoWrite`: the caller's own rows, written in the same transaction if the decision is stored. */
  async execute(ticketId: number, actor: Actor, build: CommandBuilder, alsoWrite?: TicketChange['alsoWrite']): Promise<LoadedTicket> {
    const loaded = await this.loadInScope(ticketId, actor);
    const now = new Date();
    const decision = this.decide(loaded, await build(loaded, now), actor, now);
    if (!decision.ok) throw workflowHttpError(decision.error);
    await this.commit(loaded, decision, alsoWrite);
    return loaded;
  }

  decide(loaded: Pick<LoadedTicket, 'snapshot'>, command: Command, actor: Actor, now: Date): Decision {
    return decide(loaded.snapshot, command, actor, now, this.policy);
  }

  /** Stores an accepted decision (409 if the ticket moved meanwhile) and publishes what it announces. */
  async commit(loaded: LoadedTicket, decision: Extract<Decision, { ok: true }>, alsoWrite?: TicketChange['alsoWrite']): Promise<void> {
    await this.store.save({ loaded, next: decision.next, events: decision.events, alsoWrite });
    this.relay.nudge();
  }

  /** Stores many accepted decisions at once; answers, in order, which were saved (not moved meanwhile). */
  async commitMany(decided: readonly { loaded: LoadedTicket; decision: Extract<Decision, { ok: true }> }[]): Promise<boolean[]> {
    const saved = await this.store.saveMany(decided.map(({ loaded, decision }) => ({ loaded, next: decision.next, events: decision.events })));
    this.relay.nudge();
    return saved;
  }
}
