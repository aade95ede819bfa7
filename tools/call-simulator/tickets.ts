/**
 * The tickets simulated operators register (POST /api/tickets), from the city's own reference data
 * (GET /api/categories, /api/regions): a leaf category, a community's address, the caller's number
 * and the call id. Pure: the randomness is passed in (a stream of its own, so that tickets do not
 * shift the model's draws).
 */
import { pick, weighted, type Rng } from './random.ts';
import type { TicketJob } from './plan.ts';

export interface ReferenceItem {
  readonly code: string;
  readonly name: string;
  readonly parentCode: string | null;
}

export interface Place {
  readonly regionCode: string;
  readonly address: string;
}

export interface TicketCatalogue {
  readonly leaves: readonly ReferenceItem[];
  readonly places: readonly Place[];
}

// 咨询 is 47–70 % of requests (DOMAIN.md, Volumes); the rest in rough proportion.
const REQUEST_TYPES = [
  ['consult', 55],
  ['help', 15],
  ['complaint', 17],
  ['report', 5],
  ['suggestion', 6],
  ['praise', 2],
] as const;

/** Leaf categories, and the deepest regions (communities) named with their street. */
export function ticketCatalogue(categories: readonly ReferenceItem[], regions: readonly ReferenceItem[]): TicketCatalogue {
  const parents = new Set(categories.map((category) => category.parentCode).filter((code) => code !== null));
  const leaves = categories.filter((category) => !parents.has(category.code));
  const byCode = new Map(regions.map((region) => [region.code, region]));
  const deepest = Math.max(0, ...regions.map((region) => region.code.length));
  const places = regions
    .filter((region) => region.code.length === deepest)
    .map((region) => ({ regionCode: region.code, address: `${byCode.get(region.parentCode ?? '')?.name ?? ''}${region.name}` }));
  if (leaves.length === 0 || places.length === 0) throw new Error('the server has no categories or regions to register tickets with');
  return { leaves, places };
}

/** The body of POST /api/tickets for one call. A transferred call's ticket is not routed: it is transferred. */
export function ticketBody(rng: Rng, catalogue: TicketCatalogue, job: TicketJob): Record<string, unknown> {
  const category = pick(rng, catalogue.leaves);
  const place = pick(rng, catalogue.places);
  const address = `${place.address}${1 + Math.floor(rng() * 200)}号`;
  const common = {
    channel: 'phone',
    categoryCode: category.code,
    regionCode: place.regionCode,
    address,
    citizenPhone: job.call.callerNumber,
    callId: job.call.callId,
  };
  if (job.transfer) {
    return {
      ...common,
      requestType: 'help',
      urgency: 'critical',
      title: '紧急警情，已转110',
      content: `来电人称${address}附近正在发生警情，已三方转接110。（模拟来电 ${job.call.callId}）`,
      route: false,
    };
  }
  return {
    ...common,
    requestType: weighted(rng, REQUEST_TYPES),
    title: category.name,
    content: `来电人反映${address}${category.name}问题，请核实处理。（模拟来电 ${job.call.callId}）`,
  };
}
