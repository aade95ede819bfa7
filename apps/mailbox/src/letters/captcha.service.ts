import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import svgCaptcha from 'svg-captcha';
import { invalidField, REDIS } from '#libs/platform';
import { SETTINGS, type Settings } from '#libs/settings';

/** How long a captcha may be answered: long enough to write a letter's last lines, short enough not to pile up. */
const CAPTCHA_TTL_SECONDS = 10 * 60;

/**
 * Image captchas (svg-captcha) whose answers wait in Redis, so any instance can check them; an answer
 * is taken out as it is checked (GETDEL), so each captcha is good for one try.
 */
@Injectable()
export class CaptchaService {
  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) private readonly settings: Settings,
  ) {}

  async create(): Promise<{ id: string; svg: string }> {
    const { data, text } = svgCaptcha.create({ size: 4, noise: 3, ignoreChars: '0oO1ilI' });
    const id = randomUUID();
    await this.redis.set(this.key(id), text.toLowerCase(), 'EX', CAPTCHA_TTL_SECONDS);
    return { id, svg: data };
  }

  /** A 400 naming `captchaAnswer` unless it answers the captcha, which is then used up either way. */
  async verify(id: string, answer: string): Promise<void> {
    const expected = await this.redis.getdel(this.key(id));
    if (expected === null) throw invalidField('captchaAnswer', 'the captcha has expired or was used; ask for a new one');
    if (expected !== answer.toLowerCase()) throw invalidField('captchaAnswer', 'captchaAnswer does not match the captcha');
  }

  /** Where a captcha's answer is kept; tests and benchmarks read it as a person reads the image. */
  key(id: string): string {
    return `${this.settings.redis.prefix}:captcha:${id}`;
  }
}
