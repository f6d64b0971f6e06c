/** What the commercial statuses of the BDPM say of a medicine (CIS_bdpm.txt) and of a presentation (CIS_CIP_bdpm.txt). Pure. */
import type { Presentation } from './content/medicine.ts';

/** Marketed according to CIS_bdpm.txt ("Commercialisée"). */
export function isMarketed(status: string | null): boolean {
  return status !== null && /^commercialis/i.test(status);
}

/** "Déclaration d'arrêt de commercialisation" or "Arrêt de commercialisation (le médicament n'a plus d'autorisation)". */
export function isDiscontinued(presentation: Presentation): boolean {
  return presentation.commercialStatus !== null && /arr[êe]t de commercialisation/i.test(presentation.commercialStatus);
}
