import { describe, expect, it } from '@jest/globals';
import type { Role } from '#libs/domain';
import { roomsOf, unitOfRoom } from './rooms.js';

describe('roomsOf', () => {
  it.each<[Role, number | null, number[], string[]]>([
    ['operator', null, [], ['user:7', 'center']],
    ['dispatcher', null, [], ['user:7', 'center']],
    ['callback_agent', null, [], ['user:7', 'center']],
    ['admin', null, [], ['user:7', 'center', 'leaders']],
    ['leader', null, [], ['user:7', 'leaders']],
    ['unit_handler', 12, [12, 30, 31], ['user:7', 'unit:12']], // a handler hears only their own unit
    ['unit_admin', 12, [12, 30, 31], ['user:7', 'unit:12', 'unit:30', 'unit:31']],
    ['unit_handler', null, [], ['user:7']], // a unit user without a unit hears only their own room
    ['dispatcher', 3, [5], ['user:7', 'center']], // centre roles get no unit rooms, whatever is passed
  ])('%s of unit %s with scope %j → %j', (role, unitId, scope, rooms) => {
    expect(roomsOf({ id: 7, role, unitId }, scope)).toEqual(rooms);
  });
});

describe('unitOfRoom', () => {
  it.each([
    ['unit:42', 42],
    ['center', undefined],
    ['user:42', undefined],
  ])('%s → %s', (room, unitId) => {
    expect(unitOfRoom(room)).toBe(unitId);
  });
});
