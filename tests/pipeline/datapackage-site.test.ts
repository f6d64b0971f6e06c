/**
 * Issue 30: the demo site built from the datapackage rendering (data/demo-datapackage/) has every
 * page type of the .txt demo site (the paths of tests/browser/pages.test.ts), and its pages name
 * the package's files and say what the package does not carry. One full build (Astro + Pagefind).
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot, scratch } from '../helpers/sources.ts';

const work = scratch('datapackage-site');
const site = join(work.dir, 'site');
afterAll(() => work.cleanup());
beforeAll(() => {
  execFileSync(
    process.execPath,
    ['scripts/build-site.ts', '--strict', '--sources', join(projectRoot, 'data', 'demo-datapackage'), '--out', site, '--content', join(work.dir, 'content')],
    { cwd: projectRoot, stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, SITE_URL: 'https://regimes-medicaments.test' } },
  );
}, 600_000);

/** The page's text, tags removed, whitespace collapsed. */
function pageText(path: string): string {
  const file = path === '/nulle-part/' ? join(site, '404.html') : join(site, path, 'index.html');
  expect(existsSync(file), path).toBe(true);
  const entities: Record<string, string> = { '&#39;': "'", '&quot;': '"', '&amp;': '&', '&lt;': '<', '&gt;': '>', '&nbsp;': ' ' };
  return readFileSync(file, 'utf8')
    .replace(/<script[\s\S]*?<\/script>|<style[\s\S]*?<\/style>/g, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;|&quot;|&amp;|&lt;|&gt;|&nbsp;/g, (entity) => entities[entity])
    .replace(/\s+/g, ' ');
}

const pageTypes: Array<[string, RegExp]> = [
  ['/', /Les régimes particuliers de dispensation/],
  ['/medicaments/60000031/', /Rétrocession/],
  ['/medicaments/60000022/', /Rupture de stock/],
  ['/medicaments/60000041/', /Autorisation d'accès précoce/],
  ['/medicaments/60000042/', /Cadre de prescription compassionnelle/],
  ['/medicaments/nom-demo-aac-101-100-mg-poudre-pour-solution-injectable/', /Autorisation d'accès compassionnel/],
  ['/medicaments/ucd-9000081/', /autorisation d'importation/i],
  ['/medicaments/60000091/', /n'est pas dans la Base de données publique/],
  ['/medicaments/60000011/', /ne figure sur aucune des listes/],
  ['/medicaments/60000059/', /Non : réservé à l'usage hospitalier/],
  ['/listes/conditions/', /Nombre de médicaments par condition/],
  ['/listes/conditions/stupefiants/', /Médicaments stupéfiants/],
  ['/listes/retrocession/', /Liste de rétrocession/],
  ['/listes/mitm/', /intérêt thérapeutique majeur/],
  ['/listes/acces-derogatoire/', /AAC : 2 ; AAP : 2 ; CPC : 1/],
  ['/listes/acces-derogatoire/aap/', /Autorisation d'accès précoce \(AAP\)/],
  ['/ruptures/', /Rupture de stock \(3\)/],
  ['/ruptures/etat/rupture/', /Rupture de stock : médicaments signalés/],
  ['/medicaments/', /Index des médicaments/],
  ['/medicaments/lettre/a/', /AMOXICILLINE DÉMO/],
  ['/regimes/', /expliqués/],
  ['/facturation/', /PHQ/],
  ['/glossaire/', /Unité commune de dispensation/],
  ['/recherche/', /Recherche/],
  ['/nouveautes/', /Nouveautés/],
  ['/donnees/', /liste-mitm\.csv/],
  ['/sources/', /date déclarée par le jeu de démonstration/],
  ['/medicaments/60000099/', /n'est plus dans la BDPM depuis la version du 15\/07\/2025 ; il était présent dans celle du 15\/04\/2025 \(CIS_bdpm.txt\)/],
  ['/nulle-part/', /Page introuvable/],
];

describe('demo site built from the datapackage', () => {
  it.each(pageTypes)('%s is built and says what the .txt demo site says', (path, text) => {
    expect(pageText(path)).toMatch(text);
  });

  it('names the package files as sources, and says prices are not loaded rather than absent', () => {
    const page = pageText('/medicaments/60000011/');
    expect(page).toMatch(/Source : specialite\.csv, du 15\/07\/2025 \(démonstration\), presentation\.csv/);
    expect(page).toMatch(/prix et taux de remboursement non chargés/);
    expect(page).not.toMatch(/aucun prix dans la BDPM/);
    expect(pageText('/medicaments/60000013/')).toMatch(/Source : specialite_delivrance\.csv/);
    const sources = pageText('/sources/');
    expect(sources).toMatch(/Fichier specialite\.csv Date du 15\/07\/2025/);
    expect(sources).toMatch(/Complété par specialite_titulaire\.csv : du 15\/07\/2025 \(démonstration\), 28 lues, 28 gardées, 0 rejetées/);
    expect(sources).toMatch(/Complété par delivrance\.csv/);
  });

  it('a broken package stops the build with the resource and row, and leaves the site as it was', () => {
    const broken = join(work.dir, 'broken');
    cpSync(join(projectRoot, 'data', 'demo-datapackage'), broken, { recursive: true });
    const lines = readFileSync(join(broken, 'composant.csv'), 'utf8').split('\r\n');
    lines[4] = lines[4].replace(/^(\d{8}),\d+,/, '$1,un,');
    writeFileSync(join(broken, 'composant.csv'), lines.join('\r\n'));
    const before = readdirSync(site)
      .map((name) => name)
      .sort();
    const home = readFileSync(join(site, 'index.html'));
    let stderr = '';
    try {
      execFileSync(process.execPath, ['scripts/build-site.ts', '--strict', '--sources', broken, '--out', site, '--content', join(work.dir, 'content')], {
        cwd: projectRoot,
        stdio: ['ignore', 'ignore', 'pipe'],
      });
    } catch (error) {
      stderr = String((error as { stderr: Buffer }).stderr);
    }
    expect(stderr).toMatch(/composant\.csv, ligne 5, colonne « numero_element »: entier attendu/);
    expect(readdirSync(site).sort()).toEqual(before);
    expect(readFileSync(join(site, 'index.html'))).toEqual(home);
  });
});
