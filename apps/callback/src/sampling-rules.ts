import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { SamplingRule } from '#libs/callbacks';
import { CallbackSamplingRuleEntity } from '#libs/persistence';

/** The sampling rules as stored; an edit applies to the next reply approved. */
@Injectable()
export class SamplingRules {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(): Promise<SamplingRule[]> {
    const rows = await this.db.getRepository(CallbackSamplingRuleEntity).find({ order: { categoryPrefix: 'ASC', requestType: 'ASC' } });
    return rows.map(({ categoryPrefix, requestType, percent }) => ({ categoryPrefix, requestType, percent }));
  }

  /** Replaces the whole set at once, so that no call sees half of an edit. */
  async replace(rules: readonly SamplingRule[]): Promise<void> {
    await this.db.transaction(async (manager) => {
      // DELETE, not TRUNCATE: TRUNCATE commits on its own.
      await manager.createQueryBuilder().delete().from(CallbackSamplingRuleEntity).execute();
      if (rules.length > 0) await manager.insert(CallbackSamplingRuleEntity, rules.map((rule) => ({ ...rule })));
    });
  }
}
