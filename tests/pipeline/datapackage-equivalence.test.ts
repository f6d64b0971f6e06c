/**
 * Issue 30: the demo set built from its datapackage rendering (data/demo-datapackage/) gives the
 * same medicines as built from its .txt files, field by field, except for the differences the
 * package's content imposes, each listed here with why. And the history from a BDPM-format
 * snapshot to a datapackage snapshot of the same medicines has no spurious withdrawn/new pairs.
 */
import { cpSync, mkdirSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { datapackageDemoDir, writeDemoDatapackage } from '../../scripts/demo/demo-datapackage.ts';
import { writeDemoFiles } from '../../scripts/demo/generate-demo-sources.ts';
import { DEMO_DATE, PREVIOUS_DEMO_DATE, currentDemoDataset, previousDemoDataset } from '../../scripts/demo/demo-dataset.ts';
import { buildContent } from '../../scripts/lib/content-step/pipeline.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { differences } from '../helpers/medicine-differences.ts';
import { demoDir, projectRoot, scratch } from '../helpers/sources.ts';
import { historyWithoutPrices } from '../helpers/medicine-differences.ts';

const packageDemoDir = datapackageDemoDir(demoDir);
const work = scratch('equivalence');
afterAll(() => work.cleanup());
const medicinesIn = (dir: string): Medicine[] => JSON.parse(readFileSync(join(dir, 'medicines.json'), 'utf8'));

/**
 * What the package does not carry, or carries differently: each difference, and why.
 * A field missing here that differs fails the test; one listed here that no longer differs too.
 */
const expectedDifferences: Record<string, string> = {
  '.form': 'no pharmaceutical form of the specialité in the package (element.denomination is the element, given to the composition)',
  '.routes': 'no routes of administration in the package',
  '.enhancedMonitoring': 'no "surveillance renforcée" column; specialite_evenement codes for it are not known',
  '.presentations[].collectivities': 'no agrément aux collectivités in the package',
  '.presentations[].reimbursementRate': 'no reimbursement rate in the package',
  '.presentations[].price': 'no price in the package',
  '.presentations[].priceWithFee': 'no price in the package',
  '.presentations[].dispensingFee': 'no dispensing fee in the package',
  '.substances[].dosageReference': 'no "référence du dosage" in composant',
  '.bdpmStatus':
    'INDISPONIBLE carries the "Warning disponibilité" that medicines not marketed have in the real CIS_bdpm.txt; the demo .txt leaves it empty for its one medicine not marketed',
  '.sources[]': 'the files are the resources (specialite.csv…) instead of the .txt files',
  '.genericGroups[].from.source': 'provenance names specialite_groupe_generique.csv',
  '.genericGroups[].from.row': 'CSV rows count the header line: row numbers are one more',
};

describe('demo set: datapackage rendering vs .txt files', () => {
  it('data/demo-datapackage is what the generator writes (npm run demo:generate)', () => {
    const fresh = join(work.dir, 'fresh');
    const written = writeDemoDatapackage(fresh, currentDemoDataset, DEMO_DATE, demoDir);
    expect(readdirSync(packageDemoDir).sort()).toEqual([...written].sort());
    for (const name of written) expect(readFileSync(join(fresh, name)), name).toEqual(readFileSync(join(packageDemoDir, name)));
  });

  it('gives the same medicines field by field, except the differences the package imposes', async () => {
    const [fromTxt, fromPackage] = [join(work.dir, 'txt'), join(work.dir, 'package')];
    await buildContent({ root: projectRoot, sourcesFlag: demoDir, outDir: fromTxt });
    await buildContent({ root: projectRoot, sourcesFlag: packageDemoDir, outDir: fromPackage });
    const txt = medicinesIn(fromTxt);
    const packaged = new Map(medicinesIn(fromPackage).map((medicine) => [medicine.id, medicine]));
    expect([...packaged.keys()]).toEqual(txt.map((medicine) => medicine.id));
    const found = new Map<string, number>();
    for (const medicine of txt) differences(medicine, packaged.get(medicine.id), '', found);
    expect([...found.keys()].sort()).toEqual(Object.keys(expectedDifferences).sort());
    // Everything else is equal: identity, statuses, dates, holders, presentations' codes and labels, composition, conditions, groups, lists.
    const withoutExpected = (medicine: Medicine) => ({
      ...medicine,
      form: null,
      routes: [],
      enhancedMonitoring: null,
      bdpmStatus: null,
      sources: [],
      presentations: medicine.presentations.map((p) => ({
        ...p,
        collectivities: null,
        reimbursementRate: null,
        price: null,
        priceWithFee: null,
        dispensingFee: null,
      })),
      substances: medicine.substances.map((s) => ({ ...s, dosageReference: null })),
      genericGroups: medicine.genericGroups.map(({ from: _from, ...group }) => group),
    });
    expect(txt.map(withoutExpected)).toEqual(txt.map((medicine) => withoutExpected(packaged.get(medicine.id)!)));
  });
});

describe('history from a BDPM-format snapshot to a datapackage snapshot', () => {
  it('compares the same medicines: the same changes as between two BDPM-format snapshots, no spurious withdrawn/new pairs', async () => {
    const changesBetween = async (name: string, writeCurrent: (dir: string) => Promise<unknown>) => {
      const snapshots = join(work.dir, 'snapshots', name);
      const [previous, current] = [join(snapshots, PREVIOUS_DEMO_DATE), join(snapshots, DEMO_DATE)];
      await writeDemoFiles(previous, previousDemoDataset(), PREVIOUS_DEMO_DATE);
      mkdirSync(current, { recursive: true });
      await writeCurrent(current);
      const report = await buildContent({ root: projectRoot, sourcesFlag: current, outDir: join(work.dir, 'history-out', name) });
      return { story: report.history.comparedWith, history: medicinesIn(join(work.dir, 'history-out', name)).map(({ id, history }) => ({ id, history })) };
    };
    const bdpm = await changesBetween('bdpm', (dir) => writeDemoFiles(dir, currentDemoDataset, DEMO_DATE));
    const packaged = await changesBetween('package', async (dir) => {
      const txt = join(work.dir, 'txt-current');
      await writeDemoFiles(txt, currentDemoDataset, DEMO_DATE);
      writeDemoDatapackage(join(work.dir, 'package-current'), currentDemoDataset, DEMO_DATE, txt);
      cpSync(join(work.dir, 'package-current'), dir, { recursive: true });
    });
    expect(bdpm.story?.counts.length).toBeGreaterThan(0);
    // The package carries no prices nor rates: their changes cannot be seen (never read as a change to nothing).
    // The demo's presentation changes between its two versions are all price or rate changes.
    expect(bdpm.history.flatMap(({ history }) => history).some((event) => event.topic === 'presentations' && event.field === 'price')).toBe(true);
    expect(bdpm.story?.counts.find((count) => count.list === 'presentations')).toMatchObject({ added: 0, removed: 0 });
    expect(packaged.story).toEqual({ ...bdpm.story, counts: bdpm.story?.counts.filter((count) => count.list !== 'presentations') });
    expect(historyWithoutPrices(packaged.history)).toEqual(historyWithoutPrices(bdpm.history));
  });
});
