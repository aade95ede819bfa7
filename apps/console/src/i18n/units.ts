import { area } from './area';

export const units = area({}, {});
