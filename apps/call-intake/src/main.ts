import { bootstrap } from '#libs/platform';
import { CallIntakeModule } from './call-intake.module.js';

await bootstrap('call-intake', [CallIntakeModule]);
