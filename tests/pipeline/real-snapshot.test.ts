import { afterAll, describe, expect, it } from 'vitest';
import { type ContentReport, buildContent } from '../../scripts/lib/build-content.ts';
import { projectRoot, realSnapshotDir, realSnapshotPresent, scratch } from '../helpers/sources.ts';

const present = realSnapshotPresent(`tests d'intégration sur données réelles`);

describe.skipIf(!present)('content step on the real BDPM snapshot (July 2025)', () => {
  const work = scratch('real');
  afterAll(() => work.cleanup());
  let report: ContentReport;

  it('reads every file and accounts for every row', async () => {
    report = await buildContent({ root: projectRoot, sourcesFlag: realSnapshotDir, outDir: work.dir });
    for (const account of report.accounts) {
      expect(account.kept + account.rejected + account.duplicates, account.file).toBe(account.read);
    }
    const read = Object.fromEntries(report.accounts.map((a) => [a.file, a.read]));
    expect(read).toEqual({
      'CIS_bdpm.txt': 15_788,
      'CIS_CIP_bdpm.txt': 20_882,
      'CIS_COMPO_bdpm.txt': 32_585,
      'CIS_CPD_bdpm.txt': 27_467,
      'CIS_MITM.txt': 8_107,
      'CIS_CIP_Dispo_Spec.txt': 957,
    });
  });

  it('has the expected medicines, MITM and shortage counts', () => {
    expect(report.counts).toMatchObject({ bdpm: 15_788, mitm: 8_107, shortage: 933 });
    // One MITM-only entry (CIS 69590076) and 18 shortage-only ones.
    expect(report.counts.listOnly).toBe(19);
  });

  it('rejects only presentations whose CIS is not in CIS_bdpm.txt', () => {
    expect(report.rejections.map((r) => `${r.file}:${r.row}`)).toEqual([
      'CIS_CIP_bdpm.txt:6913',
      'CIS_CIP_bdpm.txt:10245',
      'CIS_CIP_bdpm.txt:20710',
    ]);
    expect(report.duplicates).toHaveLength(12);
  });
});
