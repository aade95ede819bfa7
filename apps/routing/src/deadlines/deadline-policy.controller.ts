import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { DeadlinePolicyService } from './deadline-policy.service.js';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('deadline-policy')
export class DeadlinePolicyController {
  constructor(private readonly policy: DeadlinePolicyService) {}

  @Get()
  @Roles('admin', 'dispatcher', 'leader')
  @ApiOperation({
    summary:
      '时限规则: the active deadline profile (chosen by DEADLINE_POLICY, changed by a restart) and the dispatch rules whose action.replyLimit replaces the reply limit of their matters',
  })
  describe() {
    return this.policy.describe();
  }
}
