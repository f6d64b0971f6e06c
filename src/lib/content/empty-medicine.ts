/** A medicine entry with nothing known but its key and name: the join starts from it, and so do tests. */
import type { Medicine, NameOrigin } from './medicine.ts';

export function emptyMedicine(id: string, cis: string | null, name: string, nameOrigin: NameOrigin = 'file'): Medicine {
  return {
    id,
    cis,
    name,
    nameOrigin,
    inBdpm: false,
    form: null,
    routes: [],
    holders: [],
    ammStatus: null,
    procedure: null,
    commercialStatus: null,
    ammDate: null,
    bdpmStatus: null,
    euNumber: null,
    enhancedMonitoring: null,
    presentations: [],
    prescriptionConditions: [],
    genericGroups: [],
    substances: [],
    retrocession: [],
    mitm: null,
    accesDerogatoire: [],
    shortages: [],
    shortageState: null,
    sources: [],
    history: [],
    retiredOn: null,
    lastKnown: null,
  };
}
