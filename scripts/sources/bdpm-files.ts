/**
 * The BDPM text files: tab-separated, no header, one column list per file as documented
 * by the Base de données publique des médicaments ("Contenu et format des fichiers").
 */
import { z } from 'zod';
import {
  cip13Code,
  cip7Code,
  cisCode,
  optionalCip13Code,
  optionalDate,
  optionalFrenchDecimal,
  optionalPercent,
  optionalText,
  optionalUrl,
  optionalYesNo,
  requiredText,
} from '../lib/parse/fields.ts';
import { type ParsedSource, type RecordOf, type SourceColumn, dropDuplicates, readRecord } from '../lib/parse/records.ts';
import { decodeText } from '../lib/read/decode-text.ts';
import { parseTsv } from '../lib/read/tsv.ts';

/** One column of a BDPM file; columns are listed in file order. */
function column<S extends SourceColumn['schema']>(label: string, schema: S) {
  return { label, schema };
}

/** CIS_CIP_Dispo_Spec.txt codes its states 1 to 4. */
const shortageStateByCode = { '1': 'rupture', '2': 'tension', '3': 'arret', '4': 'remise' } as const;
const shortageStateCode = requiredText.transform((code, context) => {
  const state = shortageStateByCode[code as keyof typeof shortageStateByCode];
  if (state) return state;
  context.addIssue({ code: 'custom', message: `code de statut 1 à 4 attendu, reçu « ${code} »` });
  return z.NEVER;
});

/** CIS_GENER_bdpm.txt: 0 princeps, 1 générique, 2 par complémentarité posologique, 4 substituable. */
const genericTypeByCode = { '0': 'princeps', '1': 'generique', '2': 'complementaire', '4': 'substituable' } as const;
const genericTypeCode = requiredText.transform((code, context) => {
  const type = genericTypeByCode[code as keyof typeof genericTypeByCode];
  if (type) return type;
  context.addIssue({ code: 'custom', message: `type de générique 0, 1, 2 ou 4 attendu, reçu « ${code} »` });
  return z.NEVER;
});
const sortNumber = requiredText.pipe(z.string().regex(/^\d+$/, 'numéro de tri entier attendu')).transform(Number);

export const bdpmFiles = {
  medicines: {
    file: 'CIS_bdpm.txt',
    columns: {
      cis: column('code CIS', cisCode),
      name: column('dénomination', requiredText),
      form: column('forme pharmaceutique', optionalText),
      routes: column("voies d'administration", optionalText),
      ammStatus: column("statut administratif de l'AMM", optionalText),
      procedure: column('type de procédure', optionalText),
      commercialStatus: column('état de commercialisation', optionalText),
      ammDate: column("date d'AMM", optionalDate),
      bdpmStatus: column('statut BDM', optionalText),
      euNumber: column("numéro d'autorisation européenne", optionalText),
      holders: column('titulaire(s)', optionalText),
      enhancedMonitoring: column('surveillance renforcée', optionalYesNo),
    },
    keyOf: (row: { cis: string }) => row.cis,
  },
  presentations: {
    file: 'CIS_CIP_bdpm.txt',
    columns: {
      cis: column('code CIS', cisCode),
      cip7: column('code CIP7', cip7Code),
      label: column('libellé de la présentation', optionalText),
      adminStatus: column('statut administratif', optionalText),
      commercialStatus: column('état de commercialisation', optionalText),
      commercialisationDate: column('date de déclaration de commercialisation', optionalDate),
      cip13: column('code CIP13', cip13Code),
      collectivities: column('agrément aux collectivités', optionalYesNo),
      reimbursementRate: column('taux de remboursement', optionalPercent),
      price: column('prix hors honoraire', optionalFrenchDecimal),
      priceWithFee: column('prix honoraire compris', optionalFrenchDecimal),
      dispensingFee: column('honoraire de dispensation', optionalFrenchDecimal),
      reimbursementNotes: column('indications ouvrant droit au remboursement', optionalText),
    },
    keyOf: (row: { cip13: string }) => row.cip13,
  },
  substances: {
    file: 'CIS_COMPO_bdpm.txt',
    columns: {
      cis: column('code CIS', cisCode),
      element: column('élément pharmaceutique', optionalText),
      substanceCode: column('code de la substance', optionalText),
      name: column('dénomination de la substance', requiredText),
      dosage: column('dosage', optionalText),
      dosageReference: column('référence du dosage', optionalText),
      nature: column('nature du composant (SA/FT)', requiredText),
      link: column('numéro de liaison SA/FT', optionalText),
    },
    keyOf: (row: Record<string, unknown>) => JSON.stringify(row),
  },
  prescriptionConditions: {
    file: 'CIS_CPD_bdpm.txt',
    columns: {
      cis: column('code CIS', cisCode),
      condition: column('condition de prescription ou de délivrance', requiredText),
    },
    keyOf: (row: { cis: string; condition: string }) => `${row.cis}\t${row.condition}`,
  },
  genericGroups: {
    file: 'CIS_GENER_bdpm.txt',
    columns: {
      groupId: column('identifiant du groupe générique', requiredText.pipe(z.string().regex(/^\d+$/, 'identifiant numérique attendu'))),
      label: column('libellé du groupe générique', requiredText),
      cis: column('code CIS', cisCode),
      type: column('type de générique', genericTypeCode),
      order: column('numéro de tri', sortNumber),
    },
    keyOf: (row: { groupId: string; cis: string }) => `${row.groupId}\t${row.cis}`,
  },
  mitm: {
    file: 'CIS_MITM.txt',
    columns: {
      cis: column('code CIS', cisCode),
      atc: column('code ATC', optionalText),
      name: column('dénomination', optionalText),
      bdpmUrl: column('lien BDPM', optionalUrl),
    },
    keyOf: (row: { cis: string }) => row.cis,
  },
  shortages: {
    file: 'CIS_CIP_Dispo_Spec.txt',
    columns: {
      cis: column('code CIS', cisCode),
      cip13: column('code CIP13', optionalCip13Code),
      state: column('code du statut', shortageStateCode),
      stateLabel: column('libellé du statut', optionalText),
      startDate: column('date de début', optionalDate),
      updatedDate: column('date de mise à jour', optionalDate),
      availableAgainDate: column('date de remise à disposition', optionalDate),
      ansmUrl: column('lien ANSM', optionalUrl),
    },
    keyOf: (row: Record<string, unknown>) => JSON.stringify(row),
  },
} as const;

