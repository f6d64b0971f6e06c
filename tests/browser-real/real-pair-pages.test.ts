/**
 * The history pages of the real pair (issue 27), on the January 2026 site built after July 2025
 * (project browser-real-2026-01): Nouveautés counts and pages, and the feeds, for the medicines
 * real-pair-history.test.ts checks in the data and on their pages. Reads the built files.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { parseAtom } from '../helpers/atom.ts';
import { budgets, gzipSize } from '../helpers/site-files.ts';
import { januarySnapshotDir, realSnapshotDirs, realSnapshotPresent } from '../helpers/sources.ts';

const present = realSnapshotDirs.every((dir) => realSnapshotPresent("pages de l'historique de la paire d'instantanés réels", dir));
const siteDir: string = inject('siteDir');
const VERSION = '2026-01-28';

const text = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const read = (...path: string[]) => readFileSync(join(siteDir, ...path), 'utf8');
/** Every page of one kind of change of the version, as one text. */
function kindText(slug: string): string {
  const dir = join(siteDir, 'nouveautes', VERSION, slug);
  const pages = ['', ...readdirSync(dir).filter((name) => /^\d+$/.test(name))];
  return pages.map((page) => text(readFileSync(join(dir, page, 'index.html'), 'utf8'))).join(' ');
}
const feed = (...path: string[]) => parseAtom(read(...path));

describe.skipIf(!present || inject('snapshotDir') !== januarySnapshotDir)('history pages of the real pair July 2025 → January 2026', () => {
  it('counts each kind of change on Nouveautés, within the list-page budget on every page', () => {
    const index = text(read('nouveautes', 'index.html'));
    for (const count of [
      'Entrés dans la BDPM (304)',
      'Médicaments sortis de la BDPM (293)',
      'Signalements ajoutés (100)',
      'Signalements retirés (79)',
      'Signalements modifiés (766)',
    ]) {
      expect(index).toContain(count);
    }
    // The real snapshots hold no ANSM spreadsheet: those lists are said not compared, not unchanged.
    expect(index).toContain(
      "Non comparés, faute du fichier dans l'une des deux versions : Liste de rétrocession, Accès dérogatoire ; leurs changements ne sont pas connus.",
    );
    const pages = readdirSync(join(siteDir, 'nouveautes'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.name === 'index.html')
      .map((entry) => ({ path: join(entry.parentPath, entry.name).slice(siteDir.length), gzip: gzipSize(readFileSync(join(entry.parentPath, entry.name))) }));
    const heaviest = pages.reduce((a, b) => (b.gzip > a.gzip ? b : a));
    console.log(
      `Nouveautés : ${gzipSize(read('nouveautes', 'index.html'))} o gzip ; ${pages.length} pages, la plus lourde ${heaviest.path} ${heaviest.gzip} o gzip`,
    );
    expect(pages.filter((page) => page.gzip > budgets.listHtml)).toEqual([]);
  });

  it('lists one change of each kind on the page of its kind, in words', () => {
    expect(kindText('nouveaux-medicaments')).toMatch(/SOGROYA 10 mg[^:]*: entré dans la Base de données publique des médicaments/);
    expect(kindText('medicaments-retires')).toMatch(/COVERAM 10 mg\/10 mg[^:]*: sorti de la Base de données publique des médicaments/);
    expect(kindText('conditions')).toMatch(/CONCERTA LP 54 mg.*condition de prescription ou de délivrance ajoutée : « prescription sur ordonnance sécurisée »/);
    expect(kindText('prix-remboursement')).toMatch(/prix de la présentation 3400941626104 passé de 15,15\s€ à 14,05\s€/);
    expect(kindText('ruptures-ajoutees')).toMatch(
      /ONCOVIN 1 mg[^:]*: signalement ajouté au fichier des ruptures et tensions de l'ANSM \(état « Tension d'approvisionnement »\)/,
    );
    expect(kindText('ruptures-retirees')).toMatch(
      /TETRALYSAL 150 mg[^:]*: signalement retiré du fichier des ruptures et tensions de l'ANSM \(il était à l'état « Remise à disposition »\)/,
    );
  });

  it('gives each of these medicines a valid feed with its change, and the shortage feeds', () => {
    const expected: Record<string, RegExp> = {
      '60051647': /^Entré dans la Base de données publique des médicaments \(version du 28\/01\/2026, comparée à celle du 01\/07\/2025\)$/m,
      '60068251': /^Sorti de la Base de données publique des médicaments/m,
      '60047182': /« prescription sur ordonnance sécurisée »/,
      '60044784': /Prix de la présentation 3400941626104 passé de 15,15\s€ à 14,05\s€/,
      '60368099': /^Signalement ajouté au fichier des ruptures et tensions de l'ANSM \(état « Tension d'approvisionnement »\)/m,
      '60061171': /^Signalement retiré du fichier des ruptures et tensions de l'ANSM \(il était à l'état « Remise à disposition »\)/m,
    };
    for (const [id, change] of Object.entries(expected)) {
      const parsed = feed('flux', 'medicaments', `${id}.xml`);
      expect(parsed.errors, id).toEqual([]);
      expect(parsed.entries.map((entry) => entry.content).join('\n'), id).toMatch(change);
    }
    const shortages = feed('flux', 'listes', 'ruptures.xml');
    expect(shortages.errors).toEqual([]);
    expect(shortages.entries[0].title).toBe('Ruptures et tensions : changements : 945 changements dans la version du 28/01/2026');
    for (const state of ['rupture', 'tension', 'arret', 'remise']) expect(feed('flux', 'ruptures', `${state}.xml`).errors, state).toEqual([]);
    expect(shortages.subtitle).toBe('');
    // The snapshots hold no rétrocession spreadsheet: its empty feed says it was not compared.
    const retrocession = feed('flux', 'listes', 'retrocession.xml');
    expect([retrocession.errors, retrocession.entries]).toEqual([[], []]);
    expect(retrocession.subtitle).toMatch(/^Non comparé dans la version du 28\/01\/2026 : le fichier manquait/);
    // Only medicines with a change have a feed: as many as the history names.
    const history = JSON.parse(read('donnees', 'historique.json')) as Array<{ changes: Array<{ id: string }> }>;
    const named = new Set(history.flatMap((set) => set.changes.map((change) => change.id)));
    expect(readdirSync(join(siteDir, 'flux', 'medicaments')).length).toBe(named.size);
    expect(existsSync(join(siteDir, 'nouveautes.xml')) && feed('nouveautes.xml').errors).toEqual([]);
  });
});
