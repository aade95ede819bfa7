import { expect } from '@jest/globals';
import type { Response } from 'supertest';
import { DataSource, type EntityTarget, type ObjectLiteral, type Repository } from 'typeorm';
import type { TestApp } from './test-app.js';
import { authed, type Authed } from './tickets.js';

/** The requests and checks the administration specs (units, regions, categories, users) share, on the app `t`. */
export function administration(t: TestApp) {
  const rows = <Entity extends ObjectLiteral>(entity: EntityTarget<Entity>): Repository<Entity> => t.app.get(DataSource).getRepository(entity);
  return {
    rows,
    /** A request as the demo administrator. */
    asAdmin: (build: Parameters<typeof authed>[2]): Authed => authed(t, 'admin1', build),
    /**
     * A write refused with `status` (400 bad input, 409 taken), its answer naming exactly `field`, and no
     * row of `entity` added. The request goes out only when awaited, after the rows are counted.
     */
    refusedUnwritten: async (entity: EntityTarget<ObjectLiteral>, request: Authed, status: 400 | 409, field: string): Promise<Response> => {
      const before = await rows(entity).count();
      const response = await request.expect(status);
      expect(Object.keys(response.body.fields)).toEqual([field]);
      expect(await rows(entity).count()).toBe(before);
      return response;
    },
  };
}
