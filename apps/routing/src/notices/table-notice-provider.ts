import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { NoticeEntity } from '#libs/persistence';
import type { NoticeJob } from '#libs/queues';
import type { NoticeProvider } from './notice-provider.js';

/** The default provider: the notice becomes a row of `notices`, once, however often it is delivered. */
@Injectable()
export class TableNoticeProvider implements NoticeProvider {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async deliver(notice: NoticeJob): Promise<void> {
    await this.db
      .createQueryBuilder()
      .insert()
      .into(NoticeEntity)
      .values({
        unitId: notice.unitId,
        ticketId: notice.ticketId,
        assignmentId: notice.assignmentId,
        kind: notice.kind,
        title: notice.title,
        body: notice.body,
        dedupeKey: `event:${notice.eventId}:unit:${notice.unitId}`,
      })
      .orIgnore()
      .execute();
  }
}
