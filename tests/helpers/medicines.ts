/** Literal medicines for the unit tests of the history: a BDPM entry and a presentation. */
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine, Presentation } from '../../src/lib/content/medicine.ts';

export const bdpmMedicine = (id: string, change: Partial<Medicine> = {}): Medicine => ({
  ...emptyMedicine(id, id, `MÉDICAMENT ${id}`),
  inBdpm: true,
  ...change,
});

export const presentation = (cip13: string, change: Partial<Presentation> = {}): Presentation => ({
  cip7: cip13.slice(5, 12),
  cip13,
  label: `boîte ${cip13}`,
  adminStatus: 'Présentation active',
  commercialStatus: 'Déclaration de commercialisation',
  commercialisationDate: null,
  collectivities: true,
  reimbursementRate: 65,
  price: 4.5,
  priceWithFee: 5.52,
  dispensingFee: 1.02,
  reimbursementNotes: null,
  ...change,
});
