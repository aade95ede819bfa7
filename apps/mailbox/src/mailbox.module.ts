import { Module } from '@nestjs/common';
import { IntakeModule } from '#libs/intake';
import { QueuesModule } from '#libs/queues';
import { KnowledgeController } from './knowledge/knowledge.controller.js';
import { KnowledgeService } from './knowledge/knowledge.service.js';
import { PublicKnowledgeController } from './knowledge/public-knowledge.controller.js';
import { CaptchaService } from './letters/captcha.service.js';
import { LetterLimits } from './letters/letter-limits.js';
import { LettersService } from './letters/letters.service.js';
import { PublicLettersController } from './letters/public-letters.controller.js';
import { PublicationsController, PublicRepliesController } from './publications/publications.controller.js';
import { PublicationsService } from './publications/publications.service.js';

/**
 * The mailbox app: the public mayor's mailbox (letters, which become tickets routed like any other,
 * and the replies the centre publishes) and the knowledge base.
 */
@Module({
  imports: [QueuesModule.forRoot(), IntakeModule],
  controllers: [KnowledgeController, PublicKnowledgeController, PublicLettersController, PublicationsController, PublicRepliesController],
  providers: [KnowledgeService, CaptchaService, LetterLimits, LettersService, PublicationsService],
})
export class MailboxModule {}
