import { execFile } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PREVIOUS_DEMO_DATE, currentDemoDataset, previousDemoDataset } from '../../scripts/demo/demo-dataset.ts';
import { writeDemoFiles } from '../../scripts/demo/generate-demo-sources.ts';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import { applyHistory } from '../../scripts/lib/history/apply-history.ts';
import { diffLists } from '../../scripts/lib/history/diff-lists.ts';
import { recordHistory, withChangeSet } from '../../scripts/lib/history/history-store.ts';
import { emptyMedicine as emptyEntry } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { projectRoot, scratch } from '../helpers/sources.ts';

const run = promisify(execFile);
const medicine = (id: string, change: Partial<Medicine> = {}): Medicine => ({ ...emptyEntry(id, id, `NOM ${id}`), inBdpm: true, ...change });
const mitm = (atc: string) => ({ atc, name: null, from: [{ source: 'CIS_MITM.txt', row: 1 }] });

describe('diffLists', () => {
  it('lists additions, removals and changed fields per list', () => {
    const before = [medicine('60000001', { mitm: mitm('A01') }), medicine('60000002', { mitm: mitm('B01') })];
    const after = [medicine('60000002', { mitm: mitm('B02') }), medicine('60000003', { mitm: mitm('C01') })];
    expect(diffLists(before, after, '2025-01-01', '2025-02-01')).toEqual({
      from: '2025-01-01',
      to: '2025-02-01',
      changes: [
        { id: '60000001', name: 'NOM 60000001', topic: 'mitm', kind: 'removed', files: [] },
        { id: '60000002', name: 'NOM 60000002', topic: 'mitm', kind: 'changed', files: [], field: 'atc', old: 'B01', new: 'B02' },
        { id: '60000003', name: 'NOM 60000003', topic: 'mitm', kind: 'added', files: [] },
      ],
    });
  });

  it('finds nothing between identical versions', () => {
    const version = [medicine('60000001', { mitm: mitm('A01'), shortageState: 'rupture' })];
    expect(diffLists(version, version, '2025-01-01', '2025-02-01').changes).toEqual([]);
  });
});

describe('history store and entries', () => {
  it('replaces the change set of a version rebuilt, oldest first', () => {
    const a = { from: '2025-01-01', to: '2025-02-01', changes: [] };
    const b = { from: '2025-02-01', to: '2025-03-01', changes: [] };
    const b2 = { ...b, changes: [{ id: '1', name: 'x', topic: 'mitm' as const, kind: 'added' as const, files: [] }] };
    expect(withChangeSet(withChangeSet([a], b), b2)).toEqual([a, b2]);
  });

  it('keeps an entry for a medicine gone from every source, with the date it left', () => {
    const history = [
      { from: '2025-01-01', to: '2025-02-01', changes: [{ id: '60000009', name: 'PARTI', topic: 'mitm' as const, kind: 'removed' as const, files: [] }] },
    ];
    const [retired] = applyHistory([], history);
    expect(retired).toMatchObject({
      id: '60000009',
      name: 'PARTI',
      retiredOn: '2025-02-01',
      history: [{ topic: 'mitm', kind: 'removed', files: [], from: '2025-01-01', to: '2025-02-01' }],
    });
  });
  it('dates a departure without a removal (its file not compared after) at the first version after its newest event, never before it', () => {
    const change = {
      id: 'ucd-9400000000001',
      name: 'IMPORTÉ',
      topic: 'retrocession' as const,
      kind: 'changed' as const,
      field: 'remarques',
      old: 'a',
      new: 'b',
      files: [],
    };
    const history = [
      { from: '2025-01-01', to: '2025-02-01', changes: [change] },
      { from: '2025-02-01', to: '2025-03-01', changes: [] },
    ];
    expect(applyHistory([], history)[0].retiredOn).toBe('2025-03-01');
    // No recorded version after it: this build's own.
    expect(applyHistory([], history.slice(0, 1), '2025-04-01')[0].retiredOn).toBe('2025-04-01');
  });
});

