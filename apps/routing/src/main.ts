import { bootstrap } from '#libs/platform';
import { RoutingModule } from './routing.module.js';

await bootstrap('routing', [RoutingModule]);
