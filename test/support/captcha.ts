import { Redis } from 'ioredis';
import type { Settings } from '#libs/settings';
import type { TestApp } from './test-app.js';

/** A captcha's answer, read where the app keeps it: what a person reading the image would type. */
export async function captchaAnswer(settings: Settings, id: string): Promise<string> {
  const redis = new Redis(settings.redis.url);
  try {
    return (await redis.get(`${settings.redis.prefix}:captcha:${id}`))!;
  } finally {
    redis.disconnect();
  }
}

/** A new captcha from the public API, with its image, answered. */
export async function answeredCaptcha(t: Pick<TestApp, 'http' | 'settings'>): Promise<{ captchaId: string; captchaAnswer: string; svg: string }> {
  const { body } = await t.http().get('/api/public/captcha').expect(200);
  return { captchaId: body.id, captchaAnswer: await captchaAnswer(t.settings, body.id), svg: body.svg };
}
