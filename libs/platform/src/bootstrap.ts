import { Module, type INestApplication, type ModuleMetadata, type Type } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { IoAdapter } from '@nestjs/platform-socket.io';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { Logger } from 'nestjs-pino';
import { loadSettings, type Settings } from '#libs/settings';
import { PlatformModule } from './platform.module.js';
import { validationPipe } from './validation.js';

/** The root module of one process: the platform once, then the features of each app it runs. */
export function rootModule(appName: string, features: ModuleMetadata['imports'], settings: Settings): Type {
  @Module({ imports: [PlatformModule.forRoot(appName, settings), ...(features ?? [])] })
  class RootModule {}
  return RootModule;
}

/** Everything about the HTTP surface that a module cannot declare; shared by main.ts and e2e tests. */
export function configureApp(app: INestApplication, appName: string): INestApplication {
  app.useLogger(app.get(Logger));
  app.setGlobalPrefix('api', { exclude: ['health'] });
  app.useGlobalPipes(validationPipe());
  app.enableShutdownHooks();
  // Socket.IO on the same port as the API, for the apps that have a gateway.
  app.useWebSocketAdapter(new IoAdapter(app));
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle(`12345 hotline — ${appName}`)
      .setDescription('政务服务便民热线 API. Authenticate with POST /api/auth/login, then send the token as a bearer token.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document);
  return app;
}

export async function bootstrap(appName: string, features: ModuleMetadata['imports']): Promise<INestApplication> {
  const settings = loadSettings();
  // The raw body too: call events are signed over their exact bytes.
  const app = await NestFactory.create(rootModule(appName, features, settings), { bufferLogs: true, rawBody: true });
  configureApp(app, appName);
  await app.listen(settings.port, settings.host);
  app.get(Logger).log(`${appName} listening on ${await app.getUrl()}`);
  return app;
}
