import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DeadlineClock } from '#libs/intake';
import { DispatchRuleEntity } from '#libs/persistence';

/**
 * 时限规则: the city's deadline profile as the process runs it. It is chosen by the DEADLINE_POLICY
 * setting at start, so it changes only with a restart; the dispatch rules that give their matters a
 * reply limit of their own change it per matter, without one.
 */
@Injectable()
export class DeadlinePolicyService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly clock: DeadlineClock,
  ) {}

  async describe() {
    const rules = await this.db
      .getRepository(DispatchRuleEntity)
      .createQueryBuilder('rule')
      // JSON_EXTRACT rather than JSON_EXISTS: MySQL has only the former.
      .where("JSON_EXTRACT(rule.action, '$.replyLimit') IS NOT NULL")
      .orderBy('rule.id', 'ASC')
      .getMany();
    return {
      setting: 'DEADLINE_POLICY',
      ...this.clock.policy,
      replyLimitRules: rules.map(({ id, name, enabled, conditions, action }) => ({ id, name, enabled, conditions, replyLimit: action.replyLimit })),
    };
  }
}
