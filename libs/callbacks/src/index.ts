export * from './attempts.js';
export * from './sampling.js';