describe('building a new snapshot', () => {
  const work = scratch('history');
  const root = join(work.dir, 'sources');
  afterAll(() => work.cleanup());
  beforeAll(async () => {
    await writeDemoFiles(join(root, PREVIOUS_DEMO_DATE), previousDemoDataset(), PREVIOUS_DEMO_DATE);
    await writeDemoFiles(join(root, '2025-07-15'), currentDemoDataset, '2025-07-15');
  });

  it('puts the changes from the previous snapshot in the content, and leaves the snapshots history to the whole build', async () => {
    const out = join(work.dir, 'content');
    const report = await buildContent({ root: projectRoot, sourcesFlag: join(root, '2025-07-15'), outDir: out });
    const history = JSON.parse(readFileSync(join(out, 'history.json'), 'utf8'));
    expect(history).toHaveLength(1);
    expect(history[0]).toMatchObject({ from: PREVIOUS_DEMO_DATE, to: '2025-07-15' });
    expect(report.historyTarget).toBe(join(root, 'history.json'));
    expect(existsSync(join(root, 'history.json'))).toBe(false);

    const medicines: Medicine[] = JSON.parse(readFileSync(join(out, 'medicines.json'), 'utf8'));
    const byId = new Map(medicines.map((m) => [m.id, m]));
    expect(byId.get('60000099')).toMatchObject({ retiredOn: '2025-07-15', name: 'RANITIDINE DÉMO 150 mg, comprimé effervescent' });
    expect(byId.get('60000051')?.history).toEqual([
      { topic: 'retrocession', kind: 'removed', files: ['liste-retrocession.xlsx'], from: PREVIOUS_DEMO_DATE, to: '2025-07-15' },
    ]);
    expect(byId.get('60000021')?.history).toContainEqual({
      topic: 'shortages',
      kind: 'changed',
      files: ['CIS_CIP_Dispo_Spec.txt'],
      field: 'etat',
      old: 'rupture',
      new: 'tension',
      from: PREVIOUS_DEMO_DATE,
      to: '2025-07-15',
    });
  });

  it('gives the same content when the same snapshot is built again', async () => {
    const [first, second] = [join(work.dir, 'a'), join(work.dir, 'b')];
    await buildContent({ root: projectRoot, sourcesFlag: join(root, '2025-07-15'), outDir: first });
    await buildContent({ root: projectRoot, sourcesFlag: join(root, '2025-07-15'), outDir: second });
    for (const name of readdirSync(first)) expect(readFileSync(join(second, name), 'utf8'), name).toBe(readFileSync(join(first, name), 'utf8'));
  });

  it('records the history only when the whole site build succeeds', async () => {
    const build = (env: Record<string, string> = {}) =>
      run(
        process.execPath,
        ['scripts/build-site.ts', '--sources', join(root, '2025-07-15'), '--out', join(work.dir, 'dist'), '--content', join(work.dir, 'site-content')],
        { cwd: projectRoot, env: { ...process.env, ...env } },
      ).catch((error: { code: number; stdout: string; stderr: string }) => error);
    // An invalid SITE_URL makes the Astro step fail, after the content step has succeeded.
    const failed = await build({ SITE_URL: 'pas une adresse' });
    expect(failed).toMatchObject({ code: 1 });
    expect((failed as { stdout: string }).stdout).toContain('Contenu écrit en');
    expect((failed as { stderr: string }).stderr).toContain('la construction Astro a échoué');
    expect(existsSync(join(root, 'history.json'))).toBe(false);
    expect(existsSync(join(root, 'withdrawn.json'))).toBe(false);

    const built = await build();
    expect((built as { stdout: string }).stdout).toContain(
      `Historique des listes enregistré : ${join(root, 'history.json')} (version du 15/07/2025 comparée à celle du 15/04/2025)`,
    );
    const recorded = JSON.parse(readFileSync(join(root, 'history.json'), 'utf8'));
    expect(recorded.map((set: { from: string; to: string }) => [set.from, set.to])).toEqual([[PREVIOUS_DEMO_DATE, '2025-07-15']]);
    expect(readFileSync(join(root, 'history.json'), 'utf8')).toBe(readFileSync(join(work.dir, 'site-content', 'history.json'), 'utf8'));
    expect(readFileSync(join(root, 'withdrawn.json'), 'utf8')).toBe(readFileSync(join(work.dir, 'site-content', 'withdrawn.json'), 'utf8'));
  }, 120_000);

  it('keeps a medicine withdrawn two snapshots ago, and makes one that comes back current again with both events', async () => {
    const chain = join(work.dir, 'chain');
    const [first, second, third, fourth] = [PREVIOUS_DEMO_DATE, '2025-07-15', '2025-10-15', '2026-01-15'];
    await writeDemoFiles(join(chain, first), previousDemoDataset(), first);
    await writeDemoFiles(join(chain, second), currentDemoDataset, second);
    await writeDemoFiles(join(chain, third), currentDemoDataset, third);
    // Each build recorded as a whole site build would: the content's history and withdrawn medicines.
    const build = async (date: string) => {
      const out = join(work.dir, `chain-${date}`);
      await buildContent({ root: projectRoot, sourcesFlag: join(chain, date), outDir: out });
      recordHistory(out, join(chain, 'history.json'));
      return new Map((JSON.parse(readFileSync(join(out, 'medicines.json'), 'utf8')) as Medicine[]).map((m) => [m.id, m]));
    };
    await build(second);
    const kept = (await build(third)).get('60000099');
    expect(kept).toMatchObject({
      inBdpm: false,
      retiredOn: second,
      presentations: [],
      shortageState: null,
      mitm: null,
      lastKnown: { on: first, shortageState: 'rupture' },
    });
    expect(kept?.lastKnown?.presentations.map((p) => p.price)).toEqual([5.12]);
    expect(kept?.history).toContainEqual({ topic: 'bdpm', kind: 'removed', files: ['CIS_bdpm.txt'], from: first, to: second });

    await writeDemoFiles(join(chain, fourth), previousDemoDataset(), fourth);
    const back = (await build(fourth)).get('60000099');
    expect(back).toMatchObject({ inBdpm: true, retiredOn: null, lastKnown: null, shortageState: 'rupture' });
    expect(back?.history.filter((event) => event.topic === 'bdpm').map((event) => [event.kind, event.to])).toEqual([
      ['added', fourth],
      ['removed', second],
    ]);
    // Back in the BDPM, it leaves the kept withdrawn medicines (the earlier demo version lacks 60000056, withdrawn in its turn).
    const kept4 = JSON.parse(readFileSync(join(work.dir, `chain-${fourth}`, 'withdrawn.json'), 'utf8')) as Medicine[];
    expect(kept4.map((m) => [m.id, m.retiredOn])).toEqual([['60000056', fourth]]);
  });

  it('starts no history from a first snapshot', async () => {
    const alone = join(work.dir, 'alone');
    await writeDemoFiles(join(alone, '2025-07-15'), currentDemoDataset, '2025-07-15');
    await buildContent({ root: projectRoot, sourcesFlag: join(alone, '2025-07-15'), outDir: join(work.dir, 'c') });
    expect(existsSync(join(alone, 'history.json'))).toBe(false);
  });
});
