/**
 * What changed in the BDPM between two versions, medicine by medicine: entries that entered or
 * left CIS_bdpm.txt, AMM and marketing status, each presentation (added, withdrawn, rate, price,
 * dispensing fee), prescription conditions and generic group memberships. Pure.
 *
 * A medicine that entered (or left) is one change: its presentations, conditions and groups
 * are not repeated as added (or removed) one by one.
 */
import type { Change, Topic } from '../../../src/lib/content/history.ts';
import type { Medicine, Presentation } from '../../../src/lib/content/medicine.ts';

/** The BDPM parts compared, each read from one file. */
export type BdpmTopic = Extract<Topic, 'bdpm' | 'presentations' | 'conditions' | 'genericGroups'>;
export const bdpmTopics: readonly BdpmTopic[] = ['bdpm', 'presentations', 'conditions', 'genericGroups'];

/** The medicine fields whose change is recorded under `bdpm`. */
const medicineFields = ['ammStatus', 'commercialStatus'] as const;

/** The presentation fields whose change is recorded (prices in euros, rate in per cent). */
const presentationFields = ['reimbursementRate', 'price', 'priceWithFee', 'dispensingFee', 'commercialStatus'] as const;
/** Without prices in one version's file (a datapackage), only the marketing status is compared: a price is not "changed" to nothing. */
const presentationFieldsWithoutPrices = ['commercialStatus'] as const;

const asText = (value: string | number | null): string | null => (value === null ? null : String(value));

function changedFields<T, K extends keyof T & string>(before: T, after: T, fields: readonly K[]): Array<{ field: K; old: string | null; new: string | null }> {
  return fields
    .map((field) => ({ field, old: asText(before[field] as string | number | null), new: asText(after[field] as string | number | null) }))
    .filter((change) => change.old !== change.new);
}

type ItemChange = Omit<Change, 'id' | 'name' | 'topic' | 'files'>;

function byKey<T>(items: T[], key: (item: T) => string): Map<string, T> {
  return new Map(items.map((item) => [key(item), item]));
}

/** Each item added, removed or (with `fields`) changed, by key, in key order. */
function diffItems<T>(
  before: T[],
  after: T[],
  key: (item: T) => string,
  describe: (item: T, kind: 'added' | 'removed') => Omit<Change, 'id' | 'name' | 'topic' | 'kind' | 'files' | 'key'>,
  fields: (old: T, now: T) => Array<{ field: string; old: string | null; new: string | null }>,
): ItemChange[] {
  const old = byKey(before, key);
  const now = byKey(after, key);
  const keys = [...new Set([...old.keys(), ...now.keys()])].sort();
  return keys.flatMap((itemKey): ItemChange[] => {
    const a = old.get(itemKey);
    const b = now.get(itemKey);
    if (!a && b) return [{ kind: 'added' as const, key: itemKey, ...describe(b, 'added') }];
    if (a && !b) return [{ kind: 'removed' as const, key: itemKey, ...describe(a, 'removed') }];
    return fields(a!, b!).map((change) => ({ kind: 'changed' as const, key: itemKey, ...change }));
  });
}

const labelled = (label: string | null, kind: 'added' | 'removed') => (label === null ? {} : kind === 'added' ? { new: label } : { old: label });

/** The changes of one medicine present in the BDPM in both versions, per topic. */
function diffMedicine(before: Medicine, after: Medicine, comparePrices: boolean): Record<BdpmTopic, Array<Omit<Change, 'id' | 'name' | 'topic' | 'files'>>> {
  return {
    bdpm: changedFields(before, after, medicineFields).map((change) => ({ kind: 'changed', ...change })),
    presentations: diffItems(
      before.presentations,
      after.presentations,
      (presentation) => presentation.cip13,
      (presentation, kind) => labelled(presentation.label, kind),
      (old: Presentation, now: Presentation) => changedFields(old, now, comparePrices ? presentationFields : presentationFieldsWithoutPrices),
    ),
    conditions: diffItems(
      before.prescriptionConditions,
      after.prescriptionConditions,
      (condition) => condition.text,
      (condition) => ({ category: condition.category }),
      () => [],
    ),
    genericGroups: diffItems(
      before.genericGroups,
      after.genericGroups,
      (membership) => membership.id,
      (membership, kind) => labelled(membership.label, kind),
      (old, now) => changedFields(old, now, ['type']),
    ),
  };
}

/**
 * Changes of the BDPM on `topics` only (a file one version did not load is not compared), each
 * naming the file it is read from (`files`, by topic); prices and rates only when both versions'
 * presentation files carry them (`comparePrices`).
 */
export function diffBdpm(
  previous: Medicine[],
  current: Medicine[],
  topics: readonly BdpmTopic[],
  files: Partial<Record<BdpmTopic, string[]>>,
  comparePrices = true,
): Change[] {
  const inBdpm = (medicines: Medicine[]) => new Map(medicines.filter((m) => m.inBdpm).map((m) => [m.id, m]));
  const before = inBdpm(previous);
  const after = inBdpm(current);
  const ids = [...new Set([...before.keys(), ...after.keys()])].sort();
  const changes: Change[] = [];
  const push = (medicine: Medicine, topic: BdpmTopic, change: Omit<Change, 'id' | 'name' | 'topic' | 'files'>) =>
    changes.push({ id: medicine.id, name: medicine.name, topic, ...change, files: files[topic] ?? [] });
  for (const id of ids) {
    const old = before.get(id);
    const now = after.get(id);
    if (!old || !now) {
      if (topics.includes('bdpm')) push((now ?? old)!, 'bdpm', { kind: now ? 'added' : 'removed' });
      continue;
    }
    const found = diffMedicine(old, now, comparePrices);
    for (const topic of topics) for (const change of found[topic]) push(now, topic, change);
  }
  return changes;
}
