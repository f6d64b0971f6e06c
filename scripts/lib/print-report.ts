import type { ContentReport, HistoryStory } from './content-report.ts';
import { loadedLists } from './history/diff-lists.ts';
import { type Topic, type TrackedList, topicLabels, topics, trackedLists } from '../../src/lib/content/history.ts';
import { formatDate } from '../../src/lib/format.ts';
import { categoryInfo } from '../../src/lib/prescription-categories.ts';
import { NOT_LOADED } from '../../src/lib/source-catalogue.ts';
import { shareOf } from './checks/list-checks.ts';
import { formatLocation } from './problems.ts';

const SHOWN_PROBLEMS = 20;

/** A list none of whose files was read is "non chargée", never 0 (as on the home page). */
const isLoaded = (report: ContentReport, list: TrackedList) => loadedLists(report.accounts.map((account) => account.id)).includes(list);
const isList = (topic: Topic): topic is TrackedList => (trackedLists as readonly Topic[]).includes(topic);
const percent = (share: number) => `${(Math.floor(share * 1000) / 10).toLocaleString('fr-FR')} %`;

/** The row accounting of the content step, as maintainers read it after a rebuild. */
export function printReport(report: ContentReport, seconds: number): void {
  const format = (n: number) => n.toLocaleString('fr-FR');
  console.log(`Sources : ${report.sourcesDir}${report.demo ? ' (données de démonstration)' : ''}`);
  printHistoryStory(report);
  console.log('fichier                              lues    gardées  rejetées  doublons  rattachées à CIS_bdpm.txt');
  for (const { file, read, kept, rejected, duplicates, joinShare } of report.accounts) {
    const share = joinShare ? `${format(joinShare.joined)} / ${format(joinShare.rows)} (${percent(shareOf(joinShare))})` : '';
    console.log(
      `${file.padEnd(34)} ${format(read).padStart(7)} ${format(kept).padStart(9)} ${format(rejected).padStart(9)} ${format(duplicates).padStart(9)}  ${share}`.trimEnd(),
    );
  }
  for (const { file, sheet, unknownHeaders } of report.accounts) {
    if (unknownHeaders && unknownHeaders.length > 0) {
      console.log(`colonnes inconnues ignorées : ${file} (feuille « ${sheet} ») : ${unknownHeaders.map((h) => `« ${h} »`).join(', ')} (fatal avec --strict)`);
    }
  }
  for (const { file, why } of report.unused) console.log(`non utilisé : ${file} : ${why}`);
  for (const { file, message } of report.acceptedChanges) console.warn(`changement accepté (--accept-changes) : ${file} : ${message}`);
  const c = report.counts;
  const listCount = (list: TrackedList, label: string, count: string) => (isLoaded(report, list) ? `${label} ${count}` : `${label} : liste ${NOT_LOADED}`);
  console.log(
    `Médicaments : ${format(c.medicines)} (${format(c.bdpm)} de la BDPM, ${format(c.listOnly)} connus seulement par une liste` +
      `${c.retired > 0 ? `, ${format(c.retired)} retirés (page gardée avec ce que disait la dernière version)` : ''}) ; ` +
      `${listCount('mitm', 'MITM', format(c.lists.mitm))} ; ${listCount('retrocession', 'rétrocession', format(c.lists.retrocession))} ; ` +
      `${listCount('accesDerogatoire', 'accès dérogatoire', `${format(c.lists.accesDerogatoire)} (AAC ${c.accessTypes.AAC}, AAP ${c.accessTypes.AAP}, CPC ${c.accessTypes.CPC})`)} ; ` +
      listCount(
        'shortages',
        'avec un état de disponibilité',
        `${format(c.lists.shortages)} (rupture ${c.shortageStates.rupture}, tension ${c.shortageStates.tension}, arrêt ${c.shortageStates.arret}, remise à disposition ${c.shortageStates.remise})`,
      ),
  );
  printConditionCoverage(report, format);
  const g = report.genericGroups;
  if (g.memberships > 0) {
    console.log(`Groupes génériques : ${format(g.groups)} groupes, ${format(g.memberships)} appartenances, ${format(g.medicines)} médicaments`);
  }
  for (const { file, message } of report.warnings) console.warn(`avertissement : ${file} : ${message}`);
  for (const rejection of report.rejections.slice(0, SHOWN_PROBLEMS)) {
    console.warn(`rejet : ${formatLocation(rejection)} : ${rejection.reason}`);
  }
  if (report.rejections.length > SHOWN_PROBLEMS) {
    console.warn(`… et ${report.rejections.length - SHOWN_PROBLEMS} autre(s) rejet(s) : voir content/data/report.json`);
  }
  console.log(`Contenu écrit en ${seconds.toFixed(2)} s`);
}

