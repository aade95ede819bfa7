import { Module } from '@nestjs/common';

/** The mailbox app: the public mayor's mailbox and the knowledge base (issue 7). Until then it serves only /health. */
@Module({})
export class MailboxModule {}
