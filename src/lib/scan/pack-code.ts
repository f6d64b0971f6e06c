/**
 * What a code read from a medicine pack, or typed from it, designates: a CIP13 (with the
 * expiry date, batch and serial number of a DataMatrix), a CIP7, or nothing this site can look
 * up, with the reason in French. Pure: the scan page only shows what this returns.
 *
 * The CIP13 is defined by the arrêté du 30 décembre 2021 (codification des médicaments,
 * article R. 5121-4 du code de la santé publique), annexe, point 1: 13 digits starting 3400,
 * the last a GS1 check digit (odd ranks × 1, even ranks × 3, modulo 10); preceded by a 0 it is
 * a GTIN-14, the one the DataMatrix carries in AI 01; codes starting 34008 are UCD codes.
 *
 * A CIP7 is accepted as 7 digits and found by lookup only: no official rule for its check digit
 * was found, and the modulo 11 rule with weights 2 to 7 that older codes follow fails for 7 570
 * of the 20 882 CIP7 of the July 2025 BDPM (most of the series 30…, 49… and 55…), so it cannot reject a code.
 */
import {
  type ExpiryDate,
  GROUP_SEPARATOR,
  type Gs1Fields,
  type Gs1Problem,
  expiryDateOf,
  hasValidGs1CheckDigit,
  parseBracketed,
  parseElementString,
} from './gs1.ts';

export type PackCode =
  | {
      kind: 'cip13';
      cip13: string;
      /** From a DataMatrix (or its printed form): the other data of the code, shown to the visitor only. */
      expiry: ExpiryDate | null;
      batch: string | null;
      serial: string | null;
      /** Part of the code could not be read (a missing separator): the CIP13 stands, the rest is not shown. */
      warning: string | null;
    }
  | { kind: 'cip7'; cip7: string }
  | { kind: 'rejected'; message: string };

const rejected = (message: string): PackCode => ({ kind: 'rejected', message });

const NOT_A_CODE =
  "Ce code n'est ni un code CIP (7 ou 13 chiffres) ni le contenu d'un code DataMatrix de boîte de médicament. Vérifiez la saisie, ou essayez une photo plus nette.";
const WRONG_KEY = (code: string) =>
  `La clé de contrôle (dernier chiffre) de ${code} ne correspond pas aux chiffres qui la précèdent : le code a été mal lu ou mal saisi. Aucun médicament n'est cherché avec un code faux.`;

/** A 13-digit code: a CIP13, or why it is not one. */
function cip13Check(code: string): string | null {
  if (!hasValidGs1CheckDigit(code)) return WRONG_KEY(code);
  if (code.startsWith('34008'))
    return `${code} commence par 34008 : c'est un code UCD (unité commune de dispensation), pas le code CIP d'une boîte. Un code UCD se cherche dans la recherche du site.`;
  if (!code.startsWith('3400'))
    return `${code} ne commence pas par 3400 : ce n'est pas le code CIP d'un médicament autorisé en France (produit d'un autre pays, de parapharmacie ou autre article). Ce site ne connaît que les médicaments.`;
  return null;
}

/** A GTIN-14 from AI 01: a French medicine's is 0 followed by its CIP13. */
function gtinCheck(gtin: string): string | null {
  if (!hasValidGs1CheckDigit(gtin)) return WRONG_KEY(gtin);
  if (!gtin.startsWith('0'))
    return `Le GTIN ${gtin} ne commence pas par 0 : il désigne un carton ou un autre conditionnement, pas une boîte. Scannez la boîte elle-même.`;
  return cip13Check(gtin.slice(1));
}

const FIELD_NAMES: Record<string, string> = {
  '01': 'code du produit (01)',
  '17': 'date de péremption (17)',
  '10': 'numéro de lot (10)',
  '21': 'numéro de série (21)',
};

function warningOf(problem: Gs1Problem): string {
  const field = FIELD_NAMES[problem.ai] ?? `d'identifiant ${problem.ai}`;
  if (problem.kind === 'maybe-merged')
    return `Ce code ne sépare pas ses champs : le ${field} lu, « ${problem.value} », contient peut-être aussi la suite du code (${problem.ai === '10' ? 'numéro de série' : 'numéro de lot'} ou date de péremption). Il n'est pas montré : lisez-le sur la boîte.`;
  return `La suite du code est illisible à partir du champ ${field}${problem.kind === 'missing-separator' ? ' (séparateur de champ manquant ou code abîmé)' : ''} : seules les données lues avant sont montrées.`;
}

function fromGs1(fields: Gs1Fields, today: Date): PackCode {
  const { values, problem } = fields;
  const gtin = values['01'];
  if (!gtin) {
    return rejected(
      problem
        ? `Ce code DataMatrix est mal formé dans le champ ${FIELD_NAMES[problem.ai] ?? `d'identifiant ${problem.ai}`} : le code du produit n'a pas pu être lu.`
        : 'Ce code GS1 ne contient pas de code produit (GTIN, identifiant 01) : il ne désigne pas une boîte de médicament.',
    );
  }
  const wrong = gtinCheck(gtin);
  if (wrong) return rejected(wrong);
  const warning = problem ? warningOf(problem) : null;
  return {
    kind: 'cip13',
    cip13: gtin.slice(1),
    expiry: values['17'] ? expiryDateOf(values['17'], today) : null,
    batch: values['10'] ?? null,
    serial: values['21'] ?? null,
    warning,
  };
}

/** Symbology identifiers of GS1 data (DataMatrix, GS1-128, DataBar, QR) and of EAN-13. */
const GS1_SYMBOLOGIES = /^\](d2|C1|e0|Q3|J1)/;
const OTHER_SYMBOLOGY = /^\][A-Za-z]\d/;

/**
 * Reads what a decoder returned or what the visitor typed. `today` sets the century of the
 * expiry year (GS1 rule).
 */
export function readPackCode(input: string, today: Date): PackCode {
  const text = input.replace(/^\s+|\s+$/g, '');
  if (GS1_SYMBOLOGIES.test(text)) return fromGs1(parseElementString(text.slice(3)), today);
  if (text.startsWith('(')) {
    const fields = parseBracketed(text);
    return fields ? fromGs1(fields, today) : rejected(NOT_A_CODE);
  }
  const unprefixed = text.replace(OTHER_SYMBOLOGY, '');
  // Typed codes often keep the spaces, dots or dashes of the print.
  const digits = unprefixed.replace(/[\s.-]/g, '');
  if (/^\d{7}$/.test(digits)) return { kind: 'cip7', cip7: digits };
  if (/^\d{13}$/.test(digits)) {
    const wrong = cip13Check(digits);
    return wrong ? rejected(wrong) : { kind: 'cip13', cip13: digits, expiry: null, batch: null, serial: null, warning: null };
  }
  if (/^\d{14}$/.test(digits)) return fromGs1({ values: { '01': digits }, problem: null }, today);
  // A raw element string without its identifier (some decoders drop it): AI 01 first.
  const body = unprefixed.startsWith(GROUP_SEPARATOR) ? unprefixed.slice(1) : unprefixed;
  if (/^01\d{14}/.test(body) || body.includes(GROUP_SEPARATOR)) return fromGs1(parseElementString(unprefixed), today);
  return rejected(NOT_A_CODE);
}
