/** Small inputs for the content step's stage tests: medicines as the join makes them, and a report as the reading stage begins it. */
import type { ContentReport } from '../../scripts/lib/content-report.ts';
import { emptyReport } from '../../scripts/lib/content-step/read-sources.ts';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import type { AccessType } from '../../src/lib/content/access-types.ts';
import type { ShortageState } from '../../src/lib/content/shortage-states.ts';

export function medicine(id: string, change: Partial<Medicine> = {}): Medicine {
  return { ...emptyMedicine(id, id, `NOM ${id}`), inBdpm: true, sources: ['CIS_bdpm.txt'], ...change };
}

const from = { source: 'liste.xlsx', row: 2 };

export const onMitm = { mitm: { atc: 'A01', name: null, from: [{ source: 'CIS_MITM.txt', row: 1 }] } } satisfies Partial<Medicine>;

export function withAccess(...types: AccessType[]): Partial<Medicine> {
  return {
    accesDerogatoire: types.map((type) => ({
      type,
      name: 'NOM',
      substance: null,
      ucd: null,
      indication: null,
      status: null,
      startDate: null,
      endDate: null,
      laboratory: null,
      putRdUrl: null,
      rcpUrl: null,
      conditionsUrl: null,
      from,
    })),
  };
}

export function withShortage(state: ShortageState): Partial<Medicine> {
  return {
    shortageState: state,
    shortages: [{ cip13: null, state, label: state, startDate: null, updatedDate: null, availableAgainDate: null, ansmUrl: null, from }],
  };
}

export function report(change: Partial<ContentReport> = {}): ContentReport {
  return { ...emptyReport({ dir: '/sources', unused: [] }, false), ...change };
}
