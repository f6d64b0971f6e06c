/**
 * Every recorded change in plain French, for the medicine page's Historique, Nouveautés, the feeds
 * and the followed-medicines page: "prix de la présentation 3400930000001 passé de 12,50 € à 11,90 €".
 * Pure; values are as the history file keeps them (decimal point, AAAA-MM-JJ dates).
 */
import type { Change, Topic } from '../content/history.ts';
import type { ShortageState } from '../content/shortage-states.ts';
import { formatDate, formatEuro } from '../format.ts';
import { shortageLabels } from '../labels.ts';
import { categoryInfo } from '../prescription-categories.ts';

/** What the wording reads of a change; a shortage report added or removed carries its state in `new` or `old`. */
export type WordedChange = Pick<Change, 'topic' | 'kind' | 'key' | 'field' | 'old' | 'new' | 'category'>;

type Format = (raw: string) => string;
const euros: Format = (raw) => formatEuro(Number(raw));
const percent: Format = (raw) => `${raw.replace('.', ',')} %`;
const quoted: Format = (raw) => `« ${raw} »`;
const dates: Format = (raw) => raw.split(' | ').map(formatDate).join(', ');
const state: Format = (raw) => `« ${shortageLabels[raw as keyof typeof shortageLabels] ?? raw} »`;

/** What each field is called in a sentence, how its values read, and the ending "passé" takes (feminine, plural). */
type Field = [label: string, format: Format, agreement?: 'e' | 'es'];
const groupRoles: Record<string, string> = { princeps: 'princeps', generique: 'générique', complementaire: 'complémentaire', substituable: 'substituable' };
const fields: Partial<Record<Topic, Record<string, Field>>> = {
  bdpm: { ammStatus: ["statut de l'autorisation de mise sur le marché", quoted], commercialStatus: ['état de commercialisation', quoted] },
  presentations: {
    price: ['prix', euros],
    priceWithFee: ['prix honoraire de dispensation compris', euros],
    dispensingFee: ['honoraire de dispensation', euros],
    reimbursementRate: ['taux de remboursement', percent],
    commercialStatus: ['état de commercialisation', quoted],
  },
  genericGroups: { type: ['place', (raw) => groupRoles[raw] ?? raw, 'e'] },
  retrocession: {
    ucd: ['code UCD', quoted],
    autorisation: ['autorisation', quoted, 'e'],
    inscription: ["date d'inscription", dates, 'e'],
    remarques: ['remarques', quoted, 'es'],
  },
  mitm: { atc: ['classe ATC', quoted, 'e'] },
  accesDerogatoire: {
    type: ["type d'accès", quoted],
    indication: ['indication', quoted, 'e'],
    statut: ['statut', quoted],
    debut: ['date de début', dates, 'e'],
    fin: ['date de fin', dates, 'e'],
  },
  shortages: { etat: ['état', state], debut: ['date de début', dates, 'e'], remise: ['date de remise à disposition', dates, 'e'] },
};

/** Where the change happens, as a complement: "de la présentation …", "sur la liste de rétrocession". */
function place(change: WordedChange): string {
  switch (change.topic) {
    case 'bdpm':
      return '';
    case 'presentations':
      return ` de la présentation ${change.key ?? ''}`.trimEnd();
    case 'conditions':
      return '';
    case 'genericGroups':
      return ` dans le groupe générique ${change.key ?? ''}`.trimEnd();
    case 'retrocession':
      return ' sur la liste de rétrocession';
    case 'mitm':
      return ' sur la liste des MITM';
    case 'accesDerogatoire':
      return " dans le référentiel de l'accès dérogatoire";
    case 'shortages':
      return ' du signalement de rupture ou de tension';
  }
}

const labelled = (text: string, label: string | null | undefined) => (label ? `${text} (${label})` : text);

function addedOrRemoved(change: WordedChange): string {
  const added = change.kind === 'added';
  const label = added ? change.new : change.old;
  switch (change.topic) {
    case 'bdpm':
      return added ? 'entré dans la Base de données publique des médicaments' : 'sorti de la Base de données publique des médicaments';
    case 'presentations':
      return labelled(`présentation ${change.key ?? ''} ${added ? 'ajoutée' : 'retirée'}`, label);
    case 'conditions': {
      const category = change.category ? ` (${categoryInfo[change.category].label.toLowerCase()})` : '';
      return `condition de prescription ou de délivrance ${added ? 'ajoutée' : 'retirée'} : « ${change.key ?? label ?? ''} »${category}`;
    }
    case 'genericGroups':
      return labelled(`${added ? 'entré dans le' : 'sorti du'} groupe générique ${change.key ?? ''}`, label);
    case 'retrocession':
      return added ? 'inscrit sur la liste de rétrocession' : 'retiré de la liste de rétrocession';
    case 'mitm':
      return added ? 'inscrit sur la liste des MITM' : 'retiré de la liste des MITM';
    case 'accesDerogatoire':
      return added ? "entré dans le référentiel de l'accès dérogatoire" : "sorti du référentiel de l'accès dérogatoire";
    case 'shortages': {
      // The file lists reports of every state, "remise à disposition" included: an added report is not always a shortage.
      const state = label ? shortageLabels[label as ShortageState] : undefined;
      return added
        ? `signalement ajouté au fichier des ruptures et tensions de l'ANSM${state ? ` (état « ${state} »)` : ''}`
        : `signalement retiré du fichier des ruptures et tensions de l'ANSM${state ? ` (il était à l'état « ${state} »)` : ''}`;
    }
  }
}

/** One change as a phrase starting with a lower-case word, for a sentence or a list item. */
export function changePhrase(change: WordedChange): string {
  if (change.kind !== 'changed') return addedOrRemoved(change);
  const [label, format, agreement = ''] = fields[change.topic]?.[change.field ?? ''] ?? [change.field ?? 'valeur', quoted, 'e'];
  const value = (raw: string | null | undefined) => (raw === null || raw === undefined ? '(vide)' : format(raw));
  return `${label}${place(change)} passé${agreement} de ${value(change.old)} à ${value(change.new)}`;
}

/** The same, as a sentence of its own. */
export const changeSentence = (change: WordedChange): string => {
  const phrase = changePhrase(change);
  return `${phrase.charAt(0).toUpperCase()}${phrase.slice(1)}`;
};

/** With the dates of both versions compared, as the medicine page and the feeds say it. */
export const datedChangeSentence = (change: WordedChange & { from: string; to: string }): string =>
  `${changeSentence(change)} (version du ${formatDate(change.to)}, comparée à celle du ${formatDate(change.from)})`;