export type BdpmFileId = keyof typeof bdpmFiles;
export type BdpmRecord<F extends BdpmFileId> = RecordOf<(typeof bdpmFiles)[F]['columns']>;

export interface ParsedBdpmFile<F extends BdpmFileId> extends ParsedSource<BdpmRecord<F>> {
  encoding: string;
}

export function parseBdpmFile<F extends BdpmFileId>(id: F, bytes: Uint8Array): ParsedBdpmFile<F> {
  const { file, columns, keyOf } = bdpmFiles[id];
  const keys = Object.keys(columns);
  // Reports name a column by its position and meaning: "6 (date de déclaration…)".
  const labelled = Object.fromEntries(Object.entries(columns).map(([key, { label, schema }], index) => [key, { label: `${index + 1} (${label})`, schema }]));
  const { text, encoding, invalidLines } = decodeText(bytes);
  const table = parseTsv(text, file, keys.length);
  const damaged = new Set(invalidLines);
  const parsed: ParsedSource<BdpmRecord<F>> = {
    file,
    records: [],
    rejections: table.rejections,
    duplicates: [],
    read: table.rows.length + table.rejections.length,
    warnings: table.blankLines > 0 ? [`${table.blankLines} ligne(s) vide(s) ignorée(s)`] : [],
    dateColumns: Object.fromEntries(keys.filter((key) => labelled[key].schema === optionalDate).map((key) => [key, labelled[key].label])),
  };
  for (const { line, cells } of table.rows) {
    if (damaged.has(line)) {
      // Read as UTF-8 like the rest of the file; the damaged row is reported, not guessed at.
      const index = Math.max(
        0,
        cells.findIndex((cell) => cell.includes('\uFFFD')),
      );
      parsed.rejections.push({
        file,
        row: line,
        column: labelled[keys[index]].label,
        reason: `octet invalide en UTF-8 (fichier lu en UTF-8) : « ${cells[index].trim()} »`,
      });
      continue;
    }
    const result = readRecord(labelled, (key) => cells[keys.indexOf(key)], file, line);
    if (result.ok) parsed.records.push({ row: line, value: result.value as BdpmRecord<F> });
    else parsed.rejections.push(result.rejection);
  }
  return { ...dropDuplicates(parsed, keyOf as (value: BdpmRecord<F>) => string), encoding };
}
