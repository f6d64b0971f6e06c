/**
 * schema.org structured data for a medicine page. Typed with schema-dts (generated from
 * the schema.org vocabulary), so `npm run check` rejects a type or property the
 * vocabulary does not define. It carries only what the page itself states: name, CIS
 * code, active substances, prescription conditions as written in the BDPM, and the
 * date of its latest event in the files.
 */
import type { Drug, MedicalWebPage, WithContext } from 'schema-dts';
import type { Medicine } from '../content/medicine.ts';
import { lastDatedEventOf } from './medicine-date.ts';

export function medicineStructuredData(medicine: Medicine, pageUrl: string): WithContext<MedicalWebPage> {
  const substances = [...new Set(medicine.substances.filter((s) => s.nature !== 'FT').map((s) => s.name))];
  // A header line ("pour tous les patients :") is no legal status without the lines it introduces.
  const conditions = medicine.prescriptionConditions.filter(({ category }) => category !== 'en-tete');
  const drug: Drug = {
    '@type': 'Drug',
    name: medicine.name,
    ...(medicine.cis && { code: { '@type': 'MedicalCode', codeValue: medicine.cis, codingSystem: 'CIS' } }),
    ...(substances.length > 0 && { activeIngredient: substances }),
    ...(conditions.length > 0 && { legalStatus: conditions.map(({ text }) => text) }),
  };
  const date = lastDatedEventOf(medicine);
  return {
    '@context': 'https://schema.org',
    '@type': 'MedicalWebPage',
    url: pageUrl,
    name: medicine.name,
    inLanguage: 'fr',
    ...(date && { dateModified: date }),
    about: drug,
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function serialiseJsonLd(data: object): string {
  return JSON.stringify(data).replace(/</g, '\\u003c');
}
