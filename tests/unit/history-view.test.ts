import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import { summarise } from '../../src/lib/history-view.ts';

const set: ChangeSet = {
  from: '2025-04-15',
  to: '2025-07-15',
  changes: [
    { id: '60000051', name: 'ATORVASTATINE', topic: 'retrocession', kind: 'removed', files: [] },
    { id: '60000057', name: 'DOXYCYCLINE', topic: 'mitm', kind: 'added', files: [] },
    { id: '60000021', name: 'AMOXICILLINE', topic: 'shortages', kind: 'changed', files: [], field: 'etat', old: 'rupture', new: 'tension' },
    { id: '60000023', name: 'LÉVOTHYROXINE', topic: 'shortages', kind: 'changed', files: [], field: 'remise', old: null, new: '2025-06-30' },
  ],
};

describe('history summary', () => {
  it('sums up one version per list, in the order of the lists, leaving out lists without change', () => {
    const summaries = summarise(set);
    expect(summaries.map((summary) => summary.list)).toEqual(['retrocession', 'mitm', 'shortages']);
    expect(summaries.map(({ added, removed, changed }) => [added.length, removed.length, changed.length])).toEqual([
      [0, 1, 0],
      [1, 0, 0],
      [0, 0, 2],
    ]);
  });
});
