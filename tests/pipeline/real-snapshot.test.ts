import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
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

  it('names the BDPM file it does not read and prints the join share of each list', () => {
    expect(report.unused).toEqual([{ file: 'CIS_GENER_bdpm.txt', why: 'fichier BDPM connu (groupes génériques), non utilisé par le site' }]);
    const share = (file: string) => report.accounts.find((account) => account.file === file)?.joinShare;
    expect(share('CIS_MITM.txt')).toEqual({ rows: 8_107, joined: 8_106 });
    expect(share('CIS_CIP_Dispo_Spec.txt')).toEqual({ rows: 945, joined: 927 });
    expect(report.acceptedChanges).toEqual([]);
  });

  it('stops on a download truncated to half of the previous snapshot, giving both counts', async () => {
    const root = join(work.dir, 'sources');
    for (const date of ['2025-07-01', '2025-08-01']) cpSync(realSnapshotDir, join(root, date), { recursive: true });
    const path = join(root, '2025-08-01', 'CIS_CIP_bdpm.txt');
    const bytes = readFileSync(path);
    writeFileSync(path, bytes.subarray(0, bytes.lastIndexOf(0x0a, bytes.length / 2) + 1));
    await expect(buildContent({ root: projectRoot, sourcesFlag: join(root, '2025-08-01'), outDir: join(work.dir, 'truncated') })).rejects.toThrow(
      /CIS_CIP_bdpm\.txt: 10\s\d{3} ligne\(s\) contre 20\s882 dans l'instantané du 2025-07-01/,
    );
  });
});
