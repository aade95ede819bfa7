import { area } from './area';

export const admin = area({}, {});
