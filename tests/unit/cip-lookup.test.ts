import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine, Presentation } from '../../src/lib/content/medicine.ts';
import { type Manifest, type ManifestSource, type SourceId, zeroCounts } from '../../src/lib/content/manifest.ts';
import { cipShardsOf } from '../../src/lib/scan/cip-lookup.ts';
import { findInShard, shardNames, shardOf } from '../../src/lib/scan/cip-shards.ts';
import { readPackCode } from '../../src/lib/scan/pack-code.ts';
import { cipShardPath, sitePaths } from '../../src/lib/addresses.ts';
import { expiryText, queryOf, scanResultOf } from '../../src/lib/scan/scan-result.ts';

const source = (id: SourceId, file: string): ManifestSource => ({
  id,
  file,
  sha256: '0'.repeat(64),
  size: 1,
  rows: 10,
  kept: 10,
  rejected: 0,
  duplicates: 0,
  joinShare: null,
  date: '2025-07-04',
  dateHow: 'page-update',
  originUrl: null,
  encoding: null,
  demo: false,
});
const manifest: Manifest = { demo: false, counts: zeroCounts(), sources: [source('medicines', 'CIS_bdpm.txt'), source('shortages', 'CIS_CIP_Dispo_Spec.txt')] };

const presentation = (cip7: string, cip13: string, extra: Partial<Presentation> = {}): Presentation => ({
  cip7,
  cip13,
  label: 'plaquette(s) de 30 comprimé(s)',
  adminStatus: 'Présentation active',
  commercialStatus: 'Déclaration de commercialisation',
  commercialisationDate: '2011-03-16',
  collectivities: true,
  reimbursementRate: 65,
  price: 24.34,
  priceWithFee: 25.36,
  dispensingFee: 1.02,
  reimbursementNotes: null,
  ...extra,
});

const medicine: Medicine = {
  ...emptyMedicine('60002283', '60002283', 'EXEMPLE 10 mg, comprimé'),
  inBdpm: true,
  presentations: [
    presentation('4949729', '3400949497294'),
    // Stopped, and a CIP13 that is not 34009 + CIP7: it goes to two shards.
    presentation('4949770', '3400912345670', {
      commercialStatus: "Déclaration d'arrêt de commercialisation",
      commercialisationDate: '2024-05-02',
      price: null,
      priceWithFee: null,
      dispensingFee: null,
      reimbursementRate: null,
    }),
  ],
  shortages: [
    {
      cip13: '3400949497294',
      state: 'rupture',
      label: 'Rupture de stock',
      startDate: '2025-05-12',
      updatedDate: '2025-07-04',
      availableAgainDate: null,
      ansmUrl: null,
      from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 1 },
    },
  ],
  shortageState: 'rupture',
};
const today = new Date('2026-12-03T12:00:00Z');

