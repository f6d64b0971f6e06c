import { describe, expect, it } from 'vitest';
import { classifyCondition } from '../../scripts/lib/classify/prescription-conditions.ts';
import { emptyEntry } from '../../scripts/lib/join-medicines.ts';
import type { Manifest, ManifestSource, Medicine, Presentation } from '../../src/lib/content/medicine.ts';
import { dispensingLinesOf } from '../../src/lib/dispensing-view.ts';
import { priceOf, reimbursementOf } from '../../src/lib/medicine-view.ts';

const medicine = (change: Partial<Medicine> = {}): Medicine => ({
  ...emptyEntry('60000001', '60000001', 'EXEMPLE 10 mg, comprimé'),
  inBdpm: true,
  commercialStatus: 'Commercialisée',
  ...change,
});
const conditions = (...texts: string[]) => texts.map(classifyCondition);
const presentation = (change: Partial<Presentation> = {}): Presentation => ({
  cip7: '3000001',
  cip13: '3400930000013',
  label: 'boîte de 30',
  adminStatus: null,
  commercialStatus: 'Déclaration de commercialisation',
  commercialisationDate: null,
  collectivities: null,
  reimbursementRate: 65,
  price: 2.03,
  priceWithFee: 3.05,
  dispensingFee: 1.02,
  reimbursementNotes: null,
  ...change,
});
const source = (id: string, file: string): ManifestSource => ({
  id, file, sha256: '0'.repeat(64), size: 1, rows: 1, kept: 1, rejected: 0, duplicates: 0, joinShare: null,
  date: '2025-07-04', dateHow: 'last-modified', originUrl: null, encoding: null, demo: false,
});
const bdpmOnly: Manifest = {
  demo: false,
  counts: {},
  sources: [
    source('medicines', 'CIS_bdpm.txt'),
    source('presentations', 'CIS_CIP_bdpm.txt'),
    source('prescriptionConditions', 'CIS_CPD_bdpm.txt'),
    source('shortages', 'CIS_CIP_Dispo_Spec.txt'),
  ],
};
const withRetrocession: Manifest = { ...bdpmOnly, sources: [...bdpmOnly.sources, source('retrocession', 'liste-retrocession.xlsx')] };
const line = (m: Medicine, manifest: Manifest, key: string) => dispensingLinesOf(m, manifest).find((l) => l.key === key);

