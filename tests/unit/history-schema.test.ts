import { describe, expect, it } from 'vitest';
import { changeValueProblems, historySchema } from '../../src/lib/content/history.ts';
import { shortageStates } from '../../src/lib/content/shortage-states.ts';

/** A history.json as the content step wrote it before topics: `list`, `disponibilite`, no files. */
const OLD_FILE = `[
 {
  "from": "2025-04-15",
  "to": "2025-07-15",
  "changes": [
   { "id": "60000051", "name": "ATORVASTATINE", "list": "retrocession", "kind": "removed" },
   { "id": "60000021", "name": "AMOXICILLINE", "list": "disponibilite", "kind": "changed", "field": "etat", "old": "rupture", "new": "tension" }
  ]
 }
]`;

describe('the published change record', () => {
  it('reads a history written with lists: list becomes topic, disponibilite becomes shortages, files empty', () => {
    const [set] = historySchema.parse(JSON.parse(OLD_FILE));
    expect(set.changes).toEqual([
      { id: '60000051', name: 'ATORVASTATINE', topic: 'retrocession', kind: 'removed', files: [] },
      { id: '60000021', name: 'AMOXICILLINE', topic: 'shortages', kind: 'changed', field: 'etat', old: 'rupture', new: 'tension', files: [] },
    ]);
  });

  it('reads today’s shape unchanged, with key, category and files', () => {
    const change = {
      id: '60000001',
      name: 'X',
      topic: 'conditions',
      kind: 'added',
      key: 'prescription hospitalière',
      category: 'ph',
      files: ['CIS_CPD_bdpm.txt'],
    };
    expect(historySchema.parse([{ from: '2025-07-01', to: '2026-01-28', changes: [change] }])[0].changes[0]).toEqual(change);
  });

  it('refuses a value that is not what its field holds, and a change that changes nothing', () => {
    expect(changeValueProblems({ topic: 'presentations', kind: 'changed', field: 'price', old: '12,50', new: '13.10' })).toEqual([
      'old « 12,50 » : nombre décimal attendu (point décimal)',
    ]);
    expect(changeValueProblems({ topic: 'presentations', kind: 'changed', field: 'reimbursementRate', old: '65', new: '150' })).toEqual([
      'new « 150 » : taux au plus 100',
    ]);
    expect(changeValueProblems({ topic: 'shortages', kind: 'changed', field: 'etat', old: 'rupture', new: 'perdu' })).toHaveLength(1);
    for (const state of shortageStates) expect(changeValueProblems({ topic: 'shortages', kind: 'changed', field: 'etat', old: null, new: state })).toEqual([]);
    // A shortage report added or removed records its state, nothing else; other items keep any label.
    expect(changeValueProblems({ topic: 'shortages', kind: 'added', new: 'Rupture de stock' })).toHaveLength(1);
    expect(changeValueProblems({ topic: 'shortages', kind: 'removed', old: 'tension' })).toEqual([]);
    expect(changeValueProblems({ topic: 'presentations', kind: 'added', new: 'boîte de 30' })).toEqual([]);
    expect(changeValueProblems({ topic: 'bdpm', kind: 'changed', field: 'ammStatus', old: 'Valide', new: 'Valide' })).toEqual(['modification sans différence']);
    expect(changeValueProblems({ topic: 'presentations', kind: 'changed', field: 'price', old: null, new: '2.5' })).toEqual([]);
    expect(() =>
      historySchema.parse([
        {
          from: '2025-07-01',
          to: '2026-01-28',
          changes: [{ id: '1', name: 'x', topic: 'presentations', kind: 'changed', field: 'price', old: '1', new: 'abc', files: [] }],
        },
      ]),
    ).toThrow(/nombre décimal/);
  });
});
