import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildContent } from '../../scripts/lib/build-content.ts';
import type { ContentReport } from '../../scripts/lib/content-report.ts';
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
      'CIS_GENER_bdpm.txt': 10_485,
      'CIS_MITM.txt': 8_107,
      'CIS_CIP_Dispo_Spec.txt': 957,
    });
  });

  it('has the expected medicines, MITM and shortage counts', () => {
    expect(report.counts).toMatchObject({ bdpm: 15_788, lists: { mitm: 8_107, shortages: 933 } });
    // One MITM-only entry (CIS 69590076) and 18 shortage-only ones.
    expect(report.counts.listOnly).toBe(19);
  });

  it('rejects only presentations and generic-group rows whose CIS is not in CIS_bdpm.txt', () => {
    const presentations = report.rejections.filter((r) => r.file === 'CIS_CIP_bdpm.txt');
    expect(presentations.map((r) => r.row)).toEqual([6913, 10245, 20710]);
    for (const rejection of presentations) expect(rejection.reason).toMatch(/^CIS \d{8} absent de CIS_bdpm\.txt$/);
    // The generic-group file still lists members since withdrawn from the BDPM (2 393 rows): those
    // of a group with a member in CIS_bdpm.txt are shown on its page (2 116); the 277 rows of the
    // 122 groups with no member there have no page to show them.
    const generics = report.rejections.filter((r) => r.file === 'CIS_GENER_bdpm.txt');
    expect(generics).toHaveLength(277);
    for (const rejection of generics) expect(rejection.reason).toMatch(/^CIS \d{8} absent de CIS_bdpm\.txt, comme tous les membres du groupe \d+$/);
    expect(report.accounts.find((a) => a.file === 'CIS_GENER_bdpm.txt')).toMatchObject({ read: 10_485, kept: 10_208, rejected: 277 });
    expect(presentations.length + generics.length).toBe(report.rejections.length);
    expect(report.duplicates).toHaveLength(12);
  });

  it('names the implausible date of CIS_CIP_bdpm.txt with its row and column, and does not publish it', () => {
    expect(report.warnings.filter((warning) => warning.row !== undefined)).toEqual([
      {
        file: 'CIS_CIP_bdpm.txt',
        row: 13_298,
        column: '6 (date de déclaration de commercialisation)',
        message: expect.stringContaining('date invraisemblable 29/11/2924, postérieure au 04/07/2026 (un an après le 04/07/2025, date des données)'),
      },
    ]);
    expect(readFileSync(join(work.dir, 'medicines.json'), 'utf8')).not.toContain('"2924-11-29"');
  });

  it('classifies every prescription condition text', () => {
    const { categories, headers, unclassified } = report.conditions;
    expect(unclassified).toEqual([]);
    // 167 distinct texts: 161 conditions and 6 header lines, counted apart.
    expect(categories.reduce((sum, { texts }) => sum + texts, 0)).toBe(161);
    expect(headers).toHaveLength(6);
    const medicines = Object.fromEntries(categories.map(({ category, medicines }) => [category, medicines]));
    // Counts of the issue that asked for this, read off the file with grep.
    expect(medicines).toMatchObject({ rh: 780, 'liste-i': 10_727, 'liste-ii': 1_337, stupefiants: 297 });
    // Place, AMM-wording, other-law and administration texts are no longer counted as specialists (issue 25).
    expect(medicines).toMatchObject({ ph: 1_253, prs: 2_199, 'lieu-prescripteur': 49, 'libelle-amm': 98, 'autre-loi': 4, 'administration-medecin': 83 });
    expect(report.genericGroups).toEqual({ groups: 1_488, memberships: 8_092, medicines: 8_030 });
  });

  it('uses every file and prints the join share of each list', () => {
    expect(report.unused).toEqual([]);
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
