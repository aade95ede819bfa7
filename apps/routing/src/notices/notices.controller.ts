import { Controller, Get, HttpCode, NotFoundException, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { IsNull, type DataSource } from 'typeorm';
import { CurrentUser, DataScopeService, inScope, type AuthUser } from '#libs/auth';
import { IdParam, QueryNumber } from '#libs/platform';
import { NoticeEntity } from '#libs/persistence';

class NoticeQuery {
  @QueryNumber({ default: 50, max: 200 })
  limit: number = 50;
}

/** 消息: the notices (催办, 督办, …) sent to the caller's units, newest first. */
@ApiTags('notices')
@ApiBearerAuth()
@Controller('notices')
export class NoticesController {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly scope: DataScopeService,
  ) {}

  @Get()
  async list(@Query() query: NoticeQuery, @CurrentUser() user: AuthUser) {
    const scope = await this.scope.scopeOf(user);
    const builder = this.db.getRepository(NoticeEntity).createQueryBuilder('n').orderBy('n.id', 'DESC').take(query.limit);
    if (scope.kind === 'units') builder.where('n.unit_id IN (:...units)', { units: [0, ...scope.unitIds] });
    const [items, unread] = await Promise.all([builder.getMany(), builder.clone().andWhere('n.read_at IS NULL').getCount()]);
    return { unread, items };
  }

  @Post(':id/read')
  @HttpCode(204)
  async read(@IdParam() id: number, @CurrentUser() user: AuthUser): Promise<void> {
    const notice = await this.db.getRepository(NoticeEntity).findOneBy({ id });
    if (!notice || !inScope(await this.scope.scopeOf(user), notice.unitId)) throw new NotFoundException('Not found');
    await this.db.getRepository(NoticeEntity).update({ id, readAt: IsNull() }, { readAt: new Date() });
  }
}
