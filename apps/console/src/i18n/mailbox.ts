import { area } from './area';

export const mailbox = area({}, {});
