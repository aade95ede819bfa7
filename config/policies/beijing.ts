import { naturalDays, type DeadlinePolicy } from '#libs/deadlines';
import { guangdong } from './guangdong.js';

/** Beijing-style (接诉即办): reply limits in natural days, 7 for a consultation and 15 for the rest; otherwise the default. */
export const beijing: DeadlinePolicy = {
  ...guangdong,
  name: 'beijing',
  replyDue: {
    ...guangdong.replyDue,
    byRequestType: {
      consult: naturalDays(7),
      help: naturalDays(15),
      suggestion: naturalDays(15),
      complaint: naturalDays(15),
      report: naturalDays(15),
      praise: naturalDays(15),
    },
  },
};
