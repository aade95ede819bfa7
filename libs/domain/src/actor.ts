import { ROLES } from './roles.js';

/** Who issues a command: a user in a role, or `system` (the rules engine, timers, SMS callbacks). */
export const ACTOR_ROLES = [...ROLES, 'system'] as const;
export type ActorRole = (typeof ACTOR_ROLES)[number];

export interface Actor {
  readonly role: ActorRole;
  readonly userId?: number;
  /** The unit a unit_handler or unit_admin belongs to. */
  readonly unitId?: number;
}

/** The system itself: routing by the rules, timers, the callback sample. */
export const SYSTEM: Actor = { role: 'system' };
