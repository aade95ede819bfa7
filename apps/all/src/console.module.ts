import { resolve } from 'node:path';
import { ServeStaticModule } from '@nestjs/serve-static';
import { SETTINGS, type Settings } from '#libs/settings';

/**
 * The web console (`apps/console`, built by Vite into `CONSOLE_DIR`) on the API's port. Any path
 * that is not the API's, the health check's or Socket.IO's answers with the single page, so that the
 * console's own routes survive a reload.
 */
export const ConsoleModule = ServeStaticModule.forRootAsync({
  inject: [SETTINGS],
  useFactory: (settings: Settings) => [
    { rootPath: resolve(settings.consoleDir), exclude: ['/api/{*path}', '/health', '/socket.io/{*path}'], serveStaticOptions: { index: 'index.html', maxAge: '1h' } },
  ],
});
