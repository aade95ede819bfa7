import { area } from './area';

export const operator = area({}, {});
