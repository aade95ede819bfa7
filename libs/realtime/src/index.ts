export * from './coalescer.js';
export * from './counters-pusher.js';
export * from './figures.js';
export * from './pushes.js';
export * from './realtime-publisher.module.js';
export * from './rooms.js';
export * from './socket-emitter.js';
