export * from './search-terms.js';
export * from './similarity.js';
