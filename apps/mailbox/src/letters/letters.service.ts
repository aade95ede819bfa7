import { timingSafeEqual } from 'node:crypto';
import { Inject, Injectable, NotFoundException } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { queryCodeHash } from '#libs/auth';
import { SYSTEM } from '#libs/domain';
import { TicketIntakeService } from '#libs/intake';
import { TicketEntity, TicketEventEntity } from '#libs/persistence';
import { SETTINGS, type Settings } from '#libs/settings';
import { CaptchaService } from './captcha.service.js';
import { LetterLimits } from './letter-limits.js';
import { approvedReply } from './approved-reply.js';
import { letterView, type LetterView } from './letter-view.js';
import type { FollowLetterDto, SubmitLetterDto } from './letter.dto.js';

/** Compared with when the number is unknown, so an unknown number takes as long as a wrong code. */
const NO_HASH = '0'.repeat(64);

/** 市长信箱: a letter becomes a ticket of channel `mailbox` and is routed like any other. */
@Injectable()
export class LettersService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(SETTINGS) private readonly settings: Settings,
    private readonly intake: TicketIntakeService,
    private readonly captcha: CaptchaService,
    private readonly limits: LetterLimits,
  ) {}

  async submit(letter: SubmitLetterDto, ip: string): Promise<{ number: string; queryCode: string }> {
    await this.captcha.verify(letter.captchaId, letter.captchaAnswer);
    await this.limits.letter(ip, letter.phone);
    const { number, queryCode } = await this.intake.register(
      {
        channel: 'mailbox',
        requestType: letter.requestType,
        categoryCode: letter.categoryCode,
        regionCode: letter.regionCode,
        address: letter.address,
        title: letter.title,
        content: letter.content,
        citizenName: letter.name,
        citizenPhone: letter.phone,
        citizenEmail: letter.email,
        publishConsent: letter.agreeToPublish,
      },
      { actor: SYSTEM, ownerUserId: null },
    );
    return { number, queryCode };
  }

  /** A wrong code and an unknown number get the same 404, and both count towards the lock-out. */
  async follow({ number, queryCode }: FollowLetterDto, ip: string): Promise<LetterView> {
    await this.limits.requireFollowAllowed(number, ip);
    const ticket = await this.db.getRepository(TicketEntity).findOneBy({ number, channel: 'mailbox' });
    const given = Buffer.from(queryCodeHash(this.settings.jwt.secret, number, queryCode), 'hex');
    if (!timingSafeEqual(given, Buffer.from(ticket?.queryCodeHash ?? NO_HASH, 'hex')) || !ticket) {
      await this.limits.followFailed(number, ip);
      throw new NotFoundException('no letter with this number and query code');
    }
    await this.limits.followSucceeded(number);
    const [events, reply] = await Promise.all([
      this.db.getRepository(TicketEventEntity).find({ select: { type: true, occurredAt: true }, where: { ticketId: ticket.id }, order: { id: 'ASC' } }),
      approvedReply(this.db.manager, ticket),
    ]);
    return letterView(ticket, events, reply);
  }
}
