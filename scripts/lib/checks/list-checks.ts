/**
 * Checks on what the lists contain, and on how much the sources changed since the
 * previous dated snapshot. Thresholds are documented in the README (runbook).
 */
import type { JoinInputs } from '../join-medicines.ts';
import type { ParsedSource } from '../parse/records.ts';
import { SourceError } from '../problems.ts';
import type { SourceId } from '../../../src/lib/content/manifest.ts';
import type { ListId } from '../../../src/lib/lists/list-views.ts';
import { lists } from '../../../src/lib/lists/registry.ts';

/** The lists whose size and join share the content step checks against the previous snapshot, in the order it reports them. */
const checkedLists = ['mitm', 'shortages', 'retrocession', 'accesDerogatoire'] as const satisfies readonly ListId[];
type CheckedList = (typeof checkedLists)[number];

/**
 * The lowest share of a list file's rows that must join a medicine of CIS_bdpm.txt. The
 * référentiel's floor is lower: medicines without an AMM in France have no CIS.
 */
export const JOIN_SHARE_FLOOR = {
  mitm: 0.9,
  mitmList: 0.9,
  shortages: 0.8,
  retrocession: 0.5,
  accesDerogatoire: 0.2,
} as const satisfies Partial<Record<SourceId, number>>;
/** The files that put medicines on a checked list. */
type ListFileId = keyof typeof JOIN_SHARE_FLOOR;

/** Each list file and the list it belongs to, as the list registry says. */
export const listOfFile = Object.fromEntries(checkedLists.flatMap((list) => lists[list].sources.map((id) => [id, list]))) as Record<ListFileId, CheckedList>;

/** A list's join share may fall by at most this much (absolute) since the previous snapshot. */
export const MAX_JOIN_SHARE_DROP = 0.2;
/** A source's rows or a list's members may shrink by at most this share since the previous snapshot… */
export const MAX_SHRINK = 0.2;
/** …unless fewer than this many rows or members are lost. */
export const MIN_SHRINK_COUNTED = 5;

export interface JoinShare {
  rows: number;
  joined: number;
}

export interface SnapshotSummary {
  /** Data rows read per source file. */
  rows: Partial<Record<SourceId, { file: string; read: number }>>;
  /** Distinct medicines per list. */
  members: Partial<Record<CheckedList, number>>;
  /** Per list file, its kept rows that join a CIS of CIS_bdpm.txt (when that file is read). */
  shares: Partial<Record<ListFileId, JoinShare>>;
}

type ListRecord = { cis: string | null; ucd?: string | null; name?: string | null };

function memberKey(value: ListRecord): string {
  return value.cis ?? (value.ucd ? `ucd-${value.ucd}` : `nom-${value.name ?? ''}`);
}

export function summariseSnapshot(inputs: JoinInputs): SnapshotSummary {
  const summary: SnapshotSummary = { rows: {}, members: {}, shares: {} };
  for (const [id, parsed] of Object.entries(inputs) as Array<[SourceId, ParsedSource<unknown> | undefined]>) {
    if (parsed) summary.rows[id] = { file: parsed.file, read: parsed.read };
  }
  const bdpmCis = inputs.medicines ? new Set(inputs.medicines.records.map(({ value }) => value.cis)) : null;
  const members = new Map<CheckedList, Set<string>>();
  for (const [id, list] of Object.entries(listOfFile) as Array<[ListFileId, CheckedList]>) {
    const parsed = inputs[id] as ParsedSource<ListRecord> | undefined;
    if (!parsed) continue;
    const keys = members.get(list) ?? new Set<string>();
    members.set(list, keys);
    for (const { value } of parsed.records) keys.add(memberKey(value));
    if (bdpmCis) {
      const joined = parsed.records.filter(({ value }) => value.cis !== null && bdpmCis.has(value.cis)).length;
      summary.shares[id] = { rows: parsed.records.length, joined };
    }
  }
  for (const [list, keys] of members) summary.members[list] = keys.size;
  return summary;
}

const format = (n: number) => n.toLocaleString('fr-FR');
const percent = (share: number) => `${(Math.round(share * 1000) / 10).toLocaleString('fr-FR')} %`;
export const shareOf = ({ rows, joined }: JoinShare) => (rows === 0 ? 1 : joined / rows);

