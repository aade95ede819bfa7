import type { Params } from 'nestjs-pino';
import type { AuthUser } from '#libs/auth';
import type { Settings } from '#libs/settings';

/**
 * One JSON line per request and per log call. Tokens, passwords and citizens' personal data never
 * reach the logs (DOMAIN.md: logs and exports redact personal data).
 */
export const loggingParams = (appName: string, settings: Settings): Params => ({
  pinoHttp: {
    level: settings.logLevel,
    name: appName,
    redact: {
      paths: [
        'req.headers.authorization',
        'req.headers.cookie',
        'req.body.password',
        'req.body.citizenPhone',
        'req.body.citizenName',
        'res.headers["set-cookie"]',
      ],
      censor: '[redacted]',
    },
    customLogLevel: (_req, res, error) => (error || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'warn' : 'info'),
    // Who asked, on the request's line (the token guard has run by the time it is written): the
    // audit trail of every change an administrator makes.
    customProps: (req) => {
      const user = (req as { user?: AuthUser }).user;
      return user ? { userId: user.id, username: user.username } : {};
    },
  },
});
