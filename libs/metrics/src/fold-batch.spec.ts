import { describe, expect, it } from '@jest/globals';
import { foldCall, type CtiEvent } from '#libs/calls';
import { event } from '../../calls/src/testing/call-events.js';
import { countedCall, countsMoved } from './counted-call.js';
import { foldBatch } from './fold-batch.js';

const on = (callId: string, e: CtiEvent): CtiEvent => ({ ...e, callId });
const offered = (callId: string) => on(callId, event('offered', 0));
const answered = (callId: string) => on(callId, event('answered', 5, { operatorId: 3 }));
const ended = (callId: string) => on(callId, event('ended', 65));

describe('foldBatch: new events onto what was stored of their calls', () => {
  it.each<[string, CtiEvent[], CtiEvent[], string[]]>([
    ['a new call: folded from its fresh events alone', [], [offered('A')], ['A']],
    ['a known call: folded from all its events', [offered('A'), answered('A')], [ended('A')], ['A']],
    ['only the calls with fresh events change', [offered('A'), offered('B')], [answered('B')], ['B']],
    ['two calls in one batch', [offered('A')], [answered('A'), offered('C')], ['A', 'C']],
    ['nothing fresh: nothing changes', [offered('A')], [], []],
  ])('%s', (_case, stored, fresh, changed) => {
    const { records } = foldBatch(stored, fresh, () => ({}));
    expect([...records.keys()].sort()).toEqual(changed);
    for (const callId of changed) expect(records.get(callId)).toEqual(foldCall([...stored, ...fresh].filter((e) => e.callId === callId)));
  });

  it("moves a known call's counts from its old contribution to its new one, with the call's extras", () => {
    const before = [offered('A'), answered('A')];
    const extras = { wrapUpMs: 20_000, calledBack: false };
    const { changes } = foldBatch(before, [ended('A')], (callId) => (callId === 'A' ? extras : {}));
    expect(changes).toEqual(countsMoved(countedCall(foldCall(before), extras), countedCall(foldCall([...before, ended('A')]), extras)));
  });

  it("adds a new call's counts, with nothing to take out", () => {
    const { changes } = foldBatch([], [offered('N')], () => ({}));
    expect(changes).toEqual(countsMoved(null, countedCall(foldCall([offered('N')]), {})));
  });
});
