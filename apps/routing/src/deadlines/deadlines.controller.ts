import { Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { Roles } from '#libs/auth';
import { DeadlineReconciler } from './reconciler.js';

@ApiTags('deadlines')
@ApiBearerAuth()
@Controller('deadlines')
export class DeadlinesController {
  constructor(private readonly reconciler: DeadlineReconciler) {}

  /** After a Redis loss or restore: rebuild every deadline timer from MySQL. */
  @Post('reconcile')
  @HttpCode(200)
  @Roles('admin')
  reconcile() {
    return this.reconciler.reconcile();
  }
}
