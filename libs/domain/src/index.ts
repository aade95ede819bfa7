export * from './roles.js';
export * from './vocabulary.js';
