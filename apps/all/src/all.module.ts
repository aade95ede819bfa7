import { CallIntakeModule } from '../../call-intake/src/call-intake.module.js';
import { CallbackModule } from '../../callback/src/callback.module.js';
import { MailboxModule } from '../../mailbox/src/mailbox.module.js';
import { RealtimeModule } from '../../realtime/src/realtime.module.js';
import { RoutingModule } from '../../routing/src/routing.module.js';
import { ConsoleModule } from './console.module.js';

/** Every app's features in one process, and the console: the embedded default for one machine (DESIGN.md §2). */
export const ALL_FEATURES = [RoutingModule, CallIntakeModule, MailboxModule, CallbackModule, RealtimeModule, ConsoleModule];
