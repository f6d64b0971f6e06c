import { describe, expect, it } from 'vitest';
import { shortageStatesOf } from '../../src/lib/news/change-shortage-states.ts';
import { shortageEvent as event } from '../helpers/events.ts';

describe('shortage states of a recorded change', () => {
  it('files a change of state under both states, and an added or removed report under the state it records', () => {
    expect(shortageStatesOf(event({ kind: 'changed', field: 'etat', old: 'rupture', new: 'remise' }))).toEqual(['rupture', 'remise']);
    expect(shortageStatesOf(event({ kind: 'changed', field: 'debut', old: '2025-01-01', new: '2025-02-01' }))).toEqual([]);
    expect(shortageStatesOf(event({ kind: 'added', new: 'arret' }))).toEqual(['arret']);
    expect(shortageStatesOf(event({ kind: 'removed', old: 'tension' }))).toEqual(['tension']);
    expect(shortageStatesOf({ topic: 'mitm', kind: 'added' })).toEqual([]);
  });

  it('guesses no state for a change of an older history that recorded none', () => {
    expect(shortageStatesOf(event({ kind: 'added' }))).toEqual([]);
    expect(shortageStatesOf(event({ kind: 'removed' }))).toEqual([]);
  });
});
