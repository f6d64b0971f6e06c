/**
 * The ANSM lists (.xlsx, .xls or .csv). Their headers change between versions, so each list
 * has one mapping: the accepted header texts per field (compared without case, accents,
 * punctuation or line breaks). The first header of each field is the one the demo
 * files use; docs/sources.md lists them all. A list's key columns (the CIS in every list,
 * the access type in the référentiel) are required: without them the build stops rather
 * than turn every row into a list-only page.
 */
import { z } from 'zod';
import {
  listCisCode,
  optionalCip13Code,
  optionalListCisCode,
  optionalDate,
  optionalText,
  optionalUcdCode,
  optionalUrl,
  requiredText,
} from '../lib/parse/fields.ts';
import type { ParsedSource } from '../lib/parse/records.ts';
import { type SheetMapping, readMappedSheet } from '../lib/read/spreadsheet.ts';
import { comparableText } from '../../src/lib/text.ts';

const authorisation = optionalText.transform((text, context) => {
  if (text === null) return null;
  const normalised = comparableText(text);
  if (/^(amm|autorisation de mise sur le marche)$/.test(normalised)) return 'AMM' as const;
  if (/^(ai|autorisation d importation|importation|import)$/.test(normalised)) return 'AI' as const;
  context.addIssue({ code: 'custom', message: `« AMM » ou « AI » attendu, reçu « ${text} »` });
  return z.NEVER;
});

const accessType = requiredText.transform((text, context) => {
  const normalised = comparableText(text);
  if (/^(aac|autorisation d acces compassionnel|acces compassionnel)$/.test(normalised)) return 'AAC' as const;
  if (/^(aap|autorisation d acces precoce|acces precoce)$/.test(normalised)) return 'AAP' as const;
  if (/^(cpc|cadre de prescription compassionnelle)$/.test(normalised)) return 'CPC' as const;
  context.addIssue({ code: 'custom', message: `type d'accès « AAC », « AAP » ou « CPC » attendu, reçu « ${text} »` });
  return z.NEVER;
});

/** A column taken as the CIS must hold 8-digit codes in nearly every filled cell. */
const CIS_SHAPE = { pattern: /^\d{8}$/, what: 'codes CIS (8 chiffres)' };

export const retrocessionMapping = {
  title: 'liste de rétrocession',
  columns: {
    cis: { headers: ['Code CIS', 'CIS'], required: true, shape: CIS_SHAPE, schema: optionalListCisCode },
    ucd: { headers: ['Code UCD', 'UCD', 'Code UCD 13', 'UCD13', 'Code UCD7'], schema: optionalUcdCode },
    cip13: { headers: ['Code CIP13', 'CIP13', 'Code CIP', 'Code CIP 13'], schema: optionalCip13Code },
    name: {
      headers: ['Dénomination', 'Spécialité', 'Nom de la spécialité', 'Libellé', 'Libellé UCD', 'Médicament'],
      required: true,
      schema: requiredText,
    },
    substance: { headers: ['DCI', 'Substance active', 'Substances actives', 'Principe actif'], schema: optionalText },
    laboratory: { headers: ['Laboratoire', 'Titulaire', 'Exploitant', "Titulaire de l'AMM"], schema: optionalText },
    authorisation: {
      headers: ['Autorisation', "Type d'autorisation", 'AMM/AI', 'Statut', 'Cadre'],
      schema: authorisation,
    },
    inscriptionDate: {
      headers: ["Date d'inscription", 'Date de la décision', 'Date inscription', 'Date'],
      schema: optionalDate,
    },
    remarks: { headers: ['Remarques', 'Commentaire', 'Commentaires', 'Observations'], schema: optionalText },
  },
} satisfies SheetMapping;

export const mitmMapping = {
  title: 'liste des MITM',
  columns: {
    cis: { headers: ['Code CIS', 'CIS'], required: true, shape: CIS_SHAPE, schema: listCisCode },
    atc: { headers: ['Code ATC', 'ATC', 'Classe ATC'], schema: optionalText },
    name: { headers: ['Dénomination', 'Spécialité', 'Nom de la spécialité', 'Libellé'], schema: optionalText },
    bdpmUrl: { headers: ['Lien BDPM', 'Lien', 'URL'], link: true, schema: optionalUrl },
  },
} satisfies SheetMapping;

