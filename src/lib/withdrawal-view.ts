/**
 * What the page of a medicine withdrawn from the BDPM says of it: the withdrawal window, and
 * what the last version that had it said, each fact under that version's date. Nothing here is
 * worded as current. Pure.
 */
import type { Medicine } from './content/medicine.ts';
import { formatDate } from './format.ts';
import { genericTypeLabels } from './generic-groups.ts';
import { shortageLabels } from './labels.ts';
import { categoryInfo } from './prescription-categories.ts';

export interface Withdrawal {
  notice: string;
  /** Heading of the last-known facts: "Dernières données connues (version du …)". */
  heading: string;
  rows: Array<{ term: string; value: string }>;
}

const listOr = (values: string[], none: string) => (values.length > 0 ? values.join(' ; ') : none);

/** What the last version said of an empty field: nothing in its file, or that file not read (then nothing is said absent). */
const noneIn = (files: Record<string, string>, ids: string[], none: (file: string) => string) => {
  const read = ids.map((id) => files[id]).filter((file): file is string => file !== undefined);
  return read.length > 0 ? none(read.join(', ')) : 'fichier non chargé dans cette version';
};

/**
 * One sentence on a medicine gone from this build's files, for the scan result and the page of a
 * medicine known only by the history: from the BDPM, or from every file read (which may be a
 * file this build did not load: hence "lus").
 */
export function retiredNote(medicine: Pick<Medicine, 'retiredOn' | 'lastKnown'>): string | null {
  if (!medicine.retiredOn) return null;
  const since = formatDate(medicine.retiredOn);
  return medicine.lastKnown
    ? `Ce médicament n'est plus dans la BDPM depuis la version du ${since}.`
    : `Ce médicament n'apparaît dans aucun des fichiers lus depuis la version du ${since}.`;
}

export function withdrawalOf(medicine: Medicine): Withdrawal | null {
  const last = medicine.lastKnown;
  if (!last || !medicine.retiredOn) return null;
  const lastSeen = formatDate(last.on);
  const lists = [
    ...(last.retrocession.length > 0 ? ['liste de rétrocession'] : []),
    ...(last.mitm ? [`liste des MITM${last.mitm.atc ? ` (classe ATC ${last.mitm.atc})` : ''}`] : []),
    ...[...new Set(last.accesDerogatoire.map((access) => access.type))].map((type) => `accès dérogatoire ${type}`),
  ];
  return {
    notice:
      `Ce médicament n'est plus dans la BDPM depuis la version du ${formatDate(medicine.retiredOn)} ; il était présent dans celle du ${lastSeen} (${last.files.medicines ?? 'fichier des médicaments'}). ` +
      'Sa page reste en ligne avec ce que disait cette dernière version, sous sa date : aucun prix, taux ni condition n’y est donné comme actuel ; la disponibilité et les listes de l’ANSM montrées plus bas sont celles des fichiers actuels.',
    heading: `Dernières données connues (version du ${lastSeen})`,
    rows: [
      { term: 'Statut de l’AMM', value: last.ammStatus ?? 'non renseigné' },
      { term: 'État de commercialisation', value: last.commercialStatus ?? 'non renseigné' },
      {
        term: 'Conditions de prescription et de délivrance',
        value: listOr(
          last.prescriptionConditions.map(({ text, category }) => `${text} (${categoryInfo[category].label})`),
          noneIn(last.files, ['prescriptionConditions'], (file) => `aucune ligne dans ${file}`),
        ),
      },
      {
        term: 'Groupes génériques',
        value: listOr(
          last.genericGroups.map(({ label, type }) => `${label} (${genericTypeLabels[type]})`),
          noneIn(last.files, ['genericGroups'], (file) => `aucun dans ${file}`),
        ),
      },
      {
        term: 'Listes de l’ANSM',
        value: listOr(
          lists,
          noneIn(last.files, ['retrocession', 'mitm', 'mitmList', 'accesDerogatoire'], (files) => `sur aucune des listes chargées (${files})`),
        ),
      },
      {
        term: 'État de disponibilité',
        value: last.shortageState ? shortageLabels[last.shortageState] : noneIn(last.files, ['shortages'], (file) => `aucun signalement dans ${file}`),
      },
      {
        term: 'Présentations',
        value: listOr(
          last.presentations.map(({ label, cip13 }) => `${label ?? 'sans libellé'} (CIP ${cip13})`),
          noneIn(last.files, ['presentations'], (file) => `aucune dans ${file}`),
        ),
      },
    ],
  };
}
