/**
 * Issue 30: presentations read from the ANSM Open Data package carry no price nor rate. The pages
 * say "non chargé", never "aucun prix", and do not infer "destiné à l'hôpital" from the empty prices.
 */
import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine, Presentation } from '../../src/lib/content/medicine.ts';
import { type Manifest, zeroCounts } from '../../src/lib/content/manifest.ts';
import { dispensingLinesOf } from '../../src/lib/dispensing-view.ts';
import { billingLinkOf } from '../../src/lib/medicine-view.ts';
import { presentationTablesOf } from '../../src/lib/presentations-view.ts';
import { pricesLoaded } from '../../src/lib/sources-view.ts';
import { manifestSource } from '../helpers/manifest.ts';

const packagePresentation: Presentation = {
  cip7: '3000001',
  cip13: '3400930000013',
  label: 'boîte de 30',
  adminStatus: 'Présentation active',
  commercialStatus: 'Déclaration de commercialisation',
  commercialisationDate: null,
  collectivities: null,
  reimbursementRate: null,
  price: null,
  priceWithFee: null,
  dispensingFee: null,
  reimbursementNotes: null,
};
const medicine: Medicine = {
  ...emptyMedicine('60000001', '60000001', 'EXEMPLE 10 mg, comprimé'),
  inBdpm: true,
  commercialStatus: 'Commercialisée',
  presentations: [packagePresentation],
  mitm: { atc: null, name: null, from: [{ source: 'CIS_MITM.txt', row: 1 }] },
  shortageState: 'rupture',
};
const manifestFrom = (presentationsFile: string): Manifest => ({
  demo: false,
  counts: zeroCounts(),
  sources: [
    manifestSource('medicines', 'specialite.csv'),
    manifestSource('presentations', presentationsFile),
    manifestSource('prescriptionConditions', 'specialite_delivrance.csv'),
  ],
});
const fromPackage = manifestFrom('presentation.csv');
const fromBdpm = manifestFrom('CIS_CIP_bdpm.txt');

describe('presentations from the datapackage', () => {
  it('are known to lack prices; CIS_CIP_bdpm.txt is not', () => {
    expect(pricesLoaded(fromPackage)).toBe(false);
    expect(pricesLoaded(manifestFrom('ansm.zip/presentation.csv'))).toBe(false);
    expect(pricesLoaded(fromBdpm)).toBe(true);
  });

  it('say "non chargé" in the price and rate cells, and in the city line', () => {
    const [row] = presentationTablesOf(medicine, pricesLoaded(fromPackage)).current;
    expect(row.price).toMatch(/^non chargé/);
    expect(row.reimbursement).toMatch(/^non chargé/);
    const city = dispensingLinesOf(medicine, fromPackage).find((line) => line.key === 'city')!.text;
    expect(city).toBe(
      "Commercialisé ; prix et taux de remboursement non chargés : le fichier des présentations lu (datapackage ANSM Open Data) n'en porte pas.",
    );
    expect(dispensingLinesOf(medicine, fromBdpm).find((line) => line.key === 'city')!.text).toMatch(/aucune présentation n'a de prix public/);
  });

  it('do not make a MITM in shortage "destiné à l’hôpital" for want of a price', () => {
    expect(billingLinkOf(medicine, pricesLoaded(fromPackage))?.status).toBe('mitm-city');
    expect(billingLinkOf(medicine, pricesLoaded(fromBdpm))?.status).toBe('mitm-hospital');
  });
});
