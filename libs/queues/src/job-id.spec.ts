import { describe, expect, it } from '@jest/globals';
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
});
