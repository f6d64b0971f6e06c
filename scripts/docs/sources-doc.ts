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
    '## Fichiers Excel de l’ANSM',
    '',
    'La ligne d’en-tête est cherchée dans les 30 premières lignes de chaque feuille (feuilles visibles',
    'd’abord). Les en-têtes sont comparés sans casse, accents, ponctuation ni retours à la ligne. Le premier',
    'en-tête cité est celui des fichiers de démonstration. Une colonne inconnue donne un avertissement ; une',
    'colonne obligatoire absente est une erreur qui liste les en-têtes trouvés.',
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
