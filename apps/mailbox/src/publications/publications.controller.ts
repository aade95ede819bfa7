import { Controller, Delete, Get, HttpCode, Post, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentUser, Public, Roles, type AuthUser } from '#libs/auth';
import { IdParam } from '#libs/platform';
import { PagedTextQuery } from '../text-query.dto.js';
import { PublicationQuery } from './publication-query.dto.js';
import { PublicationsService } from './publications.service.js';

/** The centre decides which replies are published. */
@ApiTags('publications')
@ApiBearerAuth()
@Roles('dispatcher', 'admin')
@Controller('publications')
export class PublicationsController {
  constructor(private readonly publications: PublicationsService) {}

  @Get()
  @ApiOperation({
    summary: 'Letters the centre may publish (candidate: consented, reply approved, not published; with the redacted copy) or has published',
  })
  list(@Query() query: PublicationQuery) {
    return this.publications.centreList(query);
  }

  @Post(':ticketId')
  @ApiOperation({ summary: '公开: publish a ticket’s approved reply, personal data redacted; answers the published copy' })
  @ApiConflictResponse({ description: 'No consent, no approved reply yet, or already published' })
  publish(@IdParam('ticketId') ticketId: number, @CurrentUser() user: AuthUser) {
    return this.publications.publish(ticketId, user);
  }

  @Delete(':ticketId')
  @HttpCode(204)
  @ApiOperation({ summary: '撤回: take a publication off the public list' })
  withdraw(@IdParam('ticketId') ticketId: number) {
    return this.publications.withdraw(ticketId);
  }
}

/** The public list of published replies: no login. */
@ApiTags('public mailbox')
@Public()
@Controller('public/replies')
export class PublicRepliesController {
  constructor(private readonly publications: PublicationsService) {}

  @Get()
  @ApiOperation({ summary: 'Published letters and replies, newest first, by text and category' })
  list(@Query() query: PagedTextQuery) {
    return this.publications.list(query);
  }
}
