import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { samplingRuleProblems, type SamplingRule } from '#libs/callbacks';
import { Catalogue } from '#libs/intake';
import { CallbackSamplingRuleEntity } from '#libs/persistence';
import { refuseInvalidFields } from '#libs/platform';

/** The sampling rules as stored; an edit applies to the next reply approved. */
@Injectable()
export class SamplingRules {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly catalogue: Catalogue,
  ) {}

  async list(): Promise<SamplingRule[]> {
    const rows = await this.db.getRepository(CallbackSamplingRuleEntity).find({ order: { categoryPrefix: 'ASC', requestType: 'ASC' } });
    return rows.map(({ categoryPrefix, requestType, percent }) => ({ categoryPrefix, requestType, percent }));
  }

  /**
   * Replaces the whole set at once, so that no call sees half of an edit. A set with two rules for
   * one kind of ticket, or a category that does not exist, is refused with 400 naming the rule.
   */
  async replace(rules: readonly SamplingRule[]): Promise<void> {
    const problems = samplingRuleProblems(rules);
    for (const [index, { categoryPrefix }] of rules.entries()) {
      if (categoryPrefix !== '' && !(await this.catalogue.category(categoryPrefix))) {
        problems[`rules.${index}.categoryPrefix`] = [`rules.${index}.categoryPrefix ${categoryPrefix} is not a known category`];
      }
    }
    refuseInvalidFields(problems);
    await this.db.transaction(async (manager) => {
      // DELETE, not TRUNCATE: TRUNCATE commits on its own.
      await manager.createQueryBuilder().delete().from(CallbackSamplingRuleEntity).execute();
      if (rules.length > 0) await manager.insert(CallbackSamplingRuleEntity, rules.map((rule) => ({ ...rule })));
    });
  }
}
