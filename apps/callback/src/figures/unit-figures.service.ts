import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DataScopeService, inScope, type AuthUser } from '#libs/auth';
import { monthDays, type LocalDate } from '#libs/calendar';
import type { Tier } from '#libs/domain';
import { combinedFigures, rankUnits, roundFigures, ZERO_UNIT_COUNTS, type RoundFigures } from '#libs/metrics';
import { readUnitCounts, rebuildUnitDailyFigures, UnitEntity } from '#libs/persistence';
import { SETTINGS, type Settings } from '#libs/settings';

/** The days a report covers, both included. */
export interface Period {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

export interface UnitFigures extends RoundFigures {
  readonly unitId: number;
  readonly code: string;
  readonly name: string;
  readonly tier: Tier;
}

/**
 * The three rates and the rest of the ticket figures (DOMAIN.md), per unit and per tier, for any
 * range of days, read from the daily unit figures; the formulas are libs/metrics'.
 */
@Injectable()
export class UnitFiguresService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly scopes: DataScopeService,
  ) {}

  /** Every unit the viewer may see, active or not, with its figures over the period (zero if none). */
  async units(period: Period, viewer: AuthUser, tier?: Tier): Promise<UnitFigures[]> {
    const [units, rows, scope] = await Promise.all([
      this.db.getRepository(UnitEntity).find({ select: { id: true, code: true, name: true, tier: true }, where: tier ? { tier } : {}, order: { code: 'ASC' } }),
      readUnitCounts(this.db.manager, period.from, period.to),
      this.scopes.scopeOf(viewer),
    ]);
    const byUnit = new Map(rows.map((row) => [`${row.unitId}:${row.redo}`, row.counts]));
    const countsOf = (unitId: number, redo: boolean) => byUnit.get(`${unitId}:${redo}`) ?? ZERO_UNIT_COUNTS;
    return units
      .filter((unit) => inScope(scope, unit.id))
      .map((unit) => ({
        unitId: unit.id,
        code: unit.code,
        name: unit.name,
        tier: unit.tier,
        ...roundFigures(countsOf(unit.id, false), countsOf(unit.id, true), this.settings.scoreWeights),
      }));
  }

  /** Each tier's units taken together. */
  async tiers(period: Period, viewer: AuthUser): Promise<(RoundFigures & { tier: Tier })[]> {
    const units = await this.units(period, viewer);
    const tiers = [...new Set(units.map((unit) => unit.tier))];
    return tiers.map((tier) => ({ tier, ...combinedFigures(units.filter((unit) => unit.tier === tier), this.settings.scoreWeights) }));
  }

  /** 月度排名: a tier's units by composite score, in grade bands, for the monthly bulletin. */
  async ranking(month: string, tier: Tier, viewer: AuthUser) {
    return rankUnits(await this.units(monthDays(month), viewer, tier));
  }

  /** Recounts the days `from`..`to` from the assignments and callbacks. */
  rebuild(period: Period): Promise<number> {
    return rebuildUnitDailyFigures(this.db.manager, period.from, period.to);
  }
}
