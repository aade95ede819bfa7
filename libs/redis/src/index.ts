export * from './connections.js';
export * from './redis-error-log.js';
