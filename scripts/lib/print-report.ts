import type { ContentReport } from './content-report.ts';
import { categoryInfo } from '../../src/lib/prescription-categories.ts';
import { shareOf } from './checks/list-checks.ts';
import { formatLocation } from './problems.ts';

const SHOWN_PROBLEMS = 20;
const percent = (share: number) => `${(Math.floor(share * 1000) / 10).toLocaleString('fr-FR')} %`;

/** The row accounting of the content step, as maintainers read it after a rebuild. */
export function printReport(report: ContentReport, seconds: number): void {
  const format = (n: number) => n.toLocaleString('fr-FR');
  console.log(`Sources : ${report.sourcesDir}${report.demo ? ' (données de démonstration)' : ''}`);
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
  console.log(
    `Médicaments : ${format(c.medicines)} (${format(c.bdpm)} de la BDPM, ${format(c.listOnly)} connus seulement par une liste` +
      `${c.retired > 0 ? `, ${format(c.retired)} sortis de toutes les sources` : ''}) ; ` +
      `MITM ${format(c.mitm)} ; rétrocession ${format(c.retrocession)} ; accès dérogatoire ${format(c.accesDerogatoire)} ` +
      `(AAC ${c.AAC}, AAP ${c.AAP}, CPC ${c.CPC}) ; avec un état de disponibilité ${format(c.shortage)} ` +
      `(rupture ${c.rupture}, tension ${c.tension}, arrêt ${c.arret}, remise à disposition ${c.remise})`,
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
  if (report.conditions.headers.length > 0) console.log(`  et ${format(report.conditions.headers.length)} ligne(s) d'introduction, non comptée(s) comme conditions`);
  for (const text of unclassified) console.warn(`condition non classée (affichée telle quelle) : « ${text} »`);
}
