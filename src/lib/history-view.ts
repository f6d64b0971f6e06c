/** Wording of the change history on the pages and in the feed. Pure. */
import type { Change, ChangeSet, MedicineEvent, Topic } from './content/history.ts';
import { topicLabels, topics } from './content/history.ts';
import { formatDate } from './format.ts';
import { shortageLabels } from './medicine-view.ts';

const fieldLabels: Record<string, string> = {
  ucd: 'code UCD',
  autorisation: 'autorisation',
  inscription: "date d'inscription",
  remarques: 'remarques',
  atc: 'classe ATC',
  type: "type d'accès",
  indication: 'indication',
  statut: 'statut',
  debut: 'date de début',
  fin: 'date de fin',
  etat: 'état',
  remise: 'date de remise à disposition',
  ammStatus: "statut de l'AMM",
  commercialStatus: 'état de commercialisation',
  reimbursementRate: 'taux de remboursement',
  price: 'prix',
  priceWithFee: 'prix honoraire de dispensation compris',
  dispensingFee: 'honoraire de dispensation',
};

const euroFields = new Set(['price', 'priceWithFee', 'dispensingFee']);

function value(field: string | undefined, raw: string | null | undefined): string {
  if (raw === null || raw === undefined) return '(vide)';
  if (field === 'etat') return shortageLabels[raw as keyof typeof shortageLabels] ?? raw;
  if (euroFields.has(field ?? '')) return `${Number(raw).toLocaleString('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 2 })} €`;
  if (field === 'reimbursementRate') return `${raw} %`;
  return raw.replace(/\b\d{4}-\d{2}-\d{2}\b/g, formatDate);
}

export function describeChange(change: Pick<Change, 'topic' | 'kind' | 'key' | 'field' | 'old' | 'new'>): string {
  const list = topicLabels[change.topic];
  // The item within the topic (presentation, condition, group), by its label when it has one.
  const label = change.kind === 'added' ? change.new : change.kind === 'removed' ? change.old : null;
  const item = change.key ? ` « ${label ?? change.key} »` : '';
  if (change.kind === 'added') return `Ajouté : ${list}${item}`;
  if (change.kind === 'removed') return `Retiré : ${list}${item}`;
  return `${list}${item} : ${fieldLabels[change.field ?? ''] ?? change.field} ${value(change.field, change.old)} → ${value(change.field, change.new)}`;
}

export function describeEvent(event: MedicineEvent): string {
  return `${describeChange(event)} (version du ${formatDate(event.to)}, comparée à celle du ${formatDate(event.from)})`;
}

export interface ListSummary {
  list: Topic;
  added: Change[];
  removed: Change[];
  changed: Change[];
}

export function summarise(set: ChangeSet): ListSummary[] {
  return topics
    .map((list) => {
      const ofList = set.changes.filter((change) => change.topic === list);
      return {
        list,
        added: ofList.filter((c) => c.kind === 'added'),
        removed: ofList.filter((c) => c.kind === 'removed'),
        changed: ofList.filter((c) => c.kind === 'changed'),
      };
    })
    .filter((summary) => summary.added.length + summary.removed.length + summary.changed.length > 0);
}

export function summaryTitle(summary: ListSummary, set: ChangeSet): string {
  const parts = [
    summary.added.length > 0 && `${summary.added.length} ajout(s)`,
    summary.removed.length > 0 && `${summary.removed.length} retrait(s)`,
    summary.changed.length > 0 && `${summary.changed.length} modification(s)`,
  ].filter(Boolean);
  return `${topicLabels[summary.list]} du ${formatDate(set.to)} : ${parts.join(', ')}`;
}

export const anchorOf = (set: ChangeSet, list: Topic) => `v${set.to}-${list}`;