export const accesDerogatoireMapping = {
  title: 'référentiel des spécialités en accès dérogatoire',
  columns: {
    type: { headers: ["Type d'accès", 'Type', 'Dispositif', "Cadre d'accès", 'Accès'], required: true, schema: accessType },
    name: { headers: ['Spécialité', 'Nom de la spécialité', 'Dénomination', 'Médicament'], required: true, schema: requiredText },
    substance: { headers: ['DCI', 'Substance active', 'Substances actives'], schema: optionalText },
    cis: { headers: ['Code CIS', 'CIS'], required: true, shape: CIS_SHAPE, schema: optionalListCisCode },
    ucd: { headers: ['Code UCD', 'UCD'], schema: optionalUcdCode },
    indication: { headers: ['Indication', 'Indications', 'Indication(s)'], schema: optionalText },
    status: { headers: ['Statut', 'État', 'Statut de l’accès', "Statut de l'accès"], schema: optionalText },
    startDate: { headers: ['Date de début', "Date d'octroi", 'Date de l’autorisation', 'Début'], schema: optionalDate },
    endDate: { headers: ['Date de fin', 'Fin', "Date de fin d'autorisation"], schema: optionalDate },
    laboratory: { headers: ['Laboratoire', 'Titulaire', 'Exploitant'], schema: optionalText },
    putRdUrl: { headers: ['PUT-RD', 'Lien PUT-RD', 'PUT', "Protocole d'utilisation thérapeutique"], link: true, schema: optionalUrl },
    rcpUrl: { headers: ['RCP', 'Lien RCP', 'Résumé des caractéristiques du produit'], link: true, schema: optionalUrl },
    conditionsUrl: {
      headers: ['Conditions de prescription et de délivrance', 'Conditions', 'Lien conditions'],
      link: true,
      schema: optionalUrl,
    },
  },
} satisfies SheetMapping;

type MappedRecord<M extends SheetMapping> = { [K in keyof M['columns']]: z.output<M['columns'][K]['schema']> };

export type RetrocessionRecord = MappedRecord<typeof retrocessionMapping>;
export type MitmListRecord = MappedRecord<typeof mitmMapping>;
export type AccesDerogatoireRecord = MappedRecord<typeof accesDerogatoireMapping>;

export const ansmLists = {
  retrocession: { file: 'liste-retrocession.xlsx', mapping: retrocessionMapping },
  mitmList: { file: 'liste-mitm.xlsx', mapping: mitmMapping },
  accesDerogatoire: { file: 'referentiel-acces-derogatoire.xlsx', mapping: accesDerogatoireMapping },
} as const;

export type AnsmListId = keyof typeof ansmLists;

/** Rows that name no medicine the site can key a page on (neither CIS nor UCD) are rejected. */
function requireIdentifier<T extends { cis: string | null; ucd: string | null }>(parsed: ParsedSource<T>, mapping: SheetMapping) {
  const records: ParsedSource<T>['records'] = [];
  for (const record of parsed.records) {
    if (record.value.cis !== null || record.value.ucd !== null) records.push(record);
    else
      parsed.rejections.push({
        file: parsed.file,
        row: record.row,
        column: `« ${mapping.columns.cis.headers[0]} » / « ${mapping.columns.ucd.headers[0]} »`,
        reason: 'ni code CIS ni code UCD : impossible de rattacher la ligne à un médicament',
      });
  }
  return { ...parsed, records };
}

export async function parseRetrocession(bytes: Uint8Array, file: string): Promise<ParsedSource<RetrocessionRecord>> {
  const parsed = (await readMappedSheet(bytes, file, retrocessionMapping)) as ParsedSource<RetrocessionRecord>;
  return requireIdentifier(parsed, retrocessionMapping);
}

export async function parseMitmList(bytes: Uint8Array, file: string): Promise<ParsedSource<MitmListRecord>> {
  return (await readMappedSheet(bytes, file, mitmMapping)) as ParsedSource<MitmListRecord>;
}

export async function parseAccesDerogatoire(bytes: Uint8Array, file: string): Promise<ParsedSource<AccesDerogatoireRecord>> {
  // Medicines without an AMM in France often have neither CIS nor UCD: they are keyed by name.
  return (await readMappedSheet(bytes, file, accesDerogatoireMapping)) as ParsedSource<AccesDerogatoireRecord>;
}

export const ansmParsers: Record<AnsmListId, (bytes: Uint8Array, file: string) => Promise<ParsedSource<Record<string, unknown>>>> = {
  retrocession: parseRetrocession,
  mitmList: parseMitmList,
  accesDerogatoire: parseAccesDerogatoire,
};
