import { describe, expect, it } from '@jest/globals';
import { seededRandom } from './random.ts';
import { ticketBody, ticketCatalogue } from './tickets.ts';

const categories = [
  { code: '01', name: '城乡建设', parentCode: null },
  { code: '0101', name: '物业管理', parentCode: '01' },
  { code: '010101', name: '噪音扰民', parentCode: '0101' },
  { code: '010102', name: '电梯故障', parentCode: '0101' },
];
const regions = [
  { code: '379901', name: '海川区', parentCode: null },
  { code: '379901001', name: '海滨街道', parentCode: '379901' },
  { code: '379901001001', name: '望海社区', parentCode: '379901001' },
];
const job = { call: { callId: 'sim-x-000001', callerNumber: '13812345678' }, userId: 5, transfer: false };

describe('tickets', () => {
  it('the leaves of the category tree and the communities, named with their street', () => {
    expect(ticketCatalogue(categories, regions)).toEqual({
      leaves: [categories[2], categories[3]],
      places: [{ regionCode: '379901001001', address: '海滨街道望海社区' }],
    });
  });

  it('refuses a city without categories or regions', () => {
    expect(() => ticketCatalogue([], regions)).toThrow(/no categories or regions/);
  });

  it.each([
    ['a ticket to route', false, { channel: 'phone', regionCode: '379901001001', citizenPhone: '13812345678', callId: 'sim-x-000001' }],
    ['a transferred call’s ticket: not routed, critical', true, { requestType: 'help', urgency: 'critical', route: false, callId: 'sim-x-000001' }],
  ])('%s', (_case, transfer, expected) => {
    const body = ticketBody(seededRandom(1), ticketCatalogue(categories, regions), { ...job, transfer });
    expect(body).toMatchObject(expected);
    expect(['010101', '010102']).toContain(body.categoryCode);
    expect(body.address).toMatch(/^海滨街道望海社区\d+号$/);
    expect(String(body.content)).toContain('sim-x-000001');
    if (!transfer) expect(body).not.toHaveProperty('route');
  });
});
