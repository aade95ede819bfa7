export * from './buckets.js';
export * from './call-board.js';
export * from './call-stats.js';
