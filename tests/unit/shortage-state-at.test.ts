import { describe, expect, it } from 'vitest';
import type { MedicineEvent } from '../../src/lib/content/history.ts';
import { shortageStateAt, shortageStatesOf, withShortageStates } from '../../src/lib/news/shortage-state-at.ts';

const event = (e: Partial<MedicineEvent>): MedicineEvent => ({
  topic: 'shortages',
  kind: 'added',
  files: ['CIS_CIP_Dispo_Spec.txt'],
  from: '2025-07-01',
  to: '2026-01-28',
  ...e,
});

describe('shortage state of a past report', () => {
  it('file a change of state under both states, and an opened or closed report under the state it had then', () => {
    expect(shortageStatesOf(event({ kind: 'changed', field: 'etat', old: 'rupture', new: 'remise' }), null)).toEqual(['rupture', 'remise']);
    expect(shortageStatesOf(event({ kind: 'added' }), 'tension')).toEqual(['tension']);
    expect(shortageStatesOf(event({ kind: 'added', new: 'arret' }), 'tension')).toEqual(['arret']);
    expect(shortageStatesOf(event({ kind: 'removed' }), null)).toEqual([]);
    expect(shortageStatesOf({ topic: 'mitm', kind: 'added' }, 'rupture')).toEqual([]);
  });

  it('reads the state a report had in a version from the medicine’s later events, or today’s state', () => {
    const opened = event({ kind: 'added', from: '2025-04-15', to: '2025-07-15' });
    const changed = event({ kind: 'changed', field: 'etat', old: 'rupture', new: 'tension', from: '2025-07-15', to: '2026-01-28' });
    expect(shortageStateAt([changed, opened], 'tension', '2025-07-15')).toBe('rupture');
    expect(shortageStateAt([changed, opened], 'tension', '2026-01-28')).toBe('tension');
    expect(shortageStateAt([event({ kind: 'removed' }), opened], null, '2025-07-15')).toBeNull();
  });

  it('gives an added report the state its later events or today’s data say, and leaves the others', () => {
    const opened = event({ kind: 'added', from: '2025-04-15', to: '2025-07-15' });
    const changed = event({ kind: 'changed', field: 'etat', old: 'rupture', new: 'tension', from: '2025-07-15', to: '2026-01-28' });
    expect(withShortageStates([changed, opened], 'tension').map((e) => e.state)).toEqual([undefined, 'rupture']);
    expect(withShortageStates([event({ kind: 'added' })], 'remise')[0].state).toBe('remise');
    expect(withShortageStates([event({ kind: 'added' })], null)[0]).not.toHaveProperty('state');
  });
});