describe('CIP lookup shards', () => {
  const shards = cipShardsOf([medicine], manifest);

  it('publishes 1 000 shards, most of them empty here', () => {
    expect(shards.size).toBe(1000);
    expect(shardNames().slice(0, 2)).toEqual(['000', '001']);
    expect([...shards.values()].filter((entries) => entries.length > 0).length).toBe(3);
    expect(cipShardPath('729')).toBe('/donnees/cip/729.json');
    expect(sitePaths.scanner).toBe('/scanner/');
  });

  it('finds a presentation by its CIP13 and by its CIP7, in the shard each names', () => {
    for (const query of [{ cip13: '3400949497294' }, { cip7: '4949729' }]) {
      expect(shardOf(query)).toBe('729');
      expect(findInShard(shards.get('729') ?? [], query).map((e) => e.cip13)).toEqual(['3400949497294']);
    }
    expect(findInShard(shards.get(shardOf({ cip13: '3400912345670' })) ?? [], { cip13: '3400912345670' }).map((e) => e.cip7)).toEqual(['4949770']);
    expect(findInShard(shards.get(shardOf({ cip7: '4949770' })) ?? [], { cip7: '4949770' }).map((e) => e.cip13)).toEqual(['3400912345670']);
    expect(findInShard(shards.get('729') ?? [], { cip13: '3400949497295' })).toEqual([]);
  });

  it('says of each presentation what the medicine page says: rate and price, or the stop, and the availability line with its file', () => {
    const [current] = findInShard(shards.get('729') ?? [], { cip7: '4949729' });
    expect(current).toMatchObject({
      medicine: '60002283',
      name: 'EXEMPLE 10 mg, comprimé',
      label: 'plaquette(s) de 30 comprimé(s) (agréée aux collectivités)',
      reimbursement: '65 %',
      stop: null,
      availability:
        'Rupture de stock (présentation 3400949497294) depuis le 12/05/2025 (mis à jour le 04/07/2025). (CIS_CIP_Dispo_Spec.txt, mis à jour le 04/07/2025)',
    });
    expect(current.price).toMatch(/^24,34\s€ hors honoraires/);
    const [stopped] = findInShard(shards.get('770') ?? [], { cip7: '4949770' });
    expect(stopped).toMatchObject({ reimbursement: null, price: null, stop: 'Arrêt déclaré ; date donnée par le fichier : 02/05/2024' });
  });

  it('says the availability is unknown when the shortage file is not loaded', () => {
    const bdpmOnly = cipShardsOf([medicine], { ...manifest, sources: [source('medicines', 'CIS_bdpm.txt')] });
    expect(bdpmOnly.get('729')?.[0].availability).toMatch(/^Inconnu : le fichier des ruptures/);
  });
});

describe('scan result', () => {
  const shards = cipShardsOf([medicine], manifest);

  it('shows the code data to the visitor, then the presentation linked to its page', () => {
    const code = readPackCode(']d201034009494972941728020010AB-12\x1d21XYZ987', today);
    if (code.kind !== 'cip13') throw new Error(code.kind);
    const result = scanResultOf(code, findInShard(shards.get('729') ?? [], { cip13: code.cip13 }), today);
    expect(result.codeRows).toEqual([
      { label: 'Code CIP13', value: '3400949497294' },
      { label: 'Péremption', value: 'fin février 2028 (29/02/2028)' },
      { label: 'Lot', value: 'AB-12' },
      { label: 'Numéro de série', value: 'XYZ987' },
    ]);
    expect(result.message).toBeNull();
    expect(result.found).toHaveLength(1);
    expect(result.found[0]).toMatchObject({ name: 'EXEMPLE 10 mg, comprimé', href: '/medicaments/60002283/' });
    expect(result.found[0].rows.map((row) => row.label)).toEqual(['Présentation', 'Codes', 'Remboursement', 'Prix', 'Disponibilité (médicament)']);
  });

  it('says a well-formed code is on no page of the site, and shows a stopped presentation as stopped', () => {
    const absent = scanResultOf({ kind: 'cip7', cip7: '1234567' }, [], today);
    expect(absent.found).toEqual([]);
    expect(absent.message).toContain('aucune fiche de ce site ne porte cette présentation');
    const stopped = scanResultOf({ kind: 'cip7', cip7: '4949770' }, findInShard(shards.get('770') ?? [], { cip7: '4949770' }), today);
    expect(stopped.found[0].rows.find((row) => row.label === 'Commercialisation')?.value).toContain('Arrêt déclaré');
  });

  it('marks a past expiry date, and looks a code up by its own kind', () => {
    expect(expiryText({ raw: '250300', iso: '2025-03-31', endOfMonth: true }, today)).toBe('fin mars 2025 (31/03/2025) : date passée');
    expect(expiryText({ raw: '251331', iso: null, endOfMonth: false }, today)).toBe('date impossible dans le code (251331)');
    expect(readPackCode('3400949497295', today).kind).toBe('rejected');
    expect(queryOf({ kind: 'cip7', cip7: '4949729' })).toEqual({ cip7: '4949729' });
    expect(queryOf({ kind: 'cip13', cip13: '3400949497294', expiry: null, batch: null, serial: null, warning: null })).toEqual({ cip13: '3400949497294' });
  });
});
