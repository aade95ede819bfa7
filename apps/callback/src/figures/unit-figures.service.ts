import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { DataScopeService, inScope, type AuthUser } from '#libs/auth';
import { shiftDate, type LocalDate } from '#libs/calendar';
import type { Tier } from '#libs/domain';
import { compositeScore, rankUnits, sumUnitCounts, ticketRates, ZERO_UNIT_COUNTS, type TicketRates, type UnitCounts } from '#libs/metrics';
import { readUnitCounts, rebuildUnitDailyFigures, UnitEntity } from '#libs/persistence';
import { SETTINGS, type Settings } from '#libs/settings';

/** The days a report covers, both included. */
export interface Period {
  readonly from: LocalDate;
  readonly to: LocalDate;
}

/** Counts and the rates made of them. */
export interface Figures {
  readonly counts: UnitCounts;
  readonly rates: TicketRates;
}

export interface UnitFigures extends Figures {
  readonly unitId: number;
  readonly code: string;
  readonly name: string;
  readonly tier: Tier;
  /** 综合评分 of the first-round work, 0–100; null when a rate has no cases. */
  readonly score: number | null;
  /** 重办: redo work, counted apart. */
  readonly redo: Figures;
}

const figuresOf = (counts: UnitCounts): Figures => ({ counts, rates: ticketRates(counts) });

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
      .map((unit) => {
        const firstRound = figuresOf(countsOf(unit.id, false));
        return {
          unitId: unit.id,
          code: unit.code,
          name: unit.name,
          tier: unit.tier,
          ...firstRound,
          score: compositeScore(firstRound.rates, this.settings.scoreWeights),
          redo: figuresOf(countsOf(unit.id, true)),
        };
      });
  }

  /** Each tier's units taken together. */
  async tiers(period: Period, viewer: AuthUser): Promise<(Figures & { tier: Tier; score: number | null; redo: Figures })[]> {
    const units = await this.units(period, viewer);
    const tiers = [...new Set(units.map((unit) => unit.tier))];
    return tiers.map((tier) => {
      const members = units.filter((unit) => unit.tier === tier);
      const firstRound = figuresOf(sumUnitCounts(members.map((unit) => unit.counts)));
      return { tier, ...firstRound, score: compositeScore(firstRound.rates, this.settings.scoreWeights), redo: figuresOf(sumUnitCounts(members.map((unit) => unit.redo.counts))) };
    });
  }

  /** 月度排名: a tier's units by composite score, in grade bands, for the monthly bulletin. */
  async ranking(month: string, tier: Tier, viewer: AuthUser) {
    return rankUnits(await this.units(monthPeriod(month), viewer, tier));
  }

  /** Recounts the days `from`..`to` from the assignments and callbacks. */
  rebuild(period: Period): Promise<number> {
    return rebuildUnitDailyFigures(this.db.manager, period.from, period.to);
  }
}

/** `YYYY-MM` as its first and last day. */
export function monthPeriod(month: string): Period {
  const from = `${month}-01`;
  const next = new Date(Date.parse(from));
  next.setUTCMonth(next.getUTCMonth() + 1);
  return { from, to: shiftDate(next.toISOString().slice(0, 10), -1) };
}
