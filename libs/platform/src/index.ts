export * from './bootstrap.js';
export * from './call-batches.js';
export * from './input-fields.js';
export * from './platform.module.js';
export * from './query-fields.js';
export * from './redis.provider.js';
export * from './validation.js';
