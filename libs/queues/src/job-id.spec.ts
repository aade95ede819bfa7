import { describe, expect, it } from '@jest/globals';
import { isPlanJobId, planJobId } from './deadline-jobs.js';
import { jobId } from './job-id.js';
import { routeJobId } from './route-job.js';

describe('job ids', () => {
  it('are kind, id and generation: three colon-separated parts, never an integer', () => {
    expect(routeJobId(42, 3)).toBe('route:42:3');
    expect(jobId('reply-due', 7, 1).split(':')).toHaveLength(3);
  });

  it('refuse a kind that would add a fourth part', () => {
    expect(() => jobId('reply:due', 7, 1)).toThrow(/must not contain ':'/);
  });

  it('tell a plan of the deadlines queue from a timer', () => {
    expect(isPlanJobId(planJobId({ subject: 'assignment', id: 41, version: 3 }))).toBe(true);
    expect(isPlanJobId(planJobId({ subject: 'ticket', id: 7, version: 1 }))).toBe(true);
    expect(isPlanJobId('step-warn:41:3')).toBe(false);
    expect(isPlanJobId('sign-due:41:3')).toBe(false);
  });
});
