/**
 * The resources of the ANSM Open Data package the site reads, and for each the fields it
 * needs with the Table Schema types it accepts (the first is the one expected). Fields are
 * found by name in the descriptor, never by position. `known` lists the fields public code
 * reading this package names and the site does not use (betagouv/infomedicament-dataeng,
 * data_sources/ansm.yml, 2026): any other field is "extra" and listed in the accounting.
 */
import type { BdpmFileId } from '../bdpm-files.ts';

/** Table Schema types a field may carry, as the descriptor spells them. */
export type FieldType = 'string' | 'integer' | 'number' | 'date' | 'datetime' | 'boolean';

export interface NeededField {
  /** Accepted types, the expected one first. */
  types: readonly FieldType[];
  /** Codes (CIS, CIP): a numeric type is accepted with a warning, the CSV text being read as written. */
  code?: boolean;
  /** An empty cell is allowed (null). */
  optional?: boolean;
}

export interface ResourceSpec {
  /** The join input these rows feed (the main resource of a fact), or the one they complete. */
  feeds: BdpmFileId;
  /** The resource whose rows are the fact's rows (its file is the provenance); others complete them. */
  main: boolean;
  /** Without this resource, the resources that need it cannot be read: fatal. */
  neededBy?: string;
  fields: Record<string, NeededField>;
  known: readonly string[];
}

const text: NeededField = { types: ['string'] };
const optionalText: NeededField = { types: ['string'], optional: true };
const cis: NeededField = { types: ['string', 'integer', 'number'], code: true };
const integer: NeededField = { types: ['integer', 'string'] };

export const packageResources = {
  specialite: {
    feeds: 'medicines',
    main: true,
    fields: {
      cis,
      denomination: text,
      procedure: optionalText,
      date_amm: { types: ['date', 'string'], optional: true },
      statut_amm: optionalText,
      disponibilite: optionalText,
    },
    known: ['generique', 'date_modification'],
  },
  specialite_titulaire: {
    feeds: 'medicines',
    main: false,
    fields: { cis, raison_sociale: text },
    known: ['code_titulaire', 'raison_sociale_longue', 'pays', 'date_debut'],
  },
  presentation: {
    feeds: 'presentations',
    main: true,
    fields: {
      cis,
      cip: { types: ['string', 'integer', 'number'], code: true },
      cip7: { types: ['string', 'integer', 'number'], code: true },
      denomination: optionalText,
      statut_commercialisation: optionalText,
      date_commercialisation: { types: ['date', 'string'], optional: true },
      statut: optionalText,
    },
    known: ['date_modification', 'date_arret_commercialisation'],
  },
  composant: {
    feeds: 'substances',
    main: true,
    fields: {
      cis,
      numero_element: integer,
      numero_composant: { types: ['integer', 'string'], optional: true },
      code_substance: optionalText,
      substance: text,
      nature: text,
      dosage: optionalText,
    },
    known: ['ordre'],
  },
  element: {
    feeds: 'substances',
    main: false,
    fields: { cis, numero_element: integer, denomination: optionalText },
    known: ['ordre'],
  },
  specialite_delivrance: {
    feeds: 'prescriptionConditions',
    main: true,
    fields: { cis, code_delivrance: integer },
    known: [],
  },
  delivrance: {
    feeds: 'prescriptionConditions',
    main: false,
    neededBy: 'specialite_delivrance',
    fields: { code: integer, libelle_court: optionalText, libelle_long: optionalText },
    known: [],
  },
  specialite_groupe_generique: {
    feeds: 'genericGroups',
    main: true,
    fields: { code_groupe: integer, cis, role: text, rang: integer },
    known: [],
  },
  groupe_generique: {
    feeds: 'genericGroups',
    main: false,
    neededBy: 'specialite_groupe_generique',
    fields: { code_groupe: integer, libelle: text },
    known: ['code_atc', 'date_modification', 'commentaire'],
  },
} as const satisfies Record<string, ResourceSpec>;

export type PackageResourceName = keyof typeof packageResources;

/** The join inputs the package can carry: a BDPM .txt file for one of these is compared with it. */
export const packageFacts = [...new Set(Object.values(packageResources).map((spec) => spec.feeds))] as BdpmFileId[];

/** The main resource of each fact the package carries. */
export function mainResourceOf(fact: BdpmFileId): PackageResourceName | null {
  const found = Object.entries(packageResources).find(([, spec]) => spec.feeds === fact && spec.main);
  return (found?.[0] as PackageResourceName | undefined) ?? null;
}

/**
 * Where a folder holds both the package and a BDPM .txt file for one fact, which one the build
 * reads, and why. Each fact comes from exactly one file. CIS_CIP_bdpm.txt is kept for the
 * presentations: it alone carries prices, reimbursement rates and the agrément aux
 * collectivités, which the package lacks; reading the presentations from the package would
 * leave those facts unloaded. For every other fact the package carries everything the .txt
 * gives the site except fields absent from both, and it is the source that replaces the BDPM.
 */
export const preferredForFact: Partial<Record<BdpmFileId, { use: 'txt' | 'package'; why: string }>> = {
  presentations: {
    use: 'txt',
    why: 'CIS_CIP_bdpm.txt porte aussi les prix, taux de remboursement et agréments aux collectivités, absents du datapackage',
  },
  medicines: { use: 'package', why: 'le datapackage ANSM Open Data remplace la BDPM' },
  substances: { use: 'package', why: 'le datapackage ANSM Open Data remplace la BDPM' },
  prescriptionConditions: { use: 'package', why: 'le datapackage ANSM Open Data remplace la BDPM' },
  genericGroups: { use: 'package', why: 'le datapackage ANSM Open Data remplace la BDPM' },
};
