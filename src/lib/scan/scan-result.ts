/**
 * What the scan page shows once a code is read: the data of the code itself (expiry date,
 * batch, serial number: the visitor's, shown and kept nowhere), then each presentation found
 * with the medicine page it links to, or why none is shown. Pure; the page script renders it.
 */
import { formatDate } from '../format.ts';
import { medicinePagePath } from '../addresses.ts';
import type { CipEntry, CipQuery } from './cip-shards.ts';
import type { ExpiryDate } from './gs1.ts';
import type { PackCode } from './pack-code.ts';

export interface ResultRow {
  label: string;
  value: string;
}

export interface FoundPresentation {
  /** The medicine's name, linking to its page. */
  name: string;
  href: string;
  rows: ResultRow[];
  notes: string[];
}

export interface ScanResult {
  /** What the code holds, as read. */
  codeRows: ResultRow[];
  /** A warning about the code (part unreadable), or why nothing was found. */
  message: string | null;
  found: FoundPresentation[];
}

const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];

/** "31/12/2027", "fin février 2028 (29/02/2028)", with "date passée" once it is behind `today`. */
export function expiryText(expiry: ExpiryDate, today: Date): string {
  if (!expiry.iso) return `date impossible dans le code (${expiry.raw})`;
  const [year, month] = expiry.iso.split('-');
  const date = expiry.endOfMonth ? `fin ${MONTHS[Number(month) - 1]} ${year} (${formatDate(expiry.iso)})` : formatDate(expiry.iso);
  return expiry.iso < today.toISOString().slice(0, 10) ? `${date} : date passée` : date;
}

export type ReadableCode = Extract<PackCode, { kind: 'cip13' | 'cip7' }>;

/** The query a readable code looks up. */
export const queryOf = (code: ReadableCode): CipQuery => (code.kind === 'cip13' ? { cip13: code.cip13 } : { cip7: code.cip7 });

function codeRowsOf(code: ReadableCode, today: Date): ResultRow[] {
  if (code.kind === 'cip7') return [{ label: 'Code CIP7', value: code.cip7 }];
  const rows = [{ label: 'Code CIP13', value: code.cip13 }];
  if (code.expiry) rows.push({ label: 'Péremption', value: expiryText(code.expiry, today) });
  if (code.batch) rows.push({ label: 'Lot', value: code.batch });
  if (code.serial) rows.push({ label: 'Numéro de série', value: code.serial });
  return rows;
}

function presentationOf(entry: CipEntry): FoundPresentation {
  const rows = [
    { label: 'Présentation', value: entry.label },
    { label: 'Codes', value: `CIP13 ${entry.cip13}, CIP7 ${entry.cip7}` },
    ...(entry.stop
      ? [{ label: 'Commercialisation', value: entry.stop }]
      : [
          { label: 'Remboursement', value: entry.reimbursement ?? '—' },
          { label: 'Prix', value: entry.price ?? '—' },
        ]),
    { label: 'Disponibilité (médicament)', value: entry.availability },
  ];
  return { name: entry.name, href: medicinePagePath(entry.medicine), rows, notes: entry.notes };
}

/** The result of a readable code and what its shard holds for it. */
export function scanResultOf(code: ReadableCode, entries: CipEntry[], today: Date): ScanResult {
  const codeName = code.kind === 'cip13' ? `CIP13 ${code.cip13}` : `CIP7 ${code.cip7}`;
  const notFound = `Le code ${codeName} est bien formé, mais aucune fiche de ce site ne porte cette présentation : elle n'est pas dans le fichier des présentations (CIS_CIP_bdpm.txt) de cette version, ou sa ligne a été écartée faute de médicament correspondant dans CIS_bdpm.txt (voir la page « Sources »). Le site ne peut donc rien en dire.`;
  const warning = code.kind === 'cip13' ? code.warning : null;
  return {
    codeRows: codeRowsOf(code, today),
    message: [warning, entries.length === 0 ? notFound : null].filter(Boolean).join(' ') || null,
    found: entries.map(presentationOf),
  };
}
