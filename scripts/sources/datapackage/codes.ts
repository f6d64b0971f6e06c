/**
 * The package writes statuses as codes (ACTIVE, ARRETEE…) where the BDPM wrote French labels.
 * The site's pages and checks read the BDPM labels (isMarketed looks for "Commercialis…"), so
 * each known code is given the label the BDPM file wrote for it; an unknown code is kept as
 * written and named in a warning. Codes seen in public code reading the package
 * (betagouv/infomedicament, src/db/utils/specialiteCatalog.ts, generics.ts, presentations
 * helpers, 2026) are marked "seen"; the others are the likely spelling of the BDPM label and are
 * marked "assumed" until a real package confirms them.
 */
import type { GenericType } from '../../../src/lib/content/medicine.ts';

interface CodeTable {
  /** What the code means, for warnings: "statut de l'AMM". */
  what: string;
  labels: Record<string, { label: string | null; seen: boolean }>;
}

export const ammStatusCodes: CodeTable = {
  what: "statut de l'AMM",
  labels: {
    ACTIVE: { label: 'Autorisation active', seen: true },
    ABROGEE: { label: 'Autorisation abrogée', seen: true },
    SUSPENDUE: { label: 'Autorisation suspendue', seen: true },
    RETIREE: { label: 'Autorisation retirée', seen: true },
    ARCHIVEE: { label: 'Autorisation archivée', seen: true },
  },
};

export const procedureCodes: CodeTable = {
  what: 'type de procédure',
  labels: {
    NATIONALE: { label: 'Procédure nationale', seen: false },
    CENTRALISEE: { label: 'Procédure centralisée', seen: false },
    DECENTRALISEE: { label: 'Procédure décentralisée', seen: false },
    RECONNAISSANCE_MUTUELLE: { label: 'Procédure de reconnaissance mutuelle', seen: false },
    IMPORTATION_PARALLELE: { label: "Autorisation d'importation parallèle", seen: true },
  },
};

/**
 * `disponibilite` of a specialité: the package has no commercialisation column any more. It
 * stands for the BDPM's commercialisation state and "statut BDM" together, as infomedicament
 * reads it (disponibiliteToStatutBdm: ALERTE is the "Alerte", PARTIELLE and INDISPONIBLE the
 * "Warning disponibilité"). In the July 2025 CIS_bdpm.txt both warnings sit only on medicines
 * not marketed (2 248 "Warning disponibilité", 23 "Alerte", 1 without warning): INDISPONIBLE and
 * ALERTE are not marketed; PARTIELLE (partly available) is marketed, with the warning.
 */
export const availabilityCodes: Record<string, { commercialStatus: string; bdpmStatus: string | null }> = {
  DISPONIBLE: { commercialStatus: 'Commercialisée', bdpmStatus: null },
  PARTIELLE: { commercialStatus: 'Commercialisée', bdpmStatus: 'Warning disponibilité' },
  ALERTE: { commercialStatus: 'Non commercialisée', bdpmStatus: 'Alerte' },
  INDISPONIBLE: { commercialStatus: 'Non commercialisée', bdpmStatus: 'Warning disponibilité' },
};

export const presentationCommercialCodes: CodeTable = {
  what: 'état de commercialisation de la présentation',
  labels: {
    COMMERCIALISEE: { label: 'Déclaration de commercialisation', seen: false },
    ARRETEE: { label: "Déclaration d'arrêt de commercialisation", seen: true },
    SUSPENDUE: { label: 'Déclaration de suspension de commercialisation', seen: false },
  },
};

export const presentationStatusCodes: CodeTable = {
  what: 'statut administratif de la présentation',
  labels: {
    ACTIVE: { label: 'Présentation active', seen: false },
    ABROGEE: { label: 'Présentation abrogée', seen: false },
  },
};

/**
 * `role` of a member in `specialite_groupe_generique`, to the BDPM's types 0, 1, 2 and 4.
 * COMPLEMENTARITE_POSOLOGIQUE is listed by infomedicament among the princeps roles, which the
 * BDPM types do not say: such a row is rejected with its reason rather than guessed at.
 */
export const genericRoleCodes: Record<string, GenericType> = {
  REFERENCE: 'princeps',
  GENERIQUE: 'generique',
  GENERIQUE_AVEC_COMPLEMENTARITE_POSOLOGIQUE: 'complementaire',
  SUBSTITUTION: 'substituable',
};

/** "de statut", "d'état". */
const ofWhat = (what: string) => (/^[aeéèêiouy]/i.test(what) ? `d'${what}` : `de ${what}`);

/**
 * The codes of one column, read row by row: each known code gives its label; an unknown code is
 * kept as written, and an assumed one is used; both are named in the warnings, so that a
 * maintainer sees every label that rests on a guess or on nothing.
 */
export class CodeColumn {
  private readonly unknown = new Set<string>();
  private readonly assumed = new Set<string>();
  private readonly table: CodeTable;

  constructor(table: CodeTable) {
    this.table = table;
  }

  label(code: string | null): string | null {
    if (code === null) return null;
    const known = this.table.labels[code];
    if (!known) {
      this.unknown.add(code);
      return code;
    }
    if (!known.seen) this.assumed.add(code);
    return known.label;
  }

  warnings(file: string, column: string): Array<{ file: string; message: string }> {
    const quoted = (codes: Set<string>) => [...codes].map((code) => `« ${code} »`).join(', ');
    return [
      ...(this.unknown.size > 0
        ? [{ file, message: `colonne « ${column} » : code(s) ${ofWhat(this.table.what)} inconnu(s), gardé(s) tel(s) qu'écrit(s) : ${quoted(this.unknown)}` }]
        : []),
      ...(this.assumed.size > 0
        ? [
            {
              file,
              message: `colonne « ${column} » : code(s) ${ofWhat(this.table.what)} lu(s) selon une correspondance supposée, jamais vue dans un paquet réel : ${[
                ...this.assumed,
              ]
                .map((code) => `« ${code} » lu « ${this.table.labels[code].label} »`)
                .join(', ')} (voir docs/datapackage.md)`,
            },
          ]
        : []),
    ];
  }
}

/** The code a BDPM label is written as (the demo package writer). */
export function codeOf(table: CodeTable, label: string): string {
  const found = Object.entries(table.labels).find(([, entry]) => entry.label === label);
  if (!found) throw new Error(`aucun code pour « ${label} » (${table.what})`);
  return found[0];
}
