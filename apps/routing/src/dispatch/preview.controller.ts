import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { describeDecision } from '#libs/dispatch-rules';
import { invalidField } from '#libs/platform';
import { PreviewDto } from './preview.dto.js';
import { RouteService } from './route.service.js';
import { Catalogue } from '#libs/intake';

const unitView = (unit: { id: number; code: string; name: string; tier: string }) => ({ id: unit.id, code: unit.code, name: unit.name, tier: unit.tier });

/**
 * "Where would this go, and why?": the operator's form asks before registering, and administrators
 * test rules with it. It runs the same path as the route job, state machine included, and writes nothing.
 */
@ApiTags('dispatch rules')
@ApiBearerAuth()
@Controller('dispatch')
export class PreviewController {
  constructor(
    private readonly routes: RouteService,
    private readonly catalogue: Catalogue,
  ) {}

  @Post('preview')
  @HttpCode(200)
  @Roles('operator', 'dispatcher', 'admin')
  async preview(@Body() facts: PreviewDto) {
    const category = await this.catalogue.category(facts.categoryCode);
    if (!category) throw invalidField('categoryCode', `categoryCode ${facts.categoryCode} is not a known category`);
    const snapshot = { status: 'registered', version: 1, departmentDuty: category.departmentDuty, failedDispatchRounds: 0, assignments: [] } as const;
    const { preview, decision } = await this.routes.decide(snapshot, facts, new Date());
    const { routing } = preview;
    const dispatched = decision.events[0]?.type === 'dispatched' && routing.kind === 'dispatch';
    return {
      decision: preview.decision,
      explanation: describeDecision(preview.decision),
      outcome: dispatched
        ? { kind: 'dispatch', primary: unitView(routing.primary), assists: routing.assists.map(unitView), note: routing.note }
        : { kind: 'pool', note: decision.events[0]?.note ?? routing.note },
    };
  }
}
