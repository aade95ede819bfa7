/** Tickets of the demo city, registered over HTTP as an operator would, and how far routing got. */
import type { Agent } from 'node:http';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Pool, RowDataPacket } from 'mysql2/promise';
import { DEMO_PASSWORD } from '#config/demo-city';
import { Failures, send } from './http.ts';
import { format } from './report.ts';

export const OPERATOR = { username: 'operator1', password: DEMO_PASSWORD };
export const ADMIN = { username: 'admin1', password: DEMO_PASSWORD };
export const LEADER = { username: 'leader1', password: DEMO_PASSWORD };

// Demo-city leaves (config/demo-city/categories.ts), half 属地 and half a department's duty, with the
// title and text an operator would write; and communities of every district (regions.ts).
const CATEGORIES = [
  { code: '010101', title: '夜间施工噪音扰民', content: '小区旁工地每晚十一点后仍在施工，影响休息。' },
  { code: '010301', title: '工地夜间违规施工', content: '工地夜间打桩，噪音很大，希望核实处理。' },
  { code: '020101', title: '垃圾清运不及时', content: '小区门口垃圾桶已满三天无人清运，气味很大。' },
  { code: '020202', title: '道路破损', content: '路口人行道砖块松动破损，老人经过容易摔倒。' },
  { code: '030102', title: '餐饮油烟扰民', content: '楼下饭店油烟直排，家里窗户都不敢开。' },
  { code: '060101', title: '公司拖欠工资', content: '公司拖欠两个月工资，多次讨要未果。' },
  { code: '120101', title: '小区停水', content: '小区从早上开始停水，没有提前通知。' },
  { code: '100401', title: '邻里纠纷', content: '楼上住户长期在阳台堆放杂物，协商无果。' },
] as const;
const COMMUNITIES = ['379901001001', '379901002002', '379902003001', '379903001003', '379904002002'] as const;
const ADDRESSES = ['海滨街道望海社区滨海路18号', '中山路街道文华社区文华路6号', '蓝湾街道港湾大道99号', '东湖街道柳岸小区3栋', '青石镇石门村二组'];
const REQUEST_TYPES = ['complaint', 'complaint', 'complaint', 'help', 'report', 'consult'] as const;
const CHANNELS = ['phone', 'phone', 'phone', 'app', 'web'] as const;

let ticketSerial = 0;
/** The next registration of a fixed cycle over categories, places, request types and channels. */
export function nextTicket(): Record<string, string> {
  const serial = ticketSerial++;
  const category = CATEGORIES[serial % CATEGORIES.length]!;
  const place = Math.floor(serial / CATEGORIES.length) % COMMUNITIES.length;
  return {
    channel: CHANNELS[serial % CHANNELS.length]!,
    requestType: REQUEST_TYPES[serial % REQUEST_TYPES.length]!,
    categoryCode: category.code,
    regionCode: COMMUNITIES[place]!,
    address: ADDRESSES[place]!,
    title: category.title,
    content: category.content,
    citizenName: '王小明',
    citizenPhone: `138${String(serial % 100_000_000).padStart(8, '0')}`,
  };
}

export interface Outcome {
  ids: number[];
  latencies: number[];
  failures: Failures;
}
export const newOutcome = (): Outcome => ({ ids: [], latencies: [], failures: new Failures() });

/** POSTs one ticket; on 201 records its id and the time since `dueAt` (performance.now()). */
export async function register(agent: Agent, port: number, token: string, dueAt: number, outcome: Outcome): Promise<void> {
  try {
    const reply = await send(agent, port, 'POST', '/api/tickets', nextTicket(), token);
    const elapsed = performance.now() - dueAt;
    if (reply.status === 201) {
      outcome.ids.push((JSON.parse(reply.body) as { id: number }).id);
      outcome.latencies.push(elapsed);
    } else {
      outcome.failures.add(`HTTP ${reply.status}`, reply.body);
    }
  } catch (error) {
    outcome.failures.addError(error);
  }
}

/** Polls until none of the tickets from `fromId` on is still `registered`; returns how many are left. */
export async function waitUntilRouted(pool: Pool, fromId: number, timeoutMs: number): Promise<number> {
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    const left = await registeredFrom(pool, fromId);
    if (left === 0 || performance.now() >= deadline) return left;
    await sleep(100);
  }
}
export async function registeredFrom(pool: Pool, fromId: number): Promise<number> {
  const [rows] = await pool.query<RowDataPacket[]>("SELECT COUNT(*) AS n FROM tickets WHERE status = 'registered' AND id >= ?", [fromId]);
  return Number(rows[0]!.n);
}

/** Tickets routed (a `dispatched` or `parked` event) among ids fromId..toId, and when the last was. */
export async function routedBetween(pool: Pool, fromId: number, toId: number): Promise<{ routed: number; last: Date | null }> {
  const [rows] = await pool.query<RowDataPacket[]>(
    "SELECT COUNT(DISTINCT ticket_id) AS routed, MAX(occurred_at) AS last FROM ticket_events WHERE type IN ('dispatched', 'parked') AND ticket_id BETWEEN ? AND ?",
    [fromId, toId],
  );
  return { routed: Number(rows[0]!.routed), last: (rows[0]!.last as Date | null) ?? null };
}

/** `dispatched 1,234, parked 56`: the tickets of ids fromId..toId by status. */
export async function statusesOf(pool: Pool, fromId: number, toId: number): Promise<string> {
  const [rows] = await pool.query<RowDataPacket[]>('SELECT status, COUNT(*) AS n FROM tickets WHERE id BETWEEN ? AND ? GROUP BY status ORDER BY n DESC', [
    fromId,
    toId,
  ]);
  return rows.map((row) => `${row.status} ${format(Number(row.n))}`).join(', ') || 'none';
}
