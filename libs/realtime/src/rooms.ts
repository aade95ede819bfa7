import { isUnitRole, type Role } from '#libs/domain';

/** Socket.IO rooms: who hears what. A socket is put in its rooms at connection, never on request. */
export const ROOMS = {
  user: (userId: number) => `user:${userId}`,
  unit: (unitId: number) => `unit:${unitId}`,
  /** Operators, dispatchers, callback agents and administrators: the centre's pool and every ticket event. */
  center: 'center',
  /** Leaders' dashboards: figures only. */
  leaders: 'leaders',
} as const;

const CENTRE_DESK: readonly Role[] = ['operator', 'dispatcher', 'callback_agent', 'admin'];
const FIGURE_WATCHERS: readonly Role[] = ['leader', 'admin'];

/**
 * The rooms a user's socket joins. A unit handler hears their own unit; a unit admin also the units
 * below it (`scopeUnitIds`, their data scope), whose work they oversee.
 */
export function roomsOf(user: { id: number; role: Role; unitId: number | null }, scopeUnitIds: readonly number[]): string[] {
  const rooms = [ROOMS.user(user.id)];
  if (user.role === 'unit_admin') rooms.push(...scopeUnitIds.map(ROOMS.unit));
  else if (isUnitRole(user.role) && user.unitId !== null) rooms.push(ROOMS.unit(user.unitId));
  if (CENTRE_DESK.includes(user.role)) rooms.push(ROOMS.center);
  if (FIGURE_WATCHERS.includes(user.role)) rooms.push(ROOMS.leaders);
  return rooms;
}

/** The unit id of a unit room, or undefined for any other room. */
export const unitOfRoom = (room: string): number | undefined => (room.startsWith('unit:') ? Number(room.slice(5)) : undefined);
