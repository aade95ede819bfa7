import { area } from './area';

export const callbacks = area({}, {});
