/**
 * Nouveautés by kind of change: each version's changes sorted into kinds (new medicines, withdrawn,
 * conditions, prices and rates, each list, shortages opened and closed…), each with its count and
 * its own pages. Pure.
 */
import { type Change, type ChangeSet, type Topic, topicLabels, topics, topicsNotCompared } from '../content/history.ts';
import { formatDate } from '../format.ts';
import { changesKindPath } from '../addresses.ts';

export interface NewsKind {
  slug: string;
  label: string;
  /** The group the filter shows it in. */
  group: 'BDPM' | 'Listes' | 'Ruptures et tensions';
  matches: (change: Pick<Change, 'topic' | 'kind'>) => boolean;
}

export const newsKinds: NewsKind[] = [
  { slug: 'nouveaux-medicaments', label: 'Entrés dans la BDPM', group: 'BDPM', matches: (c) => c.topic === 'bdpm' && c.kind === 'added' },
  { slug: 'medicaments-retires', label: 'Médicaments sortis de la BDPM', group: 'BDPM', matches: (c) => c.topic === 'bdpm' && c.kind === 'removed' },
  {
    slug: 'autorisation-commercialisation',
    label: 'Autorisation et commercialisation',
    group: 'BDPM',
    matches: (c) => c.topic === 'bdpm' && c.kind === 'changed',
  },
  { slug: 'conditions', label: 'Conditions de prescription et de délivrance', group: 'BDPM', matches: (c) => c.topic === 'conditions' },
  { slug: 'prix-remboursement', label: 'Présentations, prix et taux de remboursement', group: 'BDPM', matches: (c) => c.topic === 'presentations' },
  { slug: 'groupes-generiques', label: 'Groupes génériques', group: 'BDPM', matches: (c) => c.topic === 'genericGroups' },
  { slug: 'retrocession', label: 'Liste de rétrocession', group: 'Listes', matches: (c) => c.topic === 'retrocession' },
  { slug: 'mitm', label: 'Liste des MITM', group: 'Listes', matches: (c) => c.topic === 'mitm' },
  { slug: 'acces-derogatoire', label: 'Accès dérogatoire', group: 'Listes', matches: (c) => c.topic === 'accesDerogatoire' },
  { slug: 'ruptures-ajoutees', label: 'Signalements ajoutés', group: 'Ruptures et tensions', matches: (c) => c.topic === 'shortages' && c.kind === 'added' },
  { slug: 'ruptures-retirees', label: 'Signalements retirés', group: 'Ruptures et tensions', matches: (c) => c.topic === 'shortages' && c.kind === 'removed' },
  {
    slug: 'ruptures-modifiees',
    label: 'Signalements modifiés',
    group: 'Ruptures et tensions',
    matches: (c) => c.topic === 'shortages' && c.kind === 'changed',
  },
];

export interface NewsSection {
  kind: NewsKind;
  href: string;
  changes: Change[];
}

const collator = new Intl.Collator('fr', { sensitivity: 'base', numeric: true });

/** One version's kinds that have changes, in the order above; changes by medicine name, then as recorded. */
export function newsSections(set: ChangeSet): NewsSection[] {
  return newsKinds
    .map((kind) => ({
      kind,
      href: changesKindPath(set.to, kind.slug),
      changes: set.changes.filter(kind.matches).toSorted((a, b) => collator.compare(a.name, b.name)),
    }))
    .filter((section) => section.changes.length > 0);
}

/** Versions newest first, as Nouveautés lists them. */
export const newestFirst = (sets: ChangeSet[]): ChangeSet[] => sets.toSorted((a, b) => b.to.localeCompare(a.to));

export const versionTitle = (set: ChangeSet): string => `Version du ${formatDate(set.to)} (comparée à celle du ${formatDate(set.from)})`;

/**
 * What a version's comparison covered: the topics both versions read a file for, and the others,
 * whose changes are unknown rather than none.
 */
export function versionCoverage(set: Pick<ChangeSet, 'compared'>): string {
  const notCompared = topicsNotCompared(set);
  if (!notCompared) return "Sujets comparés non enregistrés par cet historique (écrit avant qu'ils le soient).";
  const label = (topic: Topic) => topicLabels[topic];
  const done = topics.filter((topic) => !notCompared.includes(topic)).map(label);
  const skipped = notCompared.map(label);
  return (
    `Sujets comparés : ${done.join(', ') || 'aucun'}.` +
    (skipped.length > 0 ? ` Non comparés, faute du fichier dans l'une des deux versions : ${skipped.join(', ')} ; leurs changements ne sont pas connus.` : '')
  );
}

/** The files a version's changes were read from, once each. */
export const versionFiles = (set: ChangeSet): string[] => [...new Set(set.changes.flatMap((change) => change.files))].sort();

/** Every page of every kind of every version, for the route's static paths. */
export function newsKindPages(sets: ChangeSet[]): Array<{ set: ChangeSet; section: NewsSection; sections: NewsSection[] }> {
  return sets.flatMap((set) => {
    const sections = newsSections(set);
    return sections.map((section) => ({ set, section, sections }));
  });
}

/** Consecutive changes of one medicine together, so that a page names each medicine once. */
export function byMedicine<C extends Pick<Change, 'id' | 'name'>>(changes: C[]): Array<{ id: string; name: string; changes: C[] }> {
  const groups: Array<{ id: string; name: string; changes: C[] }> = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (last?.id === change.id) last.changes.push(change);
    else groups.push({ id: change.id, name: change.name, changes: [change] });
  }
  return groups;
}
