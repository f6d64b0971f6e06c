import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import { renderAtom } from '../../src/lib/feeds/atom.ts';
import { allFeedLinks, listPageFeeds, medicineFeedLinks } from '../../src/lib/feeds/feed-catalogue.ts';
import { listFeed, medicineFeed, shortageStateFeed } from '../../src/lib/feeds/history-feeds.ts';
import { parseAtom } from '../helpers/atom.ts';
import { shortageEvent as event } from '../helpers/events.ts';

const site = new URL('https://exemple.test/');
describe('list feeds', () => {
  it('give one entry per version with that list’s changes, and a dated empty feed otherwise', () => {
    const sets: ChangeSet[] = [
      { from: '2025-04-15', to: '2025-07-15', changes: [{ id: '1', name: 'A', topic: 'mitm', kind: 'added', files: [] }] },
      { from: '2025-07-15', to: '2026-01-28', changes: [{ id: '2', name: 'B', topic: 'retrocession', kind: 'added', files: [] }] },
    ];
    const mitm = parseAtom(renderAtom(listFeed('mitm', sets, site, '2026-01-28')));
    expect(mitm.errors).toEqual([]);
    expect(mitm.links).toContainEqual({ rel: 'alternate', type: 'text/html', href: 'https://exemple.test/listes/mitm/' });
    expect(mitm.entries.map((entry) => [entry.title, entry.content])).toEqual([
      ['Liste des MITM : changements : 1 changement dans la version du 15/07/2025', 'A : inscrit sur la liste des MITM'],
    ]);
    const shortages = parseAtom(renderAtom(listFeed('shortages', sets, site, '2026-01-28')));
    expect([shortages.errors, shortages.entries, shortages.updated]).toEqual([[], [], '2026-01-28T00:00:00Z']);
    // A history written before `compared` existed: nothing said of coverage.
    expect(shortages.subtitle).toBe('');
  });

  it('say in their subtitle which versions did not compare their file, rather than let an empty feed read as "no change"', () => {
    const sets: ChangeSet[] = [
      { from: '2025-04-15', to: '2025-07-15', compared: ['bdpm', 'mitm', 'shortages'], changes: [] },
      { from: '2025-07-15', to: '2026-01-28', compared: ['bdpm', 'mitm', 'shortages', 'retrocession'], changes: [] },
    ];
    const retrocession = parseAtom(renderAtom(listFeed('retrocession', sets, site, '2026-01-28')));
    expect(retrocession.errors).toEqual([]);
    expect(retrocession.subtitle).toBe(
      "Non comparé dans la version du 15/07/2025 : le fichier manquait dans l'une des deux versions comparées, ses changements n'y sont pas connus.",
    );
    expect(parseAtom(renderAtom(listFeed('mitm', sets, site, '2026-01-28'))).subtitle).toBe('');
    const noShortageFile = sets.map((set) => ({ ...set, compared: set.compared?.filter((topic) => topic !== 'shortages') }));
    expect(parseAtom(renderAtom(shortageStateFeed('rupture', [], noShortageFile, site, '2026-01-28'))).subtitle).toMatch(
      /^Non comparé dans les versions du 15\/07\/2025, du 28\/01\/2026 :/,
    );
  });
});

describe('shortage state feeds', () => {
  it('gives one entry per version naming the medicines of that state', () => {
    const medicines = [
      { id: '1', name: 'Alpha', history: [event({ kind: 'changed', field: 'etat', old: 'rupture', new: 'tension' })] },
      { id: '2', name: 'Bêta', history: [event({ kind: 'added', new: 'rupture' })] },
      { id: '3', name: 'Gamma', history: [event({ kind: 'added', new: 'arret' })] },
      // An older history recorded no state: in no state's feed, whatever the medicine's state today.
      { id: '4', name: 'Delta', history: [event({ kind: 'added' })] },
    ];
    const feed = parseAtom(renderAtom(shortageStateFeed('rupture', medicines, [], site, '2026-01-28')));
    expect(feed.errors).toEqual([]);
    expect(feed.entries).toHaveLength(1);
    expect(feed.entries[0].content.split('\n')).toEqual([
      "Alpha : état du signalement de rupture ou de tension passé de « Rupture de stock » à « Tension d'approvisionnement »",
      "Bêta : signalement ajouté au fichier des ruptures et tensions de l'ANSM (état « Rupture de stock »)",
    ]);
  });
});

describe('medicine feeds', () => {
  it('give one entry per version with each change dated by both versions, linked to the Historique', () => {
    const medicine = {
      id: '60000001',
      name: 'Alpha',
      history: [event({ kind: 'added' }), event({ topic: 'mitm', kind: 'added', from: '2025-04-15', to: '2025-07-01' })],
    };
    const feed = parseAtom(renderAtom(medicineFeed(medicine, site)));
    expect(feed.errors).toEqual([]);
    expect(feed.entries.map((entry) => [entry.id, entry.updated, entry.links[0].href])).toEqual([
      ['https://exemple.test/flux/medicaments/60000001.xml#2026-01-28', '2026-01-28T00:00:00Z', 'https://exemple.test/medicaments/60000001/#historique'],
      ['https://exemple.test/flux/medicaments/60000001.xml#2025-07-01', '2025-07-01T00:00:00Z', 'https://exemple.test/medicaments/60000001/#historique'],
    ]);
    expect(feed.entries[1].content).toBe('Inscrit sur la liste des MITM (version du 01/07/2025, comparée à celle du 15/04/2025)');
    expect(medicineFeedLinks(medicine)).toEqual([{ title: 'Alpha : changements', href: '/flux/medicaments/60000001.xml' }]);
    expect(medicineFeedLinks({ ...medicine, history: [] })).toEqual([]);
  });

  it('are listed with the other feeds, each address once', () => {
    const hrefs = allFeedLinks().map((link) => link.href);
    expect(hrefs).toContain('/flux/ruptures/remise.xml');
    expect(new Set(hrefs).size).toBe(9);
    expect(listPageFeeds({ list: 'accesDerogatoire', part: 'AAP' }).map((link) => link.href)).toEqual(['/flux/listes/acces-derogatoire.xml']);
    expect(listPageFeeds({ list: 'shortages', part: 'tension' }).map((link) => link.href)).toEqual(['/flux/ruptures/tension.xml', '/flux/listes/ruptures.xml']);
    expect(listPageFeeds({ list: 'shortages' })).toHaveLength(5);
    expect(listPageFeeds({ list: 'prescriptionConditions', part: 'rh' })).toEqual([]);
  });
});
