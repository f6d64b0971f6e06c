/**
 * How the site states a source's date: what the date is and how it was established
 * (manifest `dateHow`), never more. See scripts/lib/content-step/choose-source-date.ts for how it is chosen.
 */
import type { ManifestSource } from './content/manifest.ts';
import { formatDate } from './format.ts';

/** Short form, after a file name: "CIS_bdpm.txt, mis à jour le 04/07/2025". */
export function sourceDateText({ date, dateHow }: Pick<ManifestSource, 'date' | 'dateHow'>): string {
  if (date === null || dateHow === 'unknown') return 'date inconnue';
  switch (dateHow) {
    case 'page-update':
      return `mis à jour le ${formatDate(date)}`;
    case 'last-modified':
      return `mis en ligne le ${formatDate(date)}`;
    case 'package-created':
      return `publié le ${formatDate(date)}`;
    case 'demo':
      return `du ${formatDate(date)} (démonstration)`;
    case 'latest-in-data':
      return `données postérieures au ${formatDate(date)}`;
  }
}

/** How the date was established, for the sources page. */
export const dateHowLabels: Record<ManifestSource['dateHow'], string> = {
  'page-update': "date « mis à jour le » de la page de l'ANSM, relevée au téléchargement",
  'last-modified': 'date de dernière modification donnée par le serveur au téléchargement',
  'package-created': 'date de création du paquet déclarée par son descripteur (datapackage.json)',
  demo: 'date déclarée par le jeu de démonstration',
  'latest-in-data': 'aucune date de publication connue : date la plus récente trouvée dans le fichier',
  unknown: 'aucune date de publication connue et aucune date dans le fichier',
};
