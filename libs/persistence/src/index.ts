export * from './data-source.js';
export * from './database-admin.js';
export * from './duplicate-key.js';
export * from './entities/index.js';
export * from './knowledge-search.js';
export * from './knowledge-terms.js';
export * from './like.js';
export * from './unit-figures.js';
