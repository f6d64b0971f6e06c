/**
 * Medicines that left CIS_bdpm.txt keep their page: the content step carries each one forward
 * with what the last version that had it said (lastKnown) and its withdrawal window (lastKnown.on,
 * present; retiredOn, absent). Their current fields are emptied, so that no price, condition,
 * list or availability of theirs can be read as current. A CIS that comes back is simply current.
 * The carried entries are kept beside the snapshots' history.json (withdrawn.json), for a
 * medicine withdrawn two snapshots ago is in neither of the two versions compared. Pure, but for
 * the file's reading and writing.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { type Medicine, medicineSchema } from '../../../src/lib/content/medicine.ts';
import { emptyMedicine } from '../../../src/lib/content/empty-medicine.ts';
import { SourceError } from '../problems.ts';

export const WITHDRAWN_FILE = 'withdrawn.json';

const byId = (a: Medicine, b: Medicine) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * A medicine as last seen in the BDPM on `lastSeen`, carried into the version of `goneOn`: what
 * describes it is kept, every other field starts empty (so a field added later is safe).
 */
export function withdrawnEntry(medicine: Medicine, lastSeen: string, goneOn: string, files: Record<string, string>): Medicine {
  const { id, cis, name, nameOrigin, form, routes, holders, procedure, ammDate, bdpmStatus, euNumber, enhancedMonitoring, substances } = medicine;
  const { ammStatus, commercialStatus, presentations, prescriptionConditions, genericGroups, retrocession, mitm, accesDerogatoire, shortages, shortageState } =
    medicine;
  return {
    ...emptyMedicine(id, cis, name),
    ...{ nameOrigin, form, routes, holders, procedure, ammDate, bdpmStatus, euNumber, enhancedMonitoring, substances },
    retiredOn: goneOn,
    lastKnown: {
      ammStatus,
      commercialStatus,
      presentations,
      prescriptionConditions,
      genericGroups,
      retrocession,
      mitm,
      accesDerogatoire,
      shortages,
      shortageState,
      on: lastSeen,
      files,
    },
  };
}

/** One version: its joined medicines, its date and the files it read (source id → file name). */
interface Version {
  date: string;
  medicines: Medicine[];
  files: Partial<Record<string, string>>;
}

/**
 * The medicines of the previous version's CIS_bdpm.txt that the current one lacks. Only when both
 * versions read the medicines file: without it, every medicine would read as withdrawn.
 */
export function newlyWithdrawn(previous: Version, current: Version): Medicine[] {
  if (!previous.files.medicines || !current.files.medicines) return [];
  const inBdpm = new Set(current.medicines.filter((m) => m.inBdpm).map((m) => m.id));
  const files = Object.fromEntries(Object.entries(previous.files).filter((entry): entry is [string, string] => entry[1] !== undefined));
  return previous.medicines.filter((m) => m.inBdpm && !inBdpm.has(m.id)).map((m) => withdrawnEntry(m, previous.date, current.date, files));
}

/**
 * The withdrawn medicines as of `date`: those recorded before (`stored`) and those withdrawn now
 * (`newly`, which win), leaving out any withdrawn after `date` (an older snapshot rebuilt) and
 * any back in the BDPM (`current`).
 */
export function withdrawnAsOf(stored: Medicine[], newly: Medicine[], date: string, current: Medicine[]): Medicine[] {
  const back = new Set(current.filter((m) => m.inBdpm).map((m) => m.id));
  const all = new Map(stored.map((m) => [m.id, m]));
  for (const entry of newly) all.set(entry.id, entry);
  return [...all.values()].filter((m) => m.retiredOn !== null && m.retiredOn <= date && !back.has(m.id)).sort(byId);
}

/**
 * The current medicines with the withdrawn ones carried in. A CIS back in the BDPM is current
 * only; one still on an ANSM list keeps that current list entry, with the BDPM's last word.
 */
export function carryWithdrawn(current: Medicine[], withdrawn: Medicine[]): Medicine[] {
  const now = new Map(current.map((m) => [m.id, m]));
  const carried: Medicine[] = [];
  for (const entry of withdrawn) {
    const listed = now.get(entry.id);
    if (listed?.inBdpm) continue;
    if (!listed) {
      carried.push(entry);
      continue;
    }
    const { retrocession, mitm, accesDerogatoire, shortages, shortageState, sources } = listed;
    now.set(entry.id, { ...entry, retrocession, mitm, accesDerogatoire, shortages, shortageState, sources, history: listed.history });
  }
  return [...now.values(), ...carried].sort(byId);
}

const storeSchema = z.array(medicineSchema);

export function readWithdrawn(path: string): Medicine[] {
  if (!existsSync(path)) return [];
  try {
    return storeSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
  } catch (error) {
    throw new SourceError({ file: path }, `médicaments retirés illisibles : ${(error as Error).message}`);
  }
}

/** One medicine a line, as medicines.json, in the schema's key order (the same once read back). */
export function serialiseWithdrawn(entries: Medicine[]): string {
  const checked = storeSchema.parse(entries.map((entry) => ({ ...entry, history: [] })));
  return checked.length > 0 ? `[\n${checked.map((entry) => JSON.stringify(entry)).join(',\n')}\n]\n` : '[]\n';
}

export function writeWithdrawn(path: string, entries: Medicine[]): void {
  const temporary = `${path}.new-${process.pid}`;
  writeFileSync(temporary, serialiseWithdrawn(entries));
  renameSync(temporary, path);
}
