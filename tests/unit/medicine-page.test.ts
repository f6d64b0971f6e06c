import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine } from '../../src/lib/content/medicine.ts';
import { type Manifest, type ManifestSource, type SourceId, zeroCounts } from '../../src/lib/content/manifest.ts';
import { genericGroupIndex } from '../../src/lib/generic-groups.ts';
import { medicinePageData } from '../../src/lib/medicine-page.ts';
import { joinShareText, sourceRowsOf } from '../../src/lib/sources-view.ts';
import { knownSources } from '../../src/lib/source-catalogue.ts';
import { bdpmFiles } from '../../scripts/sources/bdpm-files.ts';
import { ansmLists } from '../../scripts/sources/ansm-lists.ts';

const source = (id: SourceId, file: string): ManifestSource => ({
  id,
  file,
  sha256: '0'.repeat(64),
  size: 1,
  rows: 10,
  kept: 9,
  rejected: 1,
  duplicates: 0,
  joinShare: null,
  date: '2025-07-04',
  dateHow: 'latest-in-data',
  originUrl: null,
  encoding: null,
  demo: false,
});
const manifest: Manifest = { demo: false, counts: zeroCounts(), sources: [source('medicines', 'CIS_bdpm.txt'), source('mitm', 'CIS_MITM.txt')] };
const medicine: Medicine = {
  ...emptyMedicine('60000001', '60000001', 'EXEMPLE 10 mg, comprimé'),
  inBdpm: true,
  form: 'comprimé',
  commercialStatus: 'Commercialisée',
  mitm: { atc: 'N03AG01', name: null, from: [{ source: 'CIS_MITM.txt', row: 1 }] },
  sources: ['CIS_MITM.txt', 'CIS_bdpm.txt'],
};

describe('medicinePageData', () => {
  const page = medicinePageData(medicine, manifest, genericGroupIndex([medicine]), 'https://exemple.fr/medicaments/60000001/');

  it('gathers what the page shows, from the entry and the manifest only', () => {
    expect(page.atc).toBe('N03AG01 (Système nerveux)');
    expect(page.badges.map((badge) => badge.key)).toEqual(['mitm']);
    expect(page.onAnyList).toBe(true);
    expect(page.sources.map((s) => s.file)).toEqual(['CIS_MITM.txt', 'CIS_bdpm.txt']);
    expect(page.bdpmPage).toBe('https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=60000001');
    expect(page.billing).toBeNull();
    // The shortage file is not loaded: the availability line says unknown.
    expect(page.dispensing.find((line) => line.key === 'availability')?.text).toMatch(/^Inconnu/);
    expect(page.notOnAnyList).toEqual([]);
  });

  it('says of a medicine on no list only what the loaded lists and files allow', () => {
    const unlisted = medicinePageData(
      { ...medicine, mitm: null, ammStatus: 'Autorisation abrogée', ammDate: '1998-03-12' },
      manifest,
      genericGroupIndex([]),
      'https://exemple.fr/',
    );
    expect(unlisted.notOnAnyList).toEqual([
      'Ce médicament ne figure pas sur la liste des MITM.',
      "La liste de rétrocession n'est pas chargée dans cette version du site.",
      "La liste des accès dérogatoires (AAC, AAP, CPC) n'est pas chargée dans cette version du site.",
      "Le fichier des ruptures et tensions d'approvisionnement (CIS_CIP_Dispo_Spec.txt) n'est pas chargé dans cette version du site.",
    ]);
    expect(unlisted.description).toContain("la liste de rétrocession n'est pas chargée dans cette version du site");
    expect(unlisted.identity.map((row) => [row.term, row.value]).filter(([term]) => term.endsWith('AMM'))).toEqual([
      ["Statut de l'AMM", 'Autorisation abrogée'],
      ["Date de l'AMM", '12/03/1998'],
    ]);
  });
});

describe('sources view', () => {
  it('lists every known source, loaded or not', () => {
    const rows = sourceRowsOf(manifest);
    expect(rows.find((row) => row.known.id === 'mitm')?.loaded?.file).toBe('CIS_MITM.txt');
    expect(rows.find((row) => row.known.id === 'retrocession')?.loaded).toBeNull();
  });

  it('knows every source the content step reads, and no other', () => {
    const ids = [...Object.keys(bdpmFiles), ...Object.keys(ansmLists)].sort();
    expect(knownSources.map((known) => known.id).sort()).toEqual(ids);
  });

  it('states a join share without rounding it up', () => {
    expect(joinShareText({ rows: 8_107, joined: 8_106 }).replace(/\u202f|\u00a0/g, ' ')).toBe(
      '8 106 ligne(s) sur 8 107 (99,98 %) rattachées à un médicament de CIS_bdpm.txt',
    );
  });
});
