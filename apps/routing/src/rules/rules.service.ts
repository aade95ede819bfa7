import { Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { ruleProblems, unitCodesOf } from '#libs/dispatch-rules';
import { refuseInvalidFields, type FieldMessages } from '#libs/platform';
import { DispatchRuleEntity } from '#libs/persistence';
import { RuleBook } from '../dispatch/rule-book.js';
import { UnitDirectory } from '../dispatch/unit-directory.js';
import type { RuleDto } from './rule.dto.js';

/** 派单规则 administration. Every change reaches routing on every instance without a restart (RuleBook). */
@Injectable()
export class RulesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly book: RuleBook,
    private readonly units: UnitDirectory,
  ) {}

  list(): Promise<DispatchRuleEntity[]> {
    return this.db.getRepository(DispatchRuleEntity).find({ order: { id: 'ASC' } });
  }

  async get(id: number): Promise<DispatchRuleEntity> {
    const rule = await this.db.getRepository(DispatchRuleEntity).findOneBy({ id });
    if (!rule) throw new NotFoundException(`No dispatch rule ${id}`);
    return rule;
  }

  async create(input: RuleDto): Promise<DispatchRuleEntity> {
    await this.requireValid(input);
    const saved = await this.db.getRepository(DispatchRuleEntity).save(this.columns(input));
    this.book.invalidate();
    return this.get(saved.id);
  }

  async replace(id: number, input: RuleDto): Promise<DispatchRuleEntity> {
    const rule = await this.get(id);
    await this.requireValid(input);
    await this.db.getRepository(DispatchRuleEntity).update({ id }, { ...this.columns(input), version: rule.version + 1 });
    this.book.invalidate();
    return this.get(id);
  }

  async remove(id: number): Promise<void> {
    const { affected } = await this.db.getRepository(DispatchRuleEntity).delete({ id });
    if (affected !== 1) throw new NotFoundException(`No dispatch rule ${id}`);
    this.book.invalidate();
  }

  private columns(input: RuleDto) {
    const { name, priority, enabled, conditions, action } = input;
    return { name, priority, enabled, conditions, action };
  }

  /** The rules library's checks, then that every unit it names exists: 400 naming the field. */
  private async requireValid(input: RuleDto): Promise<void> {
    const fields: FieldMessages = {};
    for (const { field, message } of ruleProblems(input)) (fields[field] ??= []).push(`${field} ${message}`);
    if (Object.keys(fields).length === 0) {
      const codes = unitCodesOf(input.action);
      const known = await Promise.all(codes.map((code) => this.units.byCode(code)));
      const unknown = codes.filter((_, index) => !known[index]);
      if (unknown.length > 0) fields.action = [`action names unknown units: ${unknown.join(', ')}`];
    }
    refuseInvalidFields(fields);
  }
}
