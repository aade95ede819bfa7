import { bootstrap } from '#libs/platform';
import { CallbackModule } from './callback.module.js';

await bootstrap('callback', [CallbackModule]);
