import { Injectable, Logger } from '@nestjs/common';
import type { TicketFacts } from '#libs/dispatch-rules';
import { SYSTEM, type Decision, type TicketSnapshot } from '#libs/domain';
import { callBatches } from '#libs/platform';
import type { RouteJob } from '#libs/queues';
import { DispatchPlanner } from './dispatch-planner.js';
import { RuleRouting, type RoutingPreview } from './rule-routing.js';
import { factsOf } from './ticket-facts.js';
import { DueFacts } from '#libs/intake';
import { TicketStore, WorkflowService, type LoadedTicket } from '#libs/workflow';

export type RouteOutcome = 'dispatched' | 'parked' | 'skipped';

/** Route jobs worked together: up to the dispatch worker's concurrency (route.processor.ts). */
export const ROUTE_BATCH = 32;

type Decided = { loaded: LoadedTicket; decision: Extract<Decision, { ok: true }> };

/**
 * The `route` job: dispatch a registered ticket by the rules, or park it in the dispatchers' pool.
 * Idempotent: it acts only on the ticket version it was queued for, so a repeated or late job is a no-op.
 * Jobs running at the same time are loaded and stored together (`callBatches`).
 */
@Injectable()
export class RouteService {
  private readonly logger = new Logger(RouteService.name);
  private readonly batches = callBatches<RouteJob, RouteOutcome>((jobs) => this.routeMany(jobs), ROUTE_BATCH);

  constructor(
    private readonly store: TicketStore,
    private readonly workflow: WorkflowService,
    private readonly routing: RuleRouting,
    private readonly planner: DispatchPlanner,
  ) {}

  route(ticketId: number, version: number): Promise<RouteOutcome> {
    return this.batches.load({ ticketId, version });
  }

  private async routeMany(jobs: readonly RouteJob[]): Promise<(RouteOutcome | Error)[]> {
    const tickets = await this.store.loadMany(jobs.map((job) => job.ticketId));
    const now = new Date();
    const outcomes: (RouteOutcome | Error)[] = [];
    const decided: (Decided & { index: number })[] = [];
    for (const [index, { ticketId, version }] of jobs.entries()) {
      const loaded = tickets.get(ticketId);
      if (!loaded || loaded.ticket.status !== 'registered' || loaded.ticket.version !== version) {
        outcomes[index] = 'skipped';
        continue;
      }
      try {
        const { decision } = await this.decide(loaded.snapshot, factsOf(loaded.ticket), now);
        decided.push({ index, loaded, decision });
        outcomes[index] = decision.events[0]!.type === 'parked' ? 'parked' : 'dispatched';
      } catch (error) {
        outcomes[index] = error as Error; // this job fails and is retried; the others go on
      }
    }
    const saved = decided.length > 0 ? await this.workflow.commitMany(decided) : [];
    decided.forEach(({ index, loaded }, position) => {
      if (saved[position]) return;
      this.logger.log(`ticket ${loaded.ticket.id} changed while it was being routed; left as it is`);
      outcomes[index] = 'skipped';
    });
    return outcomes;
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
