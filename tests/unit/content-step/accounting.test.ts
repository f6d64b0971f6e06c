import { describe, expect, it } from 'vitest';
import { countOrphans, manifestSources, refuseRejectedRows } from '../../../scripts/lib/content-step/accounting.ts';
import type { SourceFacts } from '../../../scripts/lib/content-step/read-sources.ts';
import { SourceError } from '../../../scripts/lib/problems.ts';
import { report } from '../../helpers/content-step.ts';

const accounts = () => [
  { id: 'medicines' as const, file: 'CIS_bdpm.txt', read: 3, kept: 3, rejected: 0, duplicates: 0 },
  { id: 'presentations' as const, file: 'CIS_CIP_bdpm.txt', read: 5, kept: 4, rejected: 1, duplicates: 0 },
  { id: 'mitm' as const, file: 'CIS_MITM.txt', read: 2, kept: 2, rejected: 0, duplicates: 0, joinShare: { rows: 2, joined: 1 } },
];
const parserRejection = { file: 'CIS_CIP_bdpm.txt', row: 2, column: '7 (code CIP13)', reason: 'code CIP13 attendu' };
const orphan = { file: 'CIS_CIP_bdpm.txt', row: 4, column: '1 (code CIS)', reason: 'CIS 69999999 absent de CIS_bdpm.txt' };

describe('countOrphans (accounting stage)', () => {
  it("moves each row the join could not attach from its file's kept rows to its rejected rows", () => {
    const accounted = report({ accounts: accounts(), rejections: [parserRejection] });
    countOrphans(accounted, [orphan]);
    expect(accounted.accounts[1]).toMatchObject({ read: 5, kept: 3, rejected: 2 });
    expect(accounted.rejections).toEqual([parserRejection, orphan]);
    for (const account of accounted.accounts) expect(account.kept + account.rejected + account.duplicates).toBe(account.read);
  });

  it('refuses an orphan from a file the accounting does not know', () => {
    expect(() => countOrphans(report({ accounts: accounts() }), [{ ...orphan, file: 'autre.txt' }])).toThrow(
      'autre.txt : fichier absent du décompte des lignes',
    );
  });
});

describe('refuseRejectedRows', () => {
  it('stops in strict mode on the first rejected row, giving their number', () => {
    const rejected = report({ rejections: [parserRejection, orphan] });
    expect(() => refuseRejectedRows(rejected, false)).not.toThrow();
    const error = (() => {
      try {
        refuseRejectedRows(rejected, true);
      } catch (caught) {
        return caught;
      }
    })();
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).location).toEqual(parserRejection);
    expect((error as Error).message).toContain('code CIP13 attendu (2 ligne(s) rejetée(s), mode strict)');
    expect(() => refuseRejectedRows(report(), true)).not.toThrow();
  });
});

describe('manifestSources', () => {
  it("copies each file's row counts from the accounting, in the manifest's key order", () => {
    const facts = (id: SourceFacts['id'], file: string): SourceFacts => ({
      id,
      file,
      sha256: '0'.repeat(64),
      size: 10,
      date: '2025-07-04',
      dateHow: 'latest-in-data',
      originUrl: null,
      encoding: 'utf-8',
      demo: false,
    });
    const sources = manifestSources([facts('presentations', 'CIS_CIP_bdpm.txt'), facts('mitm', 'CIS_MITM.txt')], report({ accounts: accounts() }));
    expect(sources.map((source) => Object.keys(source))).toEqual([
      ['id', 'file', 'sha256', 'size', 'rows', 'kept', 'rejected', 'duplicates', 'joinShare', 'date', 'dateHow', 'originUrl', 'encoding', 'demo'],
      ['id', 'file', 'sha256', 'size', 'rows', 'kept', 'rejected', 'duplicates', 'joinShare', 'date', 'dateHow', 'originUrl', 'encoding', 'demo'],
    ]);
    expect(sources[0]).toMatchObject({ rows: 5, kept: 4, rejected: 1, duplicates: 0, joinShare: null });
    expect(sources[1]).toMatchObject({ rows: 2, kept: 2, joinShare: { rows: 2, joined: 1 } });
  });
});
