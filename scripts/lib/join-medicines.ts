/**
 * Joins the parsed sources by CIS code into one entry per medicine. Pure: no I/O.
 * Rows about a CIS that CIS_bdpm.txt lacks are handled per kind: a list row (MITM,
 * shortage, rétrocession, accès dérogatoire) still makes an entry; a detail row
 * (presentation, substance, prescription condition) has nothing to attach to and is
 * rejected, so that every row is accounted for; a generic-group row is kept with its
 * group when another member of the group is in CIS_bdpm.txt.
 */
import type { BdpmRecord } from '../sources/bdpm-files.ts';
import type { AccesDerogatoireRecord, MitmListRecord, RetrocessionRecord } from '../sources/ansm-lists.ts';
import type { GenericGroupMembership, Medicine, NameOrigin } from '../../src/lib/content/medicine.ts';
import type { ShortageState } from '../../src/lib/content/shortage-states.ts';
import { shortageStates } from '../../src/lib/content/shortage-states.ts';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import { comparableText, slugify } from '../../src/lib/text.ts';
import { ConditionRuleConflict, classifyCondition } from './classify/prescription-conditions.ts';
import type { ParsedSource } from './parse/records.ts';
import { type Rejection, SourceError } from './problems.ts';

export interface JoinInputs {
  medicines?: ParsedSource<BdpmRecord<'medicines'>>;
  presentations?: ParsedSource<BdpmRecord<'presentations'>>;
  substances?: ParsedSource<BdpmRecord<'substances'>>;
  prescriptionConditions?: ParsedSource<BdpmRecord<'prescriptionConditions'>>;
  genericGroups?: ParsedSource<BdpmRecord<'genericGroups'>>;
  mitm?: ParsedSource<BdpmRecord<'mitm'>>;
  shortages?: ParsedSource<BdpmRecord<'shortages'>>;
  retrocession?: ParsedSource<RetrocessionRecord>;
  mitmList?: ParsedSource<MitmListRecord>;
  accesDerogatoire?: ParsedSource<AccesDerogatoireRecord>;
}

export interface JoinResult {
  medicines: Medicine[];
  /** Detail rows whose CIS is in no medicine file. */
  orphans: Rejection[];
}

function splitList(text: string | null, separator: RegExp): string[] {
  return text === null
    ? []
    : text
        .split(separator)
        .map((part) => part.trim())
        .filter(Boolean);
}

/**
 * The id of a medicine known only by its name. Names that differ only in case, accents,
 * punctuation or spacing are one medicine; two other names that give one id (a slug cut
 * at 80 characters, a name with no latin letter or digit) stop the build rather than
 * merge two medicines silently.
 */
function nameId(name: string, row: number, file: string, seen: Map<string, { name: string; row: number }> | null): string {
  const slug = slugify(name, 80);
  if (slug === '') {
    throw new SourceError({ file, row }, `impossible de construire un identifiant à partir du nom « ${name} » (ni CIS ni UCD)`);
  }
  const id = `nom-${slug}`;
  if (seen === null) return id;
  const first = seen.get(id);
  if (first && comparableText(first.name) !== comparableText(name)) {
    throw new SourceError(
      { file, row },
      `deux médicaments différents auraient le même identifiant « ${id} » : « ${first.name} » (ligne ${first.row}) et « ${name} » ; ` +
        'ajouter un code CIS ou UCD à l’une des lignes',
    );
  }
  if (!first) seen.set(id, { name, row });
  return id;
}

/** The ANSM shortage file has no name column; its page address ends with the name as a slug. */
export function nameFromAnsmUrl(url: string | null): string | null {
  const slug = url?.split('/').filter(Boolean).pop();
  if (!slug) return null;
  const words = slug.replace(/-/g, ' ').trim();
  return words ? words.toUpperCase() : null;
}

const severity = new Map<ShortageState, number>(shortageStates.map((state, index) => [state, index]));

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Every member of a group is shown on the pages of its members in CIS_bdpm.txt, those absent
 * from it included (named by their CIS); a group with no member there has no page to show
 * it, so its rows are rejected.
 */
function attachGenericGroups(source: NonNullable<JoinInputs['genericGroups']>, byId: Map<string, Medicine>, orphans: Rejection[]): void {
  const { file } = source;
  const absentByGroup = new Map<string, GenericGroupMembership['absentMembers']>();
  const present = source.records.filter(({ value }) => byId.get(value.cis)?.inBdpm);
  const groupsWithPage = new Set(present.map(({ value }) => value.groupId));
  for (const { row, value } of source.records) {
    if (byId.get(value.cis)?.inBdpm) continue;
    if (!groupsWithPage.has(value.groupId)) {
      orphans.push({ file, row, column: '3 (code CIS)', reason: `CIS ${value.cis} absent de CIS_bdpm.txt, comme tous les membres du groupe ${value.groupId}` });
      continue;
    }
    const absent = absentByGroup.get(value.groupId) ?? [];
    absent.push({ cis: value.cis, type: value.type, order: value.order, from: { source: file, row } });
    absentByGroup.set(value.groupId, absent);
  }
  for (const { row, value } of present) {
    const entry = byId.get(value.cis)!;
    const { groupId: id, label, type, order } = value;
    entry.genericGroups.push({ id, label, type, order, from: { source: file, row }, absentMembers: absentByGroup.get(id) ?? [] });
    if (!entry.sources.includes(file)) entry.sources.push(file);
  }
}

