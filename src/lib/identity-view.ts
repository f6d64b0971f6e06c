/**
 * The identity block of a medicine page, term by term, as CIS_bdpm.txt gives it, and where
 * the name comes from when no file gives one. Pure.
 */
import { glossaryEntryPath } from './addresses.ts';
import type { Medicine } from './content/medicine.ts';
import { formatDate } from './format.ts';

export interface IdentityRow {
  term: string;
  /** Glossary entry the term links to, if any. */
  href: string | null;
  value: string;
}

/**
 * CIS_bdpm.txt dates the AMM, not its status: an "Autorisation abrogée" row carries the date
 * the AMM was granted. The two are shown as two terms, never as "<status> depuis le <date>".
 */
export function identityRowsOf(m: Medicine): IdentityRow[] {
  const rows: Array<IdentityRow | null> = [
    { term: 'Code CIS', href: glossaryEntryPath('cis'), value: m.cis ?? 'aucun' },
    m.form ? { term: 'Forme', href: null, value: m.form } : null,
    m.routes.length > 0 ? { term: "Voies d'administration", href: null, value: m.routes.join(', ') } : null,
    m.holders.length > 0 ? { term: 'Titulaire', href: null, value: m.holders.join(', ') } : null,
    m.ammStatus ? { term: "Statut de l'AMM", href: glossaryEntryPath('amm'), value: m.ammStatus } : null,
    m.ammDate ? { term: "Date de l'AMM", href: null, value: formatDate(m.ammDate) } : null,
    m.procedure ? { term: 'Procédure', href: null, value: m.procedure } : null,
    m.commercialStatus ? { term: 'Commercialisation', href: null, value: m.commercialStatus } : null,
    m.enhancedMonitoring ? { term: 'Surveillance', href: null, value: 'Médicament sous surveillance renforcée' } : null,
    m.bdpmStatus ? { term: 'Alerte BDPM', href: null, value: m.bdpmStatus } : null,
  ];
  return rows.filter((row): row is IdentityRow => row !== null);
}

/** Said under the title when the name is not a file's name column. */
export function nameNoteOf(medicine: Medicine): string | null {
  switch (medicine.nameOrigin) {
    case 'ansm-url':
      return "Nom tiré de l'adresse de la page de l'ANSM : le fichier des ruptures ne donne pas de nom.";
    case 'cis':
      return 'Aucun nom connu : les fichiers chargés ne donnent pour ce médicament que son code CIS.';
    default:
      return null;
  }
}
