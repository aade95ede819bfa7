import { ConflictException, Injectable, Logger } from '@nestjs/common';
import type { TicketFacts } from '#libs/dispatch-rules';
import type { Decision, TicketSnapshot } from '#libs/domain';
import { SYSTEM } from '../tickets/actor.js';
import { TicketStore } from '../tickets/ticket-store.js';
import { WorkflowService } from '../tickets/workflow.service.js';
import { DispatchPlanner } from './dispatch-planner.js';
import { RuleRouting, type RoutingPreview } from './rule-routing.js';
import { factsOf } from './ticket-facts.js';
import { DueFacts } from '#libs/intake';

export type RouteOutcome = 'dispatched' | 'parked' | 'skipped';

/**
 * The `route` job: dispatch a registered ticket by the rules, or park it in the dispatchers' pool.
 * Idempotent: it acts only on the ticket version it was queued for, so a repeated or late job is a no-op.
 */
@Injectable()
export class RouteService {
  private readonly logger = new Logger(RouteService.name);

  constructor(
    private readonly store: TicketStore,
    private readonly workflow: WorkflowService,
    private readonly routing: RuleRouting,
    private readonly planner: DispatchPlanner,
  ) {}

  async route(ticketId: number, version: number): Promise<RouteOutcome> {
    const loaded = await this.store.load(ticketId);
    if (!loaded || loaded.ticket.status !== 'registered' || loaded.ticket.version !== version) return 'skipped';
    const { decision } = await this.decide(loaded.snapshot, factsOf(loaded.ticket), new Date());
    try {
      await this.workflow.commit(loaded, decision);
    } catch (error) {
      if (!(error instanceof ConflictException)) throw error;
      this.logger.log(`ticket ${ticketId} changed while it was being routed; left as it is`);
      return 'skipped';
    }
    return decision.events[0]!.type === 'parked' ? 'parked' : 'dispatched';
  }

  /**
   * What the rules make of a registered ticket, through the state machine. Whatever a rule says, the
   * invariants win (a department's duty never goes to a street or community): a dispatch the state
   * machine refuses goes to the dispatchers with the reason.
   */
  async decide(
    snapshot: TicketSnapshot,
    facts: TicketFacts & DueFacts,
    now: Date,
  ): Promise<{ preview: RoutingPreview; decision: Extract<Decision, { ok: true }> }> {
    const preview = await this.routing.preview(facts);
    const { routing } = preview;
    const loaded = { snapshot };
    const dispatched =
      routing.kind === 'dispatch' ? this.workflow.decide(loaded, await this.planner.command(facts, routing, now), SYSTEM, now) : undefined;
    if (dispatched?.ok) return { preview, decision: dispatched };
    const note = dispatched ? `${routing.note}: ${dispatched.error.message}` : routing.note;
    const parked = this.workflow.decide(loaded, { type: 'park', note }, SYSTEM, now);
    if (!parked.ok) throw parked.error;
    return { preview, decision: parked };
  }
}
