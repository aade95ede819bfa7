import { Inject, Injectable } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { REDIS } from '#libs/platform';
import { SETTINGS, type Settings } from '#libs/settings';

/**
 * 回访员 ready for calls, as a Redis list shared by every instance: a task goes to the head of the
 * list, which moves to the tail, so agents take tasks in turn (as omnichannel helpdesks route work).
 */
@Injectable()
export class ReadyAgents {
  private readonly key: string;

  constructor(
    @Inject(REDIS) private readonly redis: Redis,
    @Inject(SETTINGS) settings: Settings,
  ) {
    this.key = `${settings.redis.prefix}:callbacks:ready`;
  }

  /** Joins at the tail: an agent coming back does not jump the queue. */
  async ready(agentId: number): Promise<void> {
    await this.redis.multi().lrem(this.key, 0, agentId).rpush(this.key, agentId).exec();
  }

  async away(agentId: number): Promise<void> {
    await this.redis.lrem(this.key, 0, agentId);
  }

  async isReady(agentId: number): Promise<boolean> {
    return (await this.redis.lpos(this.key, String(agentId))) !== null;
  }

  /** The agent whose turn it is, moved to the back; undefined when nobody is ready. */
  async next(): Promise<number | undefined> {
    const id = await this.redis.lmove(this.key, this.key, 'LEFT', 'RIGHT');
    return id === null ? undefined : Number(id);
  }
}
