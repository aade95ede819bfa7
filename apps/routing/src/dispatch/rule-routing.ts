import { Injectable } from '@nestjs/common';
import { resolveRegionalUnit, type DispatchDecision, type RuleAction, type TicketFacts } from '#libs/dispatch-rules';
import { RuleBook } from './rule-book.js';
import { UnitDirectory, type UnitInfo } from './unit-directory.js';

/** What routing does with a ticket: dispatch to units, or leave it to the dispatchers with a reason. */
export type Routing =
  | { readonly kind: 'dispatch'; readonly primary: UnitInfo; readonly assists: readonly UnitInfo[]; readonly note: string }
  | { readonly kind: 'pool'; readonly note: string };

export interface RoutingPreview {
  readonly decision: DispatchDecision;
  readonly routing: Routing;
}

/**
 * Applies the rule book to a ticket's facts and names the units its action points at. `direct` and
 * `transfer` are advice for the operator at intake; a ticket that reaches routing anyway goes to the
 * pool with that advice, because answering or transferring a citizen is a person's act.
 */
@Injectable()
export class RuleRouting {
  constructor(
    private readonly rules: RuleBook,
    private readonly units: UnitDirectory,
  ) {}

  async preview(facts: TicketFacts): Promise<RoutingPreview> {
    const decision = (await this.rules.current()).decide(facts);
    if (!decision.matched) return { decision, routing: { kind: 'pool', note: '没有匹配的派单规则 (no rule matched)' } };
    const rule = `规则 #${decision.rule.id}「${decision.rule.name}」`;
    return { decision, routing: await this.route(decision.action, facts.regionCode, rule) };
  }

  private async route(action: RuleAction, regionCode: string, rule: string): Promise<Routing> {
    switch (action.type) {
      case 'manual':
        return { kind: 'pool', note: `${rule}: ${action.reason}` };
      case 'direct':
        return { kind: 'pool', note: `${rule}: 可直接答复 (answerable at once): ${action.reason}` };
      case 'transfer':
        return { kind: 'pool', note: `${rule}: 应转接 ${action.to} (to be transferred)` };
      case 'dispatch-by-region': {
        const unit = resolveRegionalUnit(regionCode, action.tier, await this.units.lookupRegional());
        return this.toUnits(unit, [], rule, `no ${action.tier} unit for region ${regionCode}`);
      }
      case 'dispatch':
        return this.toUnits(await this.units.byCode(action.unitCode), [], rule, `unit ${action.unitCode} is unknown`);
      case 'co-dispatch': {
        const assists = await Promise.all(action.assistUnitCodes.map((code) => this.units.byCode(code)));
        const missing = action.assistUnitCodes.filter((_, index) => !assists[index]);
        return this.toUnits(
          await this.units.byCode(action.primaryUnitCode),
          assists.filter((unit): unit is UnitInfo => unit !== undefined),
          rule,
          missing.length > 0 ? `assist units ${missing.join(', ')} are unknown` : `unit ${action.primaryUnitCode} is unknown`,
          missing.length === 0,
        );
      }
    }
  }

  /** A rule naming a unit that does not exist (any more) sends the ticket to people, not nowhere. */
  private toUnits(primary: UnitInfo | undefined, assists: readonly UnitInfo[], rule: string, problem: string, complete = true): Routing {
    if (!primary || !complete) return { kind: 'pool', note: `${rule}: ${problem}` };
    return { kind: 'dispatch', primary, assists, note: rule };
  }
}
