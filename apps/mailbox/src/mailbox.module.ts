import { Module } from '@nestjs/common';
import { KnowledgeController } from './knowledge/knowledge.controller.js';
import { KnowledgeService } from './knowledge/knowledge.service.js';
import { PublicKnowledgeController } from './knowledge/public-knowledge.controller.js';

/** The mailbox app: the public mayor's mailbox and the knowledge base (issue 7). Letters are still to come. */
@Module({
  controllers: [KnowledgeController, PublicKnowledgeController],
  providers: [KnowledgeService],
})
export class MailboxModule {}
