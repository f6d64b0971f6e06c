import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import { renderAtom } from '../../src/lib/feeds/atom.ts';
import { newsFeed } from '../../src/lib/feeds/news-feed.ts';
import { parseAtom } from '../helpers/atom.ts';

const sets: ChangeSet[] = [
  { from: '2025-01-15', to: '2025-04-15', changes: [{ id: '1', name: 'A & <B>', topic: 'mitm', kind: 'added', files: ['CIS_MITM.txt'] }] },
  {
    from: '2025-04-15',
    to: '2025-07-15',
    changes: [
      { id: '2', name: 'C', topic: 'retrocession', kind: 'removed', files: [] },
      { id: '3', name: 'D', topic: 'presentations', kind: 'changed', key: '3400930000001', field: 'price', old: '2', new: '1.5', files: [] },
    ],
  },
];

describe('newsFeed', () => {
  it('gives one entry per version and kind, newest first, in plain words, on the public address of the site', () => {
    const feed = parseAtom(renderAtom(newsFeed(sets, new URL('https://exemple.test/'), '2024-01-01')));
    expect(feed.errors).toEqual([]);
    expect(feed.updated).toBe('2025-07-15T00:00:00Z');
    expect(feed.entries.map((entry) => [entry.id, entry.title, entry.content])).toEqual([
      [
        'https://exemple.test/nouveautes/2025-07-15/prix-remboursement/',
        'Présentations, prix et taux de remboursement : 1 dans la version du 15/07/2025',
        'D : prix de la présentation 3400930000001 passé de 2,00\u00a0€ à 1,50\u00a0€',
      ],
      [
        'https://exemple.test/nouveautes/2025-07-15/retrocession/',
        'Liste de rétrocession : 1 dans la version du 15/07/2025',
        'C : retiré de la liste de rétrocession',
      ],
      ['https://exemple.test/nouveautes/2025-04-15/mitm/', 'Liste des MITM : 1 dans la version du 15/04/2025', 'A & <B> : inscrit sur la liste des MITM'],
    ]);
  });

  it('is a valid feed, dated as told, without any version compared yet', () => {
    const feed = parseAtom(renderAtom(newsFeed([], new URL('https://exemple.test/'), '2026-01-28')));
    expect(feed.errors).toEqual([]);
    expect(feed.updated).toBe('2026-01-28T00:00:00Z');
  });
});