/** Every category with its distinct texts and medicines; every unclassified text by name. */
function printConditionCoverage(report: ContentReport, format: (n: number) => string): void {
  const { categories, unclassified } = report.conditions;
  if (categories.length === 0) return;
  const width = Math.max(48, ...categories.map(({ category }) => categoryInfo[category].label.length));
  console.log(`${'Conditions de prescription et de délivrance'.padEnd(width + 2)} textes  médicaments`);
  for (const { category, texts, medicines } of categories) {
    console.log(`  ${categoryInfo[category].label.padEnd(width)} ${format(texts).padStart(6)} ${format(medicines).padStart(12)}`);
  }
  const total = categories.reduce((sum, { texts }) => sum + texts, 0);
  console.log(`  ${format(total)} texte(s) distinct(s), ${format(unclassified.length)} non classé(s)`);
  // Lines ending in ":" introduce others; the file, sorted by text, does not say which.
  if (report.conditions.headers.length > 0)
    console.log(`  et ${format(report.conditions.headers.length)} ligne(s) d'introduction ou de complément, non comptée(s) comme conditions`);
  for (const text of unclassified) console.warn(`condition non classée (affichée telle quelle) : « ${text} »`);
}

/** Which snapshot was built, which one it was compared with and what changed on each list, or why nothing was compared. */
function printHistoryStory(report: ContentReport): void {
  const { snapshot, comparedWith, note } = report.history;
  if (snapshot) console.log(`Instantané construit : ${snapshot}`);
  if (comparedWith) {
    const total = comparedWith.counts.reduce((sum, { added, removed, changed }) => sum + added + removed + changed, 0);
    console.log(`Comparé à l'instantané du ${comparedWith.date} : ${total.toLocaleString('fr-FR')} changement(s) de la BDPM et des listes suivies`);
    for (const list of topics) {
      const counts = comparedWith.counts.find((entry) => entry.list === list);
      const outcome =
        isList(list) && !isLoaded(report, list)
          ? `source ${NOT_LOADED}`
          : !comparedWith.lists.includes(list)
            ? `absente de l'instantané du ${comparedWith.date} : pas de comparaison (ses lignes ne sont pas comptées comme des ajouts)`
            : counts
              ? changeCounts(counts)
              : 'aucun changement';
      console.log(`  ${topicLabels[list]} : ${outcome}`);
    }
  }
  if (note) console.log(`Historique : ${note}`);
}

/** "3 ajout(s), 2 retrait(s)": a topic's changes in one version, for the console. */
function changeCounts({ added, removed, changed }: { added: number; removed: number; changed: number }): string {
  return [added > 0 && `${added} ajout(s)`, removed > 0 && `${removed} retrait(s)`, changed > 0 && `${changed} modification(s)`].filter(Boolean).join(', ');
}

/** The build's last word on the history: recorded (with the comparison it holds), or left as it was, and why. */
export function historyOutcome(target: string | null, story: HistoryStory): string {
  if (target && story.comparedWith) {
    return `Historique des listes enregistré : ${target} (version du ${formatDate(story.snapshot ?? '')} comparée à celle du ${formatDate(story.comparedWith.date)})`;
  }
  return `Historique des listes non modifié${story.note ? ` : ${story.note}` : ''}`;
}
