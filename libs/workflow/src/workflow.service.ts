import { Injectable, NotFoundException } from '@nestjs/common';
import { DataScopeService, inScope } from '#libs/auth';
import { decide, DEFAULT_WORKFLOW_POLICY, isUnitRole, SYSTEM, type Actor, type Command, type Decision, type TicketSnapshot, type WorkflowPolicy } from '#libs/domain';
import { OutboxRelay } from '#libs/queues';
import { TicketStore, type LoadedTicket, type TicketChange } from './ticket-store.js';
import { workflowHttpError } from './workflow-errors.js';
import { DeadlineClock } from '#libs/intake';

/** Builds the command once the ticket is loaded: due times and unit checks need the ticket. */
export type CommandBuilder = (loaded: LoadedTicket, now: Date) => Command | Promise<Command>;

/** What a command brings along: stored with it in one transaction, or not at all. */
export interface CommandExtras {
  /** The system's own command on the state the first one leads to (重办 after a failed callback); none if undefined. */
  followUp?: (next: TicketSnapshot, now: Date) => Command | undefined | Promise<Command | undefined>;
  /** The caller's own rows (a callback task's result, say). */
  alsoWrite?: TicketChange['alsoWrite'];
}

/**
 * Runs one workflow command: load the ticket within the actor's data scope, let the state machine
 * decide (and, if asked, decide the system's follow-up on the result), store the outcome under the
 * version it was taken on.
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

  async execute(ticketId: number, actor: Actor, build: CommandBuilder, extras: CommandExtras = {}): Promise<void> {
    const loaded = await this.loadInScope(ticketId, actor);
    const now = new Date();
    const decision = this.decide(loaded, await build(loaded, now), actor, now);
    if (!decision.ok) throw workflowHttpError(decision.error);
    const followUp = await extras.followUp?.(decision.next, now);
    const followed = followUp ? this.decide({ snapshot: decision.next }, followUp, SYSTEM, now) : undefined;
    if (followed && !followed.ok) throw workflowHttpError(followed.error);
    await this.store.save({
      loaded,
      next: followed?.next ?? decision.next,
      events: [...decision.events, ...(followed?.events ?? [])],
      alsoWrite: extras.alsoWrite,
    });
    this.relay.nudge();
  }

  decide(loaded: Pick<LoadedTicket, 'snapshot'>, command: Command, actor: Actor, now: Date): Decision {
    return decide(loaded.snapshot, command, actor, now, this.policy);
  }

  /** Stores many accepted decisions at once; answers, in order, which were saved (not moved meanwhile). */
  async commitMany(decided: readonly { loaded: LoadedTicket; decision: Extract<Decision, { ok: true }> }[]): Promise<boolean[]> {
    const saved = await this.store.saveMany(decided.map(({ loaded, decision }) => ({ loaded, next: decision.next, events: decision.events })));
    this.relay.nudge();
    return saved;
  }
}
