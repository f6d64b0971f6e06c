/**
 * Issue 30 at real size: the July 2025 and January 2026 BDPM snapshots written as datapackages
 * (tests/helpers/bdpm-to-datapackage.ts: no real package is available here) give the same
 * medicines as the .txt files, except the fields the package lacks; and the history from a
 * BDPM-format snapshot to a datapackage one is the history between the two BDPM snapshots.
 * Skipped without the real snapshots.
 */
import { cpSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { writePackageOf } from '../helpers/bdpm-to-datapackage.ts';
import { differences, historyWithoutPrices } from '../helpers/medicine-differences.ts';
import { januarySnapshotDir, projectRoot, realSnapshotDir, realSnapshotPresent, scratch } from '../helpers/sources.ts';

const present =
  realSnapshotPresent('les tests du datapackage sur données réelles') &&
  realSnapshotPresent('les tests du datapackage sur données réelles', januarySnapshotDir);
const work = scratch('datapackage-real');
afterAll(() => work.cleanup());
const medicinesIn = (dir: string): Medicine[] => JSON.parse(readFileSync(join(dir, 'medicines.json'), 'utf8'));
/** What the package lacks (see datapackage-equivalence.test.ts), and what its one `disponibilite` column cannot say. */
const allowed = new Set([
  '.form',
  '.routes',
  '.enhancedMonitoring',
  '.euNumber',
  '.presentations[].collectivities',
  '.presentations[].reimbursementRate',
  '.presentations[].price',
  '.presentations[].priceWithFee',
  '.presentations[].dispensingFee',
  '.presentations[].reimbursementNotes',
  '.substances[].dosageReference',
  '.sources[]',
  '.genericGroups[].from.source',
  '.genericGroups[].from.row',
  '.genericGroups[].absentMembers[].from.source',
  '.genericGroups[].absentMembers[].from.row',
]);

describe.runIf(present)('datapackage built from the real BDPM snapshots', () => {
  const keep = ['CIS_MITM.txt', 'CIS_CIP_Dispo_Spec.txt'];

  it('gives the same medicines as the .txt files, except the fields the package lacks', async () => {
    await writePackageOf(realSnapshotDir, join(work.dir, 'package'), keep);
    await buildContent({ root: projectRoot, sourcesFlag: realSnapshotDir, outDir: join(work.dir, 'txt') });
    await buildContent({ root: projectRoot, sourcesFlag: join(work.dir, 'package'), outDir: join(work.dir, 'package-out') });
    const txt = medicinesIn(join(work.dir, 'txt'));
    const packaged = new Map(medicinesIn(join(work.dir, 'package-out')).map((medicine) => [medicine.id, medicine]));
    expect([...packaged.keys()].sort()).toEqual(txt.map((medicine) => medicine.id).sort());
    const found = new Map<string, number>();
    for (const medicine of txt) differences(medicine, packaged.get(medicine.id), '', found);
    expect([...found.keys()].filter((path) => !allowed.has(path))).toEqual([]);
  }, 120_000);

  it('compares a BDPM-format snapshot with a datapackage snapshot as with its BDPM-format twin', async () => {
    const changes = async (name: string, writeCurrent: (dir: string) => Promise<void>) => {
      const [previous, current] = [join(work.dir, 'snapshots', name, '2025-07-01'), join(work.dir, 'snapshots', name, '2026-01-28')];
      cpSync(realSnapshotDir, previous, { recursive: true });
      mkdirSync(current, { recursive: true });
      await writeCurrent(current);
      const report = await buildContent({ root: projectRoot, sourcesFlag: current, outDir: join(work.dir, 'history-out', name) });
      return { story: report.history.comparedWith, history: medicinesIn(join(work.dir, 'history-out', name)).map(({ id, history }) => ({ id, history })) };
    };
    const bdpm = await changes('bdpm', async (dir) => cpSync(januarySnapshotDir, dir, { recursive: true }));
    const packaged = await changes('package', (dir) => writePackageOf(januarySnapshotDir, dir, keep));
    expect(bdpm.story?.counts.length).toBeGreaterThan(0);
    // Without prices in the package, presentations differ only by their price and rate changes, which it cannot see.
    const notPresentations = (story: typeof bdpm.story) => ({ ...story, counts: story?.counts.filter((count) => count.list !== 'presentations') });
    expect(notPresentations(packaged.story)).toEqual(notPresentations(bdpm.story));
    const presentations = (story: typeof bdpm.story) => story?.counts.find((count) => count.list === 'presentations');
    expect(presentations(packaged.story)).toMatchObject({ added: presentations(bdpm.story)?.added, removed: presentations(bdpm.story)?.removed });
    expect(historyWithoutPrices(packaged.history)).toEqual(historyWithoutPrices(bdpm.history));
  }, 240_000);
});
