export * from './data-source.js';
export * from './database-admin.js';
export * from './entities/index.js';
