import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine, Shortage } from '../../src/lib/content/medicine.ts';
import { lastDatedEventOf } from '../../src/lib/seo/medicine-date.ts';
import { medicineDescriptionOf } from '../../src/lib/seo/medicine-meta.ts';
import { allSourceIds, bdpmOnlyIds, manifestWith } from '../helpers/manifest.ts';
import { siteUrlFrom, unpublishableOrigin } from '../../src/lib/seo/site-url.ts';
import { medicineStructuredData, serialiseJsonLd } from '../../src/lib/seo/structured-data.ts';

const medicine = (change: Partial<Medicine> = {}): Medicine => ({
  ...emptyMedicine('60000001', '60000001', 'CIMETIDINE EXEMPLE 200 mg, comprimé'),
  inBdpm: true,
  ...change,
});
const shortage = (change: Partial<Shortage>): Shortage => ({
  cip13: null,
  state: 'rupture',
  label: null,
  startDate: null,
  updatedDate: null,
  availableAgainDate: null,
  ansmUrl: null,
  from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 1 },
  ...change,
});

describe('siteUrlFrom', () => {
  it('marks a build without SITE_URL as not for publication', () => {
    expect(siteUrlFrom(undefined)).toEqual({ origin: unpublishableOrigin, publishable: false });
    expect(siteUrlFrom('')).toEqual({ origin: unpublishableOrigin, publishable: false });
    expect(new URL(unpublishableOrigin).hostname.endsWith('.invalid')).toBe(true);
  });

  it('takes an origin, with or without its final slash', () => {
    expect(siteUrlFrom('https://medicaments.exemple.fr/')).toEqual({ origin: 'https://medicaments.exemple.fr', publishable: true });
    expect(siteUrlFrom('https://medicaments.exemple.fr')).toEqual({ origin: 'https://medicaments.exemple.fr', publishable: true });
  });

  it('refuses what is not a site origin, saying why', () => {
    expect(() => siteUrlFrom('medicaments.exemple.fr')).toThrow(/pas une adresse valide/);
    expect(() => siteUrlFrom('ftp://exemple.fr')).toThrow(/https:\/\//);
    expect(() => siteUrlFrom('https://exemple.fr/site/')).toThrow(/sans chemin/);
  });
});

describe('lastDatedEventOf', () => {
  it('is null when the files date no event for the medicine, even with an AMM date', () => {
    expect(lastDatedEventOf(medicine({ ammDate: '1998-03-12' }))).toBeNull();
  });

  it('takes the latest of list changes, shortage dates, inscriptions and access starts', () => {
    const dated = medicine({
      ammDate: '2024-12-31',
      shortages: [shortage({ startDate: '2025-02-01', updatedDate: '2025-06-30', availableAgainDate: '2026-01-15' })],
      history: [{ topic: 'mitm', kind: 'added', files: [], from: '2025-01-01', to: '2025-03-01' }],
    });
    expect(lastDatedEventOf(dated)).toBe('2025-06-30');
  });

  it('leaves out dates that may lie ahead (expected return)', () => {
    expect(lastDatedEventOf(medicine({ shortages: [shortage({ startDate: '2025-02-01', availableAgainDate: '2027-01-01' })] }))).toBe('2025-02-01');
  });
});

describe('medicineStructuredData', () => {
  const data = medicineStructuredData(
    medicine({
      prescriptionConditions: [{ text: 'liste II', category: 'liste-ii', detail: null }],
      substances: [
        { element: 'comprimé', substanceCode: '1', name: 'CIMÉTIDINE', dosage: '200 mg', dosageReference: 'un comprimé', nature: 'SA', link: '1' },
        { element: 'comprimé', substanceCode: '2', name: 'CIMÉTIDINE BASE', dosage: '200 mg', dosageReference: 'un comprimé', nature: 'FT', link: '1' },
      ],
      shortages: [shortage({ startDate: '2025-05-02' })],
    }),
    'https://exemple.fr/medicaments/60000001/',
  );

  it('states the page, its date and the medicine as the page shows them', () => {
    expect(data).toEqual({
      '@context': 'https://schema.org',
      '@type': 'MedicalWebPage',
      url: 'https://exemple.fr/medicaments/60000001/',
      name: 'CIMETIDINE EXEMPLE 200 mg, comprimé',
      inLanguage: 'fr',
      dateModified: '2025-05-02',
      about: {
        '@type': 'Drug',
        name: 'CIMETIDINE EXEMPLE 200 mg, comprimé',
        code: { '@type': 'MedicalCode', codeValue: '60000001', codingSystem: 'CIS' },
        activeIngredient: ['CIMÉTIDINE'],
        legalStatus: ['liste II'],
      },
    });
  });

  it('says nothing it does not know', () => {
    const bare = medicineStructuredData(emptyMedicine('nom-exemple', null, 'EXEMPLE IMPORTÉ'), 'https://exemple.fr/medicaments/nom-exemple/');
    expect(bare).not.toHaveProperty('dateModified');
    expect(bare.about).toEqual({ '@type': 'Drug', name: 'EXEMPLE IMPORTÉ' });
  });

  it('cannot close its script element', () => {
    const json = serialiseJsonLd({ name: 'A </script><script>alert(1)</script>' });
    expect(json).not.toContain('<');
    expect(JSON.parse(json).name).toBe('A </script><script>alert(1)</script>');
  });
});

describe('medicineDescriptionOf', () => {
  const all = manifestWith(allSourceIds);
  it('names the medicine and its regimes', () => {
    const text = medicineDescriptionOf(
      medicine({ mitm: { atc: 'A02BA01', name: null, from: [{ source: 'CIS_MITM.txt', row: 1 }] }, shortages: [shortage({})], shortageState: 'rupture' }),
      all,
    );
    expect(text).toMatch(/^CIMETIDINE EXEMPLE 200 mg, comprimé — MITM, Rupture de stock\./);
  });

  it('says when the medicine is on none of the lists, all of them loaded', () => {
    expect(medicineDescriptionOf(medicine(), all)).toContain('sur aucune des listes suivies');
  });

  it('names only the loaded lists as not holding the medicine, and the others as not loaded', () => {
    const text = medicineDescriptionOf(medicine(), manifestWith(bdpmOnlyIds));
    expect(text).not.toContain('aucune des listes');
    expect(text).toContain(
      "absent de la liste des MITM ; la liste de rétrocession n'est pas chargée dans cette version du site ; " +
        "la liste des accès dérogatoires (AAC, AAP, CPC) n'est pas chargée dans cette version du site.",
    );
  });
});
