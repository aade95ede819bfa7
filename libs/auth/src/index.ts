export * from './access-tokens.js';
export * from './auth-user.js';
export * from './auth.module.js';
export * from './data-scope.js';
export * from './decorators.js';
export * from './password.js';
export * from './phone-mask.js';
export * from './query-code.js';
