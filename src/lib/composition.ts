/**
 * How a component of a medicine is stated, as BDPM's CIS_COMPO file gives it: its dosage
 * always with the quantity it refers to (« 2 mg pour 1 ml de solution »), since a dosage
 * alone reads as the dose of a unit when it may be a concentration. Shared by the medicine
 * page and the search summary so that both state the same dose. Pure.
 */
import type { Medicine } from './content/medicine.ts';

type Substance = Medicine['substances'][number];

type Component = Pick<Substance, 'name' | 'dosage' | 'dosageReference' | 'nature'>;

/** « 2 mg pour 1 ml de solution »; the dosage alone when the file gives no reference; null without a dosage. */
export function doseOf(component: Pick<Substance, 'dosage' | 'dosageReference'>): string | null {
  if (!component.dosage) return null;
  return component.dosageReference ? `${component.dosage} pour ${component.dosageReference}` : component.dosage;
}

/**
 * « LINÉZOLIDE : 2 mg pour 1 ml de solution », with « (fraction thérapeutique) » for an FT
 * row. `separator` goes between the name and the dose (the search summary, already after
 * « Composition : », uses a space).
 */
export function componentText(component: Component, separator = ' : '): string {
  const dose = doseOf(component);
  return `${component.name}${dose ? `${separator}${dose}` : ''}${component.nature === 'FT' ? ' (fraction thérapeutique)' : ''}`;
}
