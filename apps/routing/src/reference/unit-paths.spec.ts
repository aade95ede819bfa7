import { describe, expect, it } from '@jest/globals';
import { isWithin, MAX_PATH_LENGTH, pathOf, planMove } from './unit-paths.js';

describe('unit paths', () => {
  it.each([
    [52, null, '/52/'],
    [52, '/3/', '/3/52/'],
    [52, '/3/17/', '/3/17/52/'],
  ])('pathOf(%i, %j) → %s', (id, parentPath, path) => {
    expect(pathOf(id, parentPath)).toBe(path);
  });

  it.each([
    ['/3/17/', '/3/', true],
    ['/3/', '/3/', true],
    ['/3/', '/3/17/', false],
    ['/31/', '/3/', false], // a sibling whose id starts with the same digits
    ['/4/3/', '/3/', false],
  ])('isWithin(%s, %s) → %s', (path, ancestor, within) => {
    expect(isWithin(path, ancestor)).toBe(within);
  });
});

describe('planMove', () => {
  const unit = { id: 17, path: '/3/17/' };

  it.each([
    ['under another unit', { path: '/9/' }, { from: '/3/17/', to: '/9/17/' }],
    ['deeper', { path: '/3/18/60/' }, { from: '/3/17/', to: '/3/18/60/17/' }],
    ['to the top', null, { from: '/3/17/', to: '/17/' }],
    ['under its own parent (no change)', { path: '/3/' }, { from: '/3/17/', to: '/3/17/' }],
    ['under a unit whose id starts like its own', { path: '/3/170/' }, { from: '/3/17/', to: '/3/170/17/' }],
  ])('%s', (_case, parent, move) => {
    expect(planMove(unit, parent, unit.path.length)).toEqual({ move });
  });

  it.each([
    ['under itself', { path: '/3/17/' }],
    ['under its child', { path: '/3/17/52/' }],
    ['under a grandchild', { path: '/3/17/52/60/' }],
  ])('refuses a move %s: a cycle', (_case, parent) => {
    expect(planMove(unit, parent, unit.path.length)).toEqual({ problem: expect.stringMatching(/^parentId /) });
  });

  it('refuses a move that would make the deepest path longer than the column', () => {
    const parent = { path: `/${'1/'.repeat(100)}` };
    expect(planMove(unit, parent, 60)).toEqual({ problem: expect.stringMatching(/^parentId .*deep/) });
    expect(planMove(unit, parent, MAX_PATH_LENGTH - parent.path.length)).toEqual({ move: expect.anything() });
  });
});
