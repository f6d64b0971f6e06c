import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIOUS_DEMO_DATE, currentDemoDataset, previousDemoDataset } from '../../scripts/demo/demo-dataset.ts';
import { writeDemoFiles } from '../../scripts/demo/generate-demo-sources.ts';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { isoNameFor } from '../../scripts/lib/snapshot-folders.ts';
import { projectRoot, scratch } from '../helpers/sources.ts';

const run = promisify(execFile);
const CURRENT = '2025-07-15';

/** The content step as a maintainer runs it: a real process, its exit code and console. */
const contentStep = (args: string[], env: Record<string, string> = {}) =>
  run(process.execPath, ['scripts/build-content.ts', ...args], { cwd: projectRoot, env: { ...process.env, ...env } }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

const work = scratch('snapshot-folders');
const snapshots = join(work.dir, 'snapshots');
afterAll(() => work.cleanup());
beforeAll(async () => {
  await writeDemoFiles(join(snapshots, PREVIOUS_DEMO_DATE), previousDemoDataset(), PREVIOUS_DEMO_DATE);
  await writeDemoFiles(join(snapshots, CURRENT), currentDemoDataset, CURRENT);
});

/** A snapshots folder holding copies of the two demo snapshots under the given names. */
function snapshotsFolder(name: string, folders: Record<string, string>): string {
  const root = join(work.dir, name);
  for (const [copy, of] of Object.entries(folders)) cpSync(join(snapshots, of), join(root, copy), { recursive: true });
  return root;
}

describe('snapshot folder names', () => {
  it('guesses the ISO name a misnamed folder was meant to have', () => {
    expect(['28-01-2026', '2026-1-28', '2026-01-28_bdpm', '20260128', '2026-01', 'janvier'].map(isoNameFor)).toEqual([
      '2026-01-28',
      '2026-01-28',
      '2026-01-28',
      '2026-01-28',
      null,
      null,
    ]);
  });

  it('stops the build on a folder that is not named AAAA-MM-JJ, naming it and the rule, and writes nothing', async () => {
    const root = snapshotsFolder('misnamed', { [PREVIOUS_DEMO_DATE]: PREVIOUS_DEMO_DATE, '28-01-2026': CURRENT });
    const out = join(work.dir, 'misnamed-content');
    const result = await contentStep(['--sources', join(root, PREVIOUS_DEMO_DATE), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`${root}: ce n'est pas un instantané : « 28-01-2026/ » (à renommer 2026-01-28 ?)`);
    expect(result.stderr).toContain('chaque instantané est un dossier nommé par sa date au format AAAA-MM-JJ');
    expect(existsSync(out)).toBe(false);
  });

  it('stops the default choice in data/sources/ on any misnamed entry, and lists a working folder without stopping', async () => {
    const project = join(work.dir, 'project');
    const root = snapshotsFolder(join('project', 'data', 'sources'), { [CURRENT]: CURRENT, '2026-01-28_bdpm': CURRENT });
    await expect(buildContent({ root: project, outDir: join(work.dir, 'project-content') })).rejects.toThrow(
      /« 2026-01-28_bdpm\/ » \(à renommer 2026-01-28 \?\)/,
    );

    cpSync(join(root, '2026-01-28_bdpm'), join(root, '2026-01-28'), { recursive: true });
    writeFileSync(join(root, '2026-01-28', 'notes.txt'), 'ok');
    writeFileSync(join(root, 'CIS_bdpm.txt'), '');
    await expect(buildContent({ root: project, outDir: join(work.dir, 'project-content') })).rejects.toThrow(
      /« 2026-01-28_bdpm\/ » \(à renommer 2026-01-28 \?\), « CIS_bdpm\.txt » \(un fichier ici n'est lu par aucune construction\)/,
    );

    const tidy = snapshotsFolder(join('tidy', 'data', 'sources'), { [CURRENT]: CURRENT });
    mkdirSync(join(tidy, '.incoming-2026-01-28'));
    const report = await buildContent({ root: join(work.dir, 'tidy'), outDir: join(work.dir, 'tidy-content') });
    expect(report.history.snapshot).toBe(CURRENT);
    expect(report.unused).toContainEqual({ file: join(tidy, '.incoming-2026-01-28'), why: expect.stringContaining('téléchargement interrompu') });
  });
});

describe('a snapshot older than the newest one built', () => {
  it('stops the build, saying what the site would go back to, unless asked for; the history then stays as it was', async () => {
    const root = snapshotsFolder('older', { [PREVIOUS_DEMO_DATE]: PREVIOUS_DEMO_DATE, [CURRENT]: CURRENT });
    const recorded = `${JSON.stringify([{ from: PREVIOUS_DEMO_DATE, to: CURRENT, changes: [] }])}\n`;
    writeFileSync(join(root, 'history.json'), recorded);
    const out = join(work.dir, 'older-content');

    const refused = await contentStep(['--sources', join(root, PREVIOUS_DEMO_DATE), '--out', out]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(
      `l'instantané choisi (${PREVIOUS_DEMO_DATE}) est plus ancien que le plus récent déjà construit (${CURRENT}) : le site reviendrait aux fichiers du 15/04/2025, 91 jour(s) en arrière`,
    );
    expect(refused.stderr).toContain(`la construction prend ${join(root, CURRENT)}`);
    expect(refused.stderr).toContain('--allow-older-snapshot (ou ALLOW_OLDER_SNAPSHOT=1 npm run build)');
    expect(existsSync(out)).toBe(false);

    const allowed = await contentStep(['--sources', join(root, PREVIOUS_DEMO_DATE), '--out', out], { ALLOW_OLDER_SNAPSHOT: '1' });
    expect(allowed.code).toBe(0);
    expect(allowed.stdout).toContain(`Historique : instantané plus ancien que le plus récent déjà construit (${CURRENT}), accepté`);
    expect(JSON.parse(readFileSync(join(out, 'history.json'), 'utf8'))).toEqual([]);
    expect(readFileSync(join(root, 'history.json'), 'utf8')).toBe(recorded);

    // The newest snapshot gone (renamed, deleted): the message says so rather than pointing at it.
    rmSync(join(root, CURRENT), { recursive: true });
    const gone = await contentStep(['--sources', join(root, PREVIOUS_DEMO_DATE), '--out', out]);
    expect(gone.stderr).toContain(`Le dossier ${join(root, CURRENT)} n'existe plus (renommé ? supprimé ?) : le remettre sous ce nom.`);
  });
});

describe('the console of a two-snapshot build', () => {
  it('names the snapshot built, the one compared with and the count of each kind of change per list', async () => {
    const out = join(work.dir, 'two-content');
    const { code, stdout } = await contentStep(['--sources', join(snapshots, CURRENT), '--out', out]);
    expect(code).toBe(0);
    const [changeSet] = JSON.parse(readFileSync(join(out, 'history.json'), 'utf8')) as Array<{ changes: Array<{ topic: string; kind: string }> }>;
    const count = (list: string, kind: string) => changeSet.changes.filter((change) => change.topic === list && change.kind === kind).length;
    expect(count('retrocession', 'removed')).toBeGreaterThan(0);
    expect(stdout).toContain(
      `Instantané construit : ${CURRENT}\nComparé à l'instantané du ${PREVIOUS_DEMO_DATE} : ${changeSet.changes.length} changement(s) de la BDPM et des listes suivies\n`,
    );
    const retrocession = [
      count('retrocession', 'added') && `${count('retrocession', 'added')} ajout(s)`,
      `${count('retrocession', 'removed')} retrait(s)`,
      count('retrocession', 'changed') && `${count('retrocession', 'changed')} modification(s)`,
    ].filter(Boolean);
    expect(stdout).toContain(`  Liste de rétrocession : ${retrocession.join(', ')}\n`);
    expect(stdout).toContain('Historique des listes non enregistré');
  });

  it('says "non chargée" for a list that is not loaded, never 0, compares a list only when both snapshots have it, and says why a first snapshot is not compared', async () => {
    const root = snapshotsFolder('no-retrocession', { [PREVIOUS_DEMO_DATE]: PREVIOUS_DEMO_DATE, [CURRENT]: CURRENT });
    for (const date of [PREVIOUS_DEMO_DATE, CURRENT]) rmSync(join(root, date, 'liste-retrocession.xlsx'));
    const compared = await contentStep(['--sources', join(root, CURRENT), '--out', join(work.dir, 'nr-content')]);
    expect(compared.stdout).toContain('  Liste de rétrocession : source non chargée dans cette version du site\n');
    expect(compared.stdout).toContain(' ; rétrocession : liste non chargée dans cette version du site ; ');
    expect(compared.stdout).not.toMatch(/rétrocession 0/);

    // Loaded now, not before: its rows are not "added" (the file was missing, not the medicines).
    cpSync(join(snapshots, CURRENT, 'liste-retrocession.xlsx'), join(root, CURRENT, 'liste-retrocession.xlsx'));
    const newList = await contentStep(['--sources', join(root, CURRENT), '--out', join(work.dir, 'nl-content')]);
    expect(newList.stdout).toContain(
      `  Liste de rétrocession : absente de l'instantané du ${PREVIOUS_DEMO_DATE} : pas de comparaison (ses lignes ne sont pas comptées comme des ajouts)\n`,
    );
    const [changeSet] = JSON.parse(readFileSync(join(work.dir, 'nl-content', 'history.json'), 'utf8')) as Array<{ changes: Array<{ topic: string }> }>;
    expect(changeSet.changes.filter((change) => change.topic === 'retrocession')).toEqual([]);
    expect(changeSet.changes.length).toBeGreaterThan(0);

    const first = await contentStep(['--sources', join(root, PREVIOUS_DEMO_DATE), '--out', join(work.dir, 'first-content')]);
    expect(first.stdout).toContain(
      `Instantané construit : ${PREVIOUS_DEMO_DATE}\nHistorique : premier instantané de ${root} : aucun instantané plus ancien à côté, pas de comparaison\n`,
    );
  });
});
