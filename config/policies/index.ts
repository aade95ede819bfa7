import type { DeadlinePolicy } from '#libs/deadlines';
import { beijing } from './beijing.js';
import { drill } from './drill.js';
import { guangdong } from './guangdong.js';

/** The deadline profiles a city can pick, by name. */
export const POLICIES = { guangdong, beijing, drill } as const satisfies Readonly<Record<string, DeadlinePolicy>>;
export type PolicyName = keyof typeof POLICIES;

export const DEFAULT_POLICY_NAME: PolicyName = 'guangdong';
