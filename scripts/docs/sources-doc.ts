/**
 * Renders docs/sources.md from the spreadsheet mappings, so that the documented headers
 * are always the ones the reader accepts. Usage: node scripts/docs/sources-doc.ts
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ansmLists } from '../sources/ansm-lists.ts';
import { bdpmFiles } from '../sources/bdpm-files.ts';

export function renderSourcesDoc(): string {
  const lines = [
    '# Fichiers sources et correspondance des colonnes',
    '',
    '<!-- Généré par `node scripts/docs/sources-doc.ts` depuis scripts/sources/ ; ne pas modifier à la main. -->',
    '',
    '## Fichiers BDPM (texte tabulé, sans en-tête)',
    '',
  ];
  for (const { file, columns } of Object.values(bdpmFiles)) {
    lines.push(`### ${file}`, '', '| n° | colonne |', '|---|---|');
    for (const [index, { label }] of Object.values(columns).entries()) lines.push(`| ${index + 1} | ${label} |`);
    lines.push('');
  }
  lines.push(
    '## Listes de l’ANSM (.xlsx, .xls ou .csv)',
    '',
    'Une liste est reconnue à son nom (« retrocession », « mitm » ou « derogatoire », sans accents ni casse) et',
    'lue en `.xlsx` (exceljs), `.xls` (SheetJS, `@e965/xlsx`) ou `.csv` (UTF-8 ou Windows-1252, séparateur `;`,',
    '`,` ou tabulation) avec la même table d’en-têtes. Tout autre tableur dans le dossier arrête la construction.',
    'La ligne d’en-tête est cherchée dans les 30 premières lignes de chaque feuille (feuilles visibles',
    'd’abord). Les en-têtes sont comparés sans casse, accents, ponctuation ni retours à la ligne. Le premier',
    'en-tête cité est celui des fichiers de démonstration. Arrêtent la construction, avec le fichier, la feuille',
    'et les en-têtes trouvés : une colonne clé (« obligatoire » ci-dessous) absente ; deux colonnes qui',
    'correspondent au même champ (jamais de « première trouvée ») ; une colonne prise pour le CIS dont moins de',
    '95 % des cellules remplies (et plus d’une cellule) sont des codes à 8 chiffres. Une colonne inconnue est listée dans le décompte,',
    'et arrête la construction avec `--strict`.',
    '',
    'Dates : `JJ/MM/AAAA` (jour et mois sur deux chiffres) ou ISO `AAAA-MM-JJ` ; un texte comme `7/4/2025` ou',
    '`12/31/2025` (export au format mois/jour) est rejeté avec fichier, ligne et colonne. Un nombre n’est lu',
    'comme numéro de série Excel que dans une colonne de date et s’il tombe entre 1940 et 2100.',
    '',
  );
  for (const { file, mapping } of Object.values(ansmLists)) {
    lines.push(`### ${mapping.title} (démo : \`${file}\`)`, '', '| champ | obligatoire | en-têtes acceptés |', '|---|---|---|');
    for (const [key, column] of Object.entries(mapping.columns)) {
      const required = 'required' in column && column.required ? 'oui' : '';
      const link = 'link' in column && column.link ? ' (cible du lien)' : '';
      lines.push(`| ${key}${link} | ${required} | ${column.headers.map((header: string) => `« ${header.replace(/\|/g, '\\|')} »`).join(', ')} |`);
    }
    lines.push('');
  }
  return `${lines.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(new URL('../../docs/sources.md', import.meta.url), renderSourcesDoc());
}
