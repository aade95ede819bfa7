import { bootstrap } from '#libs/platform';
import { MailboxModule } from './mailbox.module.js';

await bootstrap('mailbox', [MailboxModule]);
