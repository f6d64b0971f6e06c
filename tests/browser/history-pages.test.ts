/** The change history on the built demo site, read from its files: Nouveautés, the feeds, the medicine Historique. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseAtom } from '../helpers/atom.ts';
import { sitePages } from '../helpers/site-files.ts';
import { TEST_SITE_URL } from './global-setup.ts';

const siteDir = inject('siteDir');
const pages = sitePages(siteDir);
const history = JSON.parse(readFileSync(join(siteDir, 'donnees', 'historique.json'), 'utf8')) as Array<{
  to: string;
  changes: Array<{ id: string; topic: string }>;
}>;
const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const feed = (path: string) => parseAtom(readFileSync(join(siteDir, path), 'utf8'));
/** Every entry's text of a feed, whichever version an entry reports. */
const contents = (path: string) =>
  feed(path)
    .entries.map((entry) => entry.content)
    .join('\n');
const alternates = (html: string) => [...html.matchAll(/<link rel="alternate" type="application\/atom\+xml" title="[^"]*" href="([^"]+)"/g)].map((m) => m[1]);

describe('Nouveautés on the demo build', () => {
  it('counts each kind of change per version and gives each kind its pages, every change listed once', () => {
    const index = text(pages.get('/nouveautes/')!);
    expect(index).toMatch(/Version du 15\/07\/2025 \(comparée à celle du 15\/04\/2025\)/);
    expect(index).toContain('Signalements modifiés (3)');
    const kindPages = [...pages.keys()].filter((path) => /^\/nouveautes\/\d{4}-\d{2}-\d{2}\/[^/]+\/$/.test(path));
    const listed = kindPages.reduce((sum, path) => sum + (pages.get(path)!.match(/<li data-change>/g)?.length ?? 0), 0);
    expect(listed).toBe(history.reduce((sum, set) => sum + set.changes.length, 0));
    expect(text(pages.get('/nouveautes/2025-07-15/ruptures-modifiees/')!)).toContain(
      'LÉVOTHYROXINE SODIQUE DÉMO 100 microgrammes, comprimé sécable : état du signalement de rupture ou de tension passé de « Rupture de stock » à « Remise à disposition »',
    );
  });
});

describe('feeds on the demo build', () => {
  const feedFiles = readdirSync(join(siteDir, 'flux'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name).slice(siteDir.length));

  it('are valid Atom, one per list, per shortage state and per medicine with events, and no more', () => {
    const withEvents = new Set(history.flatMap((set) => set.changes.map((change) => change.id)));
    expect(feedFiles.filter((file) => file.startsWith('/flux/medicaments/')).sort()).toEqual([...withEvents].map((id) => `/flux/medicaments/${id}.xml`).sort());
    expect(feedFiles.filter((file) => !file.startsWith('/flux/medicaments/')).sort()).toEqual([
      '/flux/listes/acces-derogatoire.xml',
      '/flux/listes/mitm.xml',
      '/flux/listes/retrocession.xml',
      '/flux/listes/ruptures.xml',
      '/flux/ruptures/arret.xml',
      '/flux/ruptures/remise.xml',
      '/flux/ruptures/rupture.xml',
      '/flux/ruptures/tension.xml',
    ]);
    for (const file of [...feedFiles, '/nouveautes.xml']) {
      const parsed = feed(file);
      expect(parsed.errors, file).toEqual([]);
      expect(parsed.links.find((link) => link.rel === 'self')?.href, file).toBe(`${TEST_SITE_URL}${file}`);
    }
  });

  it('say each change in words under the right list, state and medicine', () => {
    expect(feed('/flux/listes/mitm.xml').entries.map((entry) => entry.content)).toContain(
      'DOXYCYCLINE DÉMO 100 mg, comprimé sécable : inscrit sur la liste des MITM\nRANITIDINE DÉMO 150 mg, comprimé effervescent : retiré de la liste des MITM',
    );
    expect(contents('/flux/ruptures/tension.xml')).toContain('AMOXICILLINE DÉMO 1 g, comprimé dispersible : état du signalement');
    expect(contents('/flux/ruptures/rupture.xml')).toContain('AMOXICILLINE DÉMO 1 g, comprimé dispersible');
    const medicine = feed('/flux/medicaments/60000051.xml');
    expect(medicine.entries.map((entry) => [entry.updated, entry.content])).toContainEqual([
      '2025-07-15T00:00:00Z',
      'Retiré de la liste de rétrocession (version du 15/07/2025, comparée à celle du 15/04/2025)',
    ]);
  });

  it('are announced by the pages they concern', () => {
    expect(alternates(pages.get('/medicaments/60000051/')!)).toEqual(['/flux/medicaments/60000051.xml']);
    expect(alternates(pages.get('/medicaments/60000011/')!)).toEqual([]);
    expect(alternates(pages.get('/listes/mitm/')!)).toEqual(['/flux/listes/mitm.xml']);
    expect(alternates(pages.get('/ruptures/etat/rupture/')!)).toEqual(['/flux/ruptures/rupture.xml', '/flux/listes/ruptures.xml']);
    expect(alternates(pages.get('/nouveautes/')!)).toContain('/nouveautes.xml');
  });
});

describe('medicine Historique on the demo build', () => {
  it('says every change in plain words with both dates, newest first, and offers to follow', () => {
    const page = text(pages.get('/medicaments/60000043/')!);
    expect(page).toContain(
      "Version du 15/07/2025, comparée à celle du 15/04/2025 Statut dans le référentiel de l'accès dérogatoire passé de « En cours » à « Terminé »",
    );
    expect(page).toContain('Suivre ce médicament');
    expect(pages.get('/medicaments/60000043/')).toContain('action="/suivis/#suivre=60000043&amp;nom=');
    expect(text(pages.get('/medicaments/60000011/')!)).toContain('Aucun changement enregistré pour ce médicament');
  });
});
