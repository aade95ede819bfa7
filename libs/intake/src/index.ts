export * from './catalogue.js';
export * from './deadline-clock.js';
export * from './event-row.js';
export * from './intake.module.js';
export * from './refreshing.js';
export * from './ticket-intake.service.js';
export * from './ticket-number.js';
