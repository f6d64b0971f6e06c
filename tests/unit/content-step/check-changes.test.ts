import { describe, expect, it } from 'vitest';
import { summariseSnapshot } from '../../../scripts/lib/checks/list-checks.ts';
import { checkChanges } from '../../../scripts/lib/content-step/check-changes.ts';
import type { PreviousSnapshot } from '../../../scripts/lib/content-step/previous-snapshot.ts';
import type { JoinInputs } from '../../../scripts/lib/join-medicines.ts';
import { SourceError } from '../../../scripts/lib/problems.ts';
import { report } from '../../helpers/content-step.ts';

const parsed = (file: string, cisCodes: string[]) => ({
  file,
  records: cisCodes.map((cis, index) => ({ row: index + 1, value: { cis, atc: null, name: null } })),
  rejections: [],
  duplicates: [],
  read: cisCodes.length,
  warnings: [],
});
const cis = (count: number) => Array.from({ length: count }, (_, index) => String(60_000_000 + index));
const inputs = (medicines: number, mitm: number, joined = mitm) =>
  ({
    medicines: parsed('CIS_bdpm.txt', cis(medicines)),
    mitm: parsed('CIS_MITM.txt', [...cis(joined), ...cis(mitm - joined).map((code) => `7${code.slice(1)}`)]),
  }) as unknown as JoinInputs;
const accounts = () => [
  { id: 'medicines' as const, file: 'CIS_bdpm.txt', read: 0, kept: 0, rejected: 0, duplicates: 0 },
  { id: 'mitm' as const, file: 'CIS_MITM.txt', read: 0, kept: 0, rejected: 0, duplicates: 0 },
];
const previous = (summary: PreviousSnapshot['summary']): PreviousSnapshot => ({
  date: '2025-07-01',
  dir: '/sources/2025-07-01',
  summary,
  joined: { error: 'non lu' },
});

describe('checkChanges (validation stage)', () => {
  it('puts each list file’s join share into the accounting', () => {
    const checked = report({ accounts: accounts() });
    checkChanges(inputs(100, 10, 9), checked, null, false);
    expect(checked.accounts.map((account) => account.joinShare)).toEqual([undefined, { rows: 10, joined: 9 }]);
    expect(checked.acceptedChanges).toEqual([]);
  });

  it('stops on a source shrunk since the previous snapshot, unless the change is accepted', () => {
    const before = previous({ value: summariseSnapshot(inputs(100, 10)) });
    expect(() => checkChanges(inputs(50, 10), report({ accounts: accounts() }), before, false)).toThrow(SourceError);
    expect(() => checkChanges(inputs(50, 10), report({ accounts: accounts() }), before, false)).toThrow(
      /CIS_bdpm\.txt: 50 ligne\(s\) contre 100 dans l'instantané du 2025-07-01/,
    );
    const accepted = report({ accounts: accounts() });
    checkChanges(inputs(50, 10), accepted, before, true);
    expect(accepted.acceptedChanges).toEqual([
      { file: 'CIS_bdpm.txt', message: expect.stringContaining("50 ligne(s) contre 100 dans l'instantané du 2025-07-01") },
    ]);
  });

  it('compares nothing with a previous snapshot it could not read, and says so', () => {
    const checked = report({ accounts: accounts() });
    checkChanges(inputs(50, 10), checked, previous({ error: 'fichier tronqué' }), false);
    expect(checked.warnings).toEqual([{ file: '/sources', message: 'instantané du 2025-07-01 illisible, pas de comparaison des décomptes : fichier tronqué' }]);
    expect(checked.acceptedChanges).toEqual([]);
  });
});