function shrank(before: number, after: number): boolean {
  return before - after >= Math.min(MIN_SHRINK_COUNTED, before) && after < before * (1 - MAX_SHRINK);
}

/** A change that stops the build unless the maintainer accepts it (`--accept-changes`). */
export interface LargeChange {
  file: string;
  message: string;
}

/** Join shares under the floor. */
export function lowJoinShares(summary: SnapshotSummary): LargeChange[] {
  const changes: LargeChange[] = [];
  for (const [id, share] of Object.entries(summary.shares) as Array<[ListFileId, JoinShare]>) {
    if (share.rows === 0 || shareOf(share) >= JOIN_SHARE_FLOOR[id]) continue;
    changes.push({
      file: summary.rows[id]!.file,
      message:
        `seules ${format(share.joined)} ligne(s) sur ${format(share.rows)} (${percent(shareOf(share))}) se rattachent à un médicament ` +
        `de CIS_bdpm.txt, sous le plancher de ${percent(JOIN_SHARE_FLOOR[id])} : la colonne CIS est-elle la bonne ?`,
    });
  }
  return changes;
}

/** Sources and lists that shrank sharply, and join shares that fell, since the previous snapshot. */
export function largeChangesSince(previous: SnapshotSummary, current: SnapshotSummary, previousName: string): LargeChange[] {
  const changes: LargeChange[] = [];
  for (const [id, before] of Object.entries(previous.rows) as Array<[SourceId, { file: string; read: number }]>) {
    const after = current.rows[id];
    if (!after) {
      changes.push({ file: before.file, message: `source absente, alors que l'instantané ${previousName} en avait ${format(before.read)} ligne(s)` });
    } else if (shrank(before.read, after.read)) {
      changes.push({
        file: after.file,
        message: `${format(after.read)} ligne(s) contre ${format(before.read)} dans l'instantané ${previousName} (${percent(after.read / before.read - 1)})`,
      });
    }
  }
  for (const [list, before] of Object.entries(previous.members) as Array<[CheckedList, number]>) {
    const after = current.members[list] ?? 0;
    if (!shrank(before, after)) continue;
    changes.push({
      file: lists[list].name,
      message: `${format(after)} médicament(s) contre ${format(before)} dans l'instantané ${previousName} (${percent(after / before - 1)})`,
    });
  }
  for (const [id, before] of Object.entries(previous.shares) as Array<[ListFileId, JoinShare]>) {
    const after = current.shares[id];
    if (!after || after.rows === 0 || shareOf(before) - shareOf(after) <= MAX_JOIN_SHARE_DROP) continue;
    changes.push({
      file: current.rows[id]!.file,
      message: `part des lignes rattachées à CIS_bdpm.txt : ${percent(shareOf(after))} contre ${percent(shareOf(before))} dans l'instantané ${previousName}`,
    });
  }
  return changes;
}

/** Stops on large changes unless accepted; accepted ones are returned for the accounting. */
export function enforce(changes: LargeChange[], acceptChanges: boolean): LargeChange[] {
  if (changes.length === 0 || acceptChanges) return changes;
  throw new SourceError(
    { file: changes[0].file },
    `${changes[0].message}` +
      `${
        changes.length > 1
          ? ` ; et aussi : ${changes
              .slice(1)
              .map((change) => `${change.file} : ${change.message}`)
              .join(' ; ')}`
          : ''
      }` +
      ' — si ce changement est réel, relancer avec --accept-changes',
  );
}

/** Under --strict, a column a known list's mapping does not know stops the build. */
export function checkUnknownHeaders(inputs: JoinInputs, strict: boolean): void {
  if (!strict) return;
  for (const parsed of Object.values(inputs) as Array<ParsedSource<unknown> | undefined>) {
    const [header] = parsed?.unknownHeaders ?? [];
    if (parsed && header !== undefined) {
      throw new SourceError(
        { file: parsed.file, column: `« ${header} »` },
        `colonne inconnue${parsed.sheet ? ` (feuille « ${parsed.sheet} »)` : ''} : ${parsed.unknownHeaders!.map((h) => `« ${h} »`).join(', ')} ` +
          '(mode strict) ; ajouter son en-tête à la table de la liste (scripts/sources/ansm-lists.ts) ou relancer sans --strict',
      );
    }
  }
}