export function joinMedicines(inputs: JoinInputs): JoinResult {
  const byId = new Map<string, Medicine>();
  const orphans: Rejection[] = [];

  const addSource = (entry: Medicine, file: string) => {
    if (!entry.sources.includes(file)) entry.sources.push(file);
  };
  /** The entry for a list row: by CIS when known, else by the key the caller gives. */
  const listEntry = (cis: string | null, fallbackId: string, name: string, file: string, nameOrigin: NameOrigin = 'file'): Medicine => {
    const id = cis ?? fallbackId;
    let entry = byId.get(id);
    if (!entry) {
      entry = emptyMedicine(id, cis, name, nameOrigin);
      byId.set(id, entry);
    }
    addSource(entry, file);
    return entry;
  };

  if (inputs.medicines) {
    const { file } = inputs.medicines;
    for (const { value } of inputs.medicines.records) {
      byId.set(value.cis, {
        ...emptyMedicine(value.cis, value.cis, value.name),
        inBdpm: true,
        form: value.form,
        routes: splitList(value.routes, /;/),
        holders: splitList(value.holders, /;/),
        ammStatus: value.ammStatus,
        procedure: value.procedure,
        commercialStatus: value.commercialStatus,
        ammDate: value.ammDate,
        bdpmStatus: value.bdpmStatus,
        euNumber: value.euNumber,
        enhancedMonitoring: value.enhancedMonitoring,
        sources: [file],
      });
    }
  }

  /** Detail rows attach to a BDPM medicine or are rejected. */
  const attach = <T extends { cis: string }>(
    source: ParsedSource<T> | undefined,
    apply: (entry: Medicine, value: T, row: number) => void,
    cisColumn = '1 (code CIS)',
  ) => {
    if (!source) return;
    for (const { row, value } of source.records) {
      const entry = byId.get(value.cis);
      if (entry?.inBdpm) {
        apply(entry, value, row);
        addSource(entry, source.file);
      } else {
        orphans.push({ file: source.file, row, column: cisColumn, reason: `CIS ${value.cis} absent de CIS_bdpm.txt` });
      }
    }
  };
  attach(inputs.presentations, (entry, { cis: _cis, ...presentation }) => entry.presentations.push(presentation));
  attach(inputs.substances, (entry, { cis: _cis, ...substance }) => entry.substances.push(substance));
  attach(inputs.prescriptionConditions, (entry, { condition }, row) => {
    try {
      entry.prescriptionConditions.push(classifyCondition(condition));
    } catch (error) {
      // Two categories' rules match the text: the build stops, naming the row.
      if (error instanceof ConditionRuleConflict)
        throw new SourceError({ file: inputs.prescriptionConditions!.file, row, column: '2 (condition)' }, error.message);
      throw error;
    }
  });
  if (inputs.genericGroups) attachGenericGroups(inputs.genericGroups, byId, orphans);

  for (const source of [inputs.mitm, inputs.mitmList]) {
    if (!source) continue;
    for (const { row, value } of source.records) {
      const entry = listEntry(value.cis, value.cis, value.name ?? `CIS ${value.cis}`, source.file, value.name ? 'file' : 'cis');
      const from = { source: source.file, row };
      entry.mitm = entry.mitm
        ? { atc: entry.mitm.atc ?? value.atc, name: entry.mitm.name ?? value.name, from: [...entry.mitm.from, from] }
        : { atc: value.atc, name: value.name, from: [from] };
    }
  }

  if (inputs.shortages) {
    const { file } = inputs.shortages;
    for (const { row, value } of inputs.shortages.records) {
      const slugName = nameFromAnsmUrl(value.ansmUrl);
      const entry = listEntry(value.cis, value.cis, slugName ?? `CIS ${value.cis}`, file, slugName ? 'ansm-url' : 'cis');
      entry.shortages.push({
        cip13: value.cip13,
        state: value.state,
        label: value.stateLabel,
        startDate: value.startDate,
        updatedDate: value.updatedDate,
        availableAgainDate: value.availableAgainDate,
        ansmUrl: value.ansmUrl,
        from: { source: file, row },
      });
    }
  }

  if (inputs.retrocession) {
    const { file } = inputs.retrocession;
    for (const { row, value } of inputs.retrocession.records) {
      const { cis, ...fields } = value;
      const entry = listEntry(cis, `ucd-${value.ucd}`, value.name, file);
      entry.retrocession.push({ ...fields, from: { source: file, row } });
    }
  }

  if (inputs.accesDerogatoire) {
    const { file } = inputs.accesDerogatoire;
    /** Names behind each name-built id: two different names on one id would merge two medicines. */
    const nameById = new Map<string, { name: string; row: number }>();
    for (const { row, value } of inputs.accesDerogatoire.records) {
      const { cis, ...fields } = value;
      const fallbackId = value.ucd ? `ucd-${value.ucd}` : nameId(value.name, row, file, cis === null ? nameById : null);
      const entry = listEntry(cis, fallbackId, value.name, file);
      entry.accesDerogatoire.push({ ...fields, from: { source: file, row } });
    }
  }

  const medicines = [...byId.values()].sort((a, b) => compareText(a.id, b.id));
  for (const entry of medicines) {
    entry.shortageState = entry.shortages.reduce<ShortageState | null>(
      (worst, { state }) => (worst === null || severity.get(state)! < severity.get(worst)! ? state : worst),
      null,
    );
    entry.presentations.sort((a, b) => compareText(a.cip13, b.cip13));
    entry.sources.sort(compareText);
  }
  return { medicines, orphans };
}
