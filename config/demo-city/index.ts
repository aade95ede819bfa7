import { articles } from './articles.js';
import { categories } from './categories.js';
import { regions } from './regions.js';
import { rules } from './rules.js';
import type { DemoCity } from './types.js';
import { units } from './units.js';
import { users } from './users.js';

export type * from './types.js';
export { DEMO_PASSWORD } from './users.js';

/** 滨海市, a fictional city: the data the seeder inserts for demonstrations and end-to-end tests. */
export const demoCity: DemoCity = { regions, units, categories, users, rules, articles };
export * from './seed.js';
