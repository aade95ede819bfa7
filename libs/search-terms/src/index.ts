export * from './search-terms.js';
