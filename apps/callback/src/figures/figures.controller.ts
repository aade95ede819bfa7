import { Body, Controller, Get, HttpCode, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { CurrentUser, Roles, type AuthUser } from '#libs/auth';
import { daysFrom } from '#libs/calendar';
import { invalidField } from '#libs/platform';
import { DaysDto, PeriodQueryDto, RankingExportQueryDto, RankingQueryDto } from './figures.dto.js';
import { exportRanking } from './ranking-export.js';
import { UnitFiguresService, type Period } from './unit-figures.service.js';

// A report: a leap year's whole year, and no report that scans years by mistake.
const LONGEST_REPORT_DAYS = 366;
// A rebuild over HTTP: a month, a few seconds for a large city; longer ranges are `npm run db -- rebuild-figures`.
const LONGEST_REBUILD_DAYS = 31;

/** `to` not before `from`, and the span within `longestDays`; else a 400 naming `to`. */
function checkedPeriod({ from, to }: { from: string; to: string }, longestDays: number): Period {
  if (to < from) throw invalidField('to', 'to must not be before from');
  if (daysFrom(from, to) >= longestDays) throw invalidField('to', `to must be within ${longestDays} days of from`);
  return { from, to };
}

/** 三率: the units' ticket figures, the monthly ranking and its export. Unit users see their own subtree. */
@ApiTags('figures')
@ApiBearerAuth()
@Controller('figures')
export class FiguresController {
  constructor(private readonly figures: UnitFiguresService) {}

  @Get('units')
  @Roles('leader', 'admin', 'dispatcher', 'unit_admin', 'unit_handler')
  units(@Query() query: PeriodQueryDto, @CurrentUser() user: AuthUser) {
    return this.figures.units(checkedPeriod(query, LONGEST_REPORT_DAYS), user, query.tier);
  }

  @Get('tiers')
  @Roles('leader', 'admin', 'dispatcher')
  tiers(@Query() query: PeriodQueryDto, @CurrentUser() user: AuthUser) {
    return this.figures.tiers(checkedPeriod(query, LONGEST_REPORT_DAYS), user);
  }

  @Get('ranking')
  @Roles('leader', 'admin', 'dispatcher')
  ranking(@Query() query: RankingQueryDto, @CurrentUser() user: AuthUser) {
    return this.figures.ranking(query.month, query.tier, user);
  }

  @Get('ranking/export')
  @Roles('leader', 'admin', 'dispatcher')
  @ApiProduces('text/csv', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
  async export(@Query() query: RankingExportQueryDto, @CurrentUser() user: AuthUser, @Res({ passthrough: true }) response: Response) {
    const file = await exportRanking(await this.figures.ranking(query.month, query.tier, user), `${query.month}-${query.tier}`, query.format);
    response.setHeader('Content-Type', file.contentType);
    response.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
    return new StreamableFile(file.body);
  }

  /** Recounts up to a month of past days, after a data correction; recent days recount on their own. */
  @Post('rebuild')
  @Roles('admin')
  @HttpCode(200)
  async rebuild(@Body() input: DaysDto) {
    return { days: await this.figures.rebuild(checkedPeriod(input, LONGEST_REBUILD_DAYS)) };
  }
}