describe('dispensingLinesOf', () => {
  it('says the rétrocession status is unknown when the list is not loaded, never "no"', () => {
    expect(line(medicine(), bdpmOnly, 'retrocession')).toMatchObject({ text: expect.stringMatching(/^Inconnu : la liste de rétrocession/), sources: [] });
    expect(line(medicine(), withRetrocession, 'retrocession')?.text).toBe('Aucune ligne de la liste de rétrocession ne porte son code CIS.');
  });

  it('keeps a hospital-reserved medicine out of the city pharmacy and lists the condition where it is used', () => {
    const reserved = medicine({ prescriptionConditions: conditions('liste I', "réservé à l'usage HOSPITALIER"), presentations: [presentation({ price: null, reimbursementRate: null })] });
    expect(line(reserved, bdpmOnly, 'city')).toMatchObject({ text: "Non : réservé à l'usage hospitalier.", sources: [{ file: 'CIS_CPD_bdpm.txt', date: 'mis en ligne le 04/07/2025' }] });
    expect(line(reserved, bdpmOnly, 'where')?.conditions).toEqual([{ text: "réservé à l'usage HOSPITALIER", href: '/glossaire/#rh', label: "Réservé à l'usage hospitalier" }]);
    expect(line(reserved, bdpmOnly, 'prescription')?.conditions.map((c) => c.text)).toEqual(['liste I']);
  });

  it('states the reimbursement of the marketed presentations, and a medicine not marketed', () => {
    expect(line(medicine({ presentations: [presentation()] }), bdpmOnly, 'city')?.text).toBe('Commercialisé ; remboursé à 65 % selon la présentation.');
    expect(line(medicine({ presentations: [presentation({ reimbursementRate: null })] }), bdpmOnly, 'city')?.text).toBe(
      'Commercialisé ; aucun taux de remboursement dans la BDPM.',
    );
    // Sold to hospitals only: no public price, no rate. The site does not call that "non remboursé".
    const hospitalOnly = presentation({ reimbursementRate: null, price: null, priceWithFee: null, dispensingFee: null, collectivities: true });
    expect(line(medicine({ presentations: [hospitalOnly] }), bdpmOnly, 'city')?.text).toBe(
      "Commercialisé ; aucune présentation n'a de prix public ni de taux de remboursement dans la BDPM (présentations agréées aux collectivités).",
    );
    expect(line(medicine({ commercialStatus: 'Non commercialisée' }), bdpmOnly, 'city')?.text).toBe('Non : « Non commercialisée » selon la BDPM.');
  });

  it('says where the files are silent, and gives every condition, classified or not, a line', () => {
    const lines = dispensingLinesOf(medicine({ prescriptionConditions: conditions('prescription initiale hospitalière semestrielle', 'texte inconnu') }), bdpmOnly);
    expect(lines.map((l) => l.key)).toEqual(['city', 'retrocession', 'who', 'prescription', 'other', 'availability']);
    expect(lines.find((l) => l.key === 'prescription')?.text).toBe(
      'Aucune condition de la BDPM ne classe ce médicament sur la liste I, la liste II ou comme stupéfiant. Lire aussi les autres conditions ci-dessous.',
    );
    expect(lines.find((l) => l.key === 'other')?.conditions.map((c) => c.text)).toEqual(['texte inconnu']);
    expect(lines.find((l) => l.key === 'availability')?.text).toMatch(/^Aucune rupture/);
  });

  it('gives shortage states with their dates, and says unknown when the shortage file is not loaded', () => {
    const short = medicine({
      shortageState: 'rupture',
      shortages: [{ cip13: null, state: 'rupture', label: null, startDate: '2025-05-12', updatedDate: '2025-07-04', availableAgainDate: null, ansmUrl: null, from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 3 } }],
    });
    expect(line(short, bdpmOnly, 'availability')?.text).toBe('Rupture de stock, depuis le 12/05/2025, mis à jour le 04/07/2025.');
    const noShortageFile = { ...bdpmOnly, sources: bdpmOnly.sources.filter((s) => s.id !== 'shortages') };
    expect(line(short, noShortageFile, 'availability')?.text).toMatch(/^Inconnu/);
  });

  it('says unknown, never "no", when a file that would say is not loaded', () => {
    const reserved = medicine({ presentations: [presentation()] });
    const noConditions = { ...bdpmOnly, sources: bdpmOnly.sources.filter((s) => s.id !== 'prescriptionConditions') };
    expect(line(reserved, noConditions, 'city')?.text).toMatch(/une réserve hospitalière n'est pas exclue\.$/);
    expect(line(reserved, noConditions, 'who')?.text).toMatch(/^Inconnu/);
    const noPrices = { ...bdpmOnly, sources: bdpmOnly.sources.filter((s) => s.id !== 'presentations') };
    expect(line(reserved, noPrices, 'city')?.text).toBe("Commercialisé ; le fichier des présentations et des prix (CIS_CIP_bdpm.txt) n'est pas chargé.");
  });

  it('does not present a medicine tied to a place as sold in town', () => {
    const military = medicine({ presentations: [presentation()], prescriptionConditions: conditions("réservé à l'usage militaire") });
    expect(line(military, bdpmOnly, 'city')?.text).toBe('Commercialisé, mais réservé à un lieu ou à un usage désigné : voir ci-dessous.');
    expect(line(military, bdpmOnly, 'where')?.conditions.map((c) => c.text)).toEqual(["réservé à l'usage militaire"]);
  });

  it('does not speak for the BDPM about a medicine it does not know', () => {
    const listOnly = { ...medicine(), inBdpm: false, commercialStatus: null };
    expect(dispensingLinesOf(listOnly, withRetrocession).map((l) => l.key)).toEqual(['city', 'retrocession', 'availability']);
    expect(line(listOnly, withRetrocession, 'city')?.text).toMatch(/^Inconnu/);
    const withoutCis = { ...listOnly, cis: null };
    expect(line(withoutCis, withRetrocession, 'availability')).toMatchObject({ text: expect.stringMatching(/^Inconnu/), sources: [] });
  });
});

describe('presentation prices', () => {
  it('names what each amount includes', () => {
    // Amounts carry the no-break space of French typography.
    expect(priceOf(presentation(), medicine()).replace(/[\u00a0\u202f]/g, ' ')).toBe("2,03 € hors honoraires + 1,02 € d'honoraire de dispensation = 3,05 € honoraires compris");
    expect(reimbursementOf(presentation(), medicine())).toBe('65 %');
  });

  it('says a hospital-reserved presentation has no public price, rather than "non remboursable"', () => {
    const reserved = medicine({ prescriptionConditions: conditions("réservé à l'usage HOSPITALIER") });
    const hospital = presentation({ price: null, priceWithFee: null, dispensingFee: null, reimbursementRate: null });
    expect(reimbursementOf(hospital, reserved)).toBe("sans objet : réservé à l'usage hospitalier");
    expect(priceOf(hospital, reserved)).toBe("aucun : réservé à l'usage hospitalier");
    expect(priceOf(hospital, medicine())).toBe('aucun prix dans la BDPM');
    expect(reimbursementOf(hospital, medicine())).toBe('aucun taux dans la BDPM');
  });
});
