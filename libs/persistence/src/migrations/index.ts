import { InitialSchema1763900000000 } from './1763900000000-initial-schema.js';

/** Every migration, oldest first. Listed, not globbed, so bundling and ES modules need no file scan. */
export const MIGRATIONS = [InitialSchema1763900000000];
