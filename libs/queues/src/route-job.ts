import { jobId } from './job-id.js';

/** `dispatch` queue, job `route`: evaluate the rules for a ticket as it was at `version`. */
export interface RouteJob {
  ticketId: number;
  version: number;
}

export const ROUTE_JOB = 'route';

export const routeJobId = (ticketId: number, version: number): string => jobId(ROUTE_JOB, ticketId, version);
