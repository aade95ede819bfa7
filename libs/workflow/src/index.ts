export * from './actor.js';
export * from './notice-text.js';
export * from './pick-assignment.js';
export * from './snapshot.js';
export * from './ticket-store.js';
export * from './workflow-errors.js';
export * from './workflow.module.js';
export * from './workflow.service.js';
