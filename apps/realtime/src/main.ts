import { bootstrap } from '#libs/platform';
import { RealtimeModule } from './realtime.module.js';

await bootstrap('realtime', [RealtimeModule]);
