/**
 * The snapshot before the one built is read and joined once, and that one reading serves the
 * change checks (its counts) and the history (its medicines); unreadable, it is compared by
 * neither, and each says so.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEMO_DATE, PREVIOUS_DEMO_DATE, currentDemoDataset, previousDemoDataset } from '../../../scripts/demo/demo-dataset.ts';
import { writeDemoFiles } from '../../../scripts/demo/generate-demo-sources.ts';
import { readPreviousSnapshot } from '../../../scripts/lib/content-step/previous-snapshot.ts';
import { buildContent } from '../../../scripts/lib/content-step/pipeline.ts';
import { locateHistory } from '../../../scripts/lib/history/history-store.ts';
import { parseSourceFile } from '../../../scripts/lib/parse-source.ts';
import { locateSources } from '../../../scripts/lib/sources-dir.ts';
import { demoDir, projectRoot, scratch } from '../../helpers/sources.ts';

vi.mock('../../../scripts/lib/parse-source.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../../scripts/lib/parse-source.ts')>();
  return { ...original, parseSourceFile: vi.fn(original.parseSourceFile) };
});

const work = scratch('previous-snapshot');
const root = join(work.dir, 'sources');
const [previousDir, currentDir] = [join(root, PREVIOUS_DEMO_DATE), join(root, DEMO_DATE)];
const fileCount = (dir: string) => Object.keys(locateSources(dir, dir, undefined).files).length;

beforeAll(async () => {
  await writeDemoFiles(previousDir, previousDemoDataset(), PREVIOUS_DEMO_DATE);
  await writeDemoFiles(currentDir, currentDemoDataset, DEMO_DATE);
});
afterAll(() => work.cleanup());
beforeEach(() => {
  vi.mocked(parseSourceFile).mockClear();
});

describe('the previous snapshot', () => {
  it('is read once for the change checks and the history of a build', async () => {
    const report = await buildContent({ root: projectRoot, sourcesFlag: currentDir, outDir: join(work.dir, 'content') });
    expect(fileCount(previousDir)).toBe(10);
    expect(vi.mocked(parseSourceFile)).toHaveBeenCalledTimes(fileCount(currentDir) + fileCount(previousDir));
    expect(report.history.comparedWith?.date).toBe(PREVIOUS_DEMO_DATE);
    expect(report.accounts.find((account) => account.id === 'mitm')?.joinShare).toEqual({ rows: 16, joined: 15 });
  });

  it('gives its counts and its joined medicines, or nothing when there is no dated snapshot before', async () => {
    expect(await readPreviousSnapshot(locateHistory(demoDir))).toBeNull();
    expect(await readPreviousSnapshot(locateHistory(previousDir))).toBeNull();
    const previous = await readPreviousSnapshot(locateHistory(currentDir));
    expect(previous).toMatchObject({ date: PREVIOUS_DEMO_DATE, dir: previousDir });
    if (!previous || !('value' in previous.summary) || !('value' in previous.joined)) throw new Error('previous snapshot not read');
    expect(previous.summary.value.rows.medicines).toEqual({ file: 'CIS_bdpm.txt', read: expect.any(Number) });
    expect(previous.joined.value.files.retrocession).toMatch(/retrocession/i);
    expect(previous.joined.value.medicines.map((medicine) => medicine.id)).toContain('60000099');
  });

  it('when unreadable, is compared by neither the change checks nor the history, and both say so', async () => {
    const broken = join(work.dir, 'broken');
    await writeDemoFiles(join(broken, PREVIOUS_DEMO_DATE), previousDemoDataset(), PREVIOUS_DEMO_DATE);
    await writeDemoFiles(join(broken, DEMO_DATE), currentDemoDataset, DEMO_DATE);
    writeFileSync(join(broken, PREVIOUS_DEMO_DATE, 'liste-retrocession.xlsx'), '<html><body>Service indisponible</body></html>');
    const report = await buildContent({ root: projectRoot, sourcesFlag: join(broken, DEMO_DATE), outDir: join(work.dir, 'broken-content') });
    expect(report.warnings.map(({ file, message }) => ({ file, message: message.replace(/ : .*/s, '') }))).toEqual([
      { file: join(broken, DEMO_DATE), message: `instantané du ${PREVIOUS_DEMO_DATE} illisible, pas de comparaison des décomptes` },
      { file: join(broken, PREVIOUS_DEMO_DATE), message: 'instantané précédent illisible, pas de comparaison' },
    ]);
    expect(report.warnings[1].message).toContain("liste-retrocession.xlsx: le fichier ne s'ouvre pas");
    expect(report.history).toMatchObject({
      snapshot: DEMO_DATE,
      comparedWith: null,
      note: `instantané précédent (${PREVIOUS_DEMO_DATE}) illisible : pas de comparaison (voir l'avertissement)`,
    });
    expect(report.historyTarget).toBeNull();
  });
});
