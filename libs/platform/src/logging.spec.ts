import { describe, expect, it } from '@jest/globals';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { loadSettings } from '#libs/settings';
import { loggingParams } from './logging.js';

describe('request log lines', () => {
  const customProps = (loggingParams('test', loadSettings({})).pinoHttp as { customProps: (req: IncomingMessage, res: ServerResponse) => object }).customProps;
  const request = (user?: object) => ({ user }) as unknown as IncomingMessage;

  it('name the signed-in user who made the request, for the audit of changes', () => {
    expect(customProps(request({ id: 7, username: 'admin1', role: 'admin' }), {} as ServerResponse)).toEqual({ userId: 7, username: 'admin1' });
  });

  it('name no one for an anonymous request', () => {
    expect(customProps(request(), {} as ServerResponse)).toEqual({});
  });
});
