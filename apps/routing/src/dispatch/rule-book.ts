import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { compileRules, type CompiledRuleSet, type DispatchRule } from '#libs/dispatch-rules';
import { DispatchRuleEntity } from '#libs/persistence';

/** How often an instance asks MySQL whether the rules changed: a rule edit reaches every instance within it. */
const CHECK_EVERY_MS = 1_000;

/**
 * The dispatch rules, compiled into an index. Rules are data in MySQL; a cheap fingerprint query tells
 * when another instance (or this one) changed them, and the set is compiled again — no restart.
 */
@Injectable()
export class RuleBook {
  private compiled: { set: CompiledRuleSet; fingerprint: string } | null = null;
  private checkedAt = 0;

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async current(): Promise<CompiledRuleSet> {
    if (this.compiled && Date.now() - this.checkedAt < CHECK_EVERY_MS) return this.compiled.set;
    const fingerprint = await this.fingerprint();
    this.checkedAt = Date.now();
    if (this.compiled?.fingerprint !== fingerprint) {
      const rows = await this.db.getRepository(DispatchRuleEntity).find();
      this.compiled = { set: compileRules(rows.map(toRule)), fingerprint };
    }
    return this.compiled.set;
  }

  /** After a local edit: compile on the next decision rather than up to a second later. */
  invalidate(): void {
    this.checkedAt = 0;
  }

  private async fingerprint(): Promise<string> {
    const [row] = await this.db.query(
      'SELECT COUNT(*) AS n, COALESCE(SUM(version), 0) AS v, COALESCE(MAX(id), 0) AS m, MAX(updated_at) AS u FROM dispatch_rules',
    );
    return JSON.stringify(row);
  }
}

export const toRule = ({ id, name, priority, enabled, conditions, action }: DispatchRuleEntity): DispatchRule => ({
  id,
  name,
  priority,
  enabled,
  conditions,
  action,
});
