export * from './buckets.js';
export * from './call-stats.js';
