import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import { renderAtom } from '../../src/lib/feeds/atom.ts';
import { newsFeed } from '../../src/lib/feeds/news-feed.ts';
import { parseAtom } from '../helpers/atom.ts';

const sets: ChangeSet[] = [
  { from: '2025-01-15', to: '2025-04-15', changes: [{ id: '1', name: 'A & <B>', list: 'mitm', kind: 'added' }] },
  { from: '2025-04-15', to: '2025-07-15', changes: [{ id: '2', name: 'C', list: 'retrocession', kind: 'removed' }] },
];

describe('newsFeed', () => {
  it('gives one entry per list and version, newest first, on the public address of the site', () => {
    const feed = parseAtom(renderAtom(newsFeed(sets, new URL('https://exemple.test/'))));
    expect(feed.errors).toEqual([]);
    expect(feed.updated).toBe('2025-07-15T00:00:00Z');
    expect(feed.entries.map((entry) => [entry.id, entry.title, entry.content])).toEqual([
      ['https://exemple.test/nouveautes/#v2025-07-15-retrocession', 'Liste de rétrocession du 15/07/2025 : 1 retrait(s)', 'C — Retiré : Liste de rétrocession'],
      ['https://exemple.test/nouveautes/#v2025-04-15-mitm', 'Liste des MITM du 15/04/2025 : 1 ajout(s)', 'A & <B> — Ajouté : Liste des MITM'],
    ]);
  });

  it('is a valid feed without any version compared yet', () => {
    expect(parseAtom(renderAtom(newsFeed([], new URL('https://exemple.test/')))).errors).toEqual([]);
  });
});
