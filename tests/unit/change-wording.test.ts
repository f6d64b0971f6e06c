import { describe, expect, it } from 'vitest';
import { changePhrase, changeSentence, datedChangeSentence } from '../../src/lib/news/change-wording.ts';

describe('change wording', () => {
  it('says a price, a rate and a fee change with both values, in euros and per cent', () => {
    expect(changePhrase({ topic: 'presentations', kind: 'changed', key: '3400930000001', field: 'price', old: '12.5', new: '11.9' })).toBe(
      'prix de la présentation 3400930000001 passé de 12,50\u00a0€ à 11,90\u00a0€',
    );
    expect(changePhrase({ topic: 'presentations', kind: 'changed', key: '3400930000001', field: 'reimbursementRate', old: '65', new: '30' })).toBe(
      'taux de remboursement de la présentation 3400930000001 passé de 65 % à 30 %',
    );
    expect(changePhrase({ topic: 'presentations', kind: 'changed', key: '3400930000001', field: 'dispensingFee', old: null, new: '1.02' })).toBe(
      'honoraire de dispensation de la présentation 3400930000001 passé de (vide) à 1,02\u00a0€',
    );
  });

  it('says entries and withdrawals of every topic', () => {
    expect(changeSentence({ topic: 'bdpm', kind: 'added' })).toBe('Entré dans la Base de données publique des médicaments');
    expect(changeSentence({ topic: 'bdpm', kind: 'removed' })).toBe('Sorti de la Base de données publique des médicaments');
    expect(changePhrase({ topic: 'presentations', kind: 'removed', key: '3400930000001', old: 'boîte de 30' })).toBe(
      'présentation 3400930000001 retirée (boîte de 30)',
    );
    expect(changePhrase({ topic: 'conditions', kind: 'added', key: 'renouvellement réservé aux spécialistes en neurologie', category: 'prs' })).toBe(
      'condition de prescription ou de délivrance ajoutée : « renouvellement réservé aux spécialistes en neurologie » (prescription réservée à certains spécialistes)',
    );
    expect(changePhrase({ topic: 'genericGroups', kind: 'added', key: '1234', new: 'AMOXICILLINE 1 g' })).toBe(
      'entré dans le groupe générique 1234 (AMOXICILLINE 1 g)',
    );
    expect(changePhrase({ topic: 'genericGroups', kind: 'changed', key: '1234', field: 'type', old: 'princeps', new: 'generique' })).toBe(
      'place dans le groupe générique 1234 passée de princeps à générique',
    );
    expect(changePhrase({ topic: 'mitm', kind: 'removed' })).toBe('retiré de la liste des MITM');
    expect(changePhrase({ topic: 'shortages', kind: 'added', new: 'rupture' })).toBe(
      "signalement ajouté au fichier des ruptures et tensions de l'ANSM (état « Rupture de stock »)",
    );
    expect(changePhrase({ topic: 'shortages', kind: 'added' })).toBe("signalement ajouté au fichier des ruptures et tensions de l'ANSM");
    expect(changePhrase({ topic: 'shortages', kind: 'removed', old: 'tension' })).toBe(
      "signalement retiré du fichier des ruptures et tensions de l'ANSM (il était à l'état « Tension d'approvisionnement »)",
    );
  });

  it('says a state, a status and dates the French way', () => {
    expect(changePhrase({ topic: 'shortages', kind: 'changed', field: 'etat', old: 'rupture', new: 'remise' })).toBe(
      'état du signalement de rupture ou de tension passé de « Rupture de stock » à « Remise à disposition »',
    );
    expect(changePhrase({ topic: 'bdpm', kind: 'changed', field: 'commercialStatus', old: 'Commercialisée', new: 'Non commercialisée' })).toBe(
      'état de commercialisation passé de « Commercialisée » à « Non commercialisée »',
    );
    expect(changePhrase({ topic: 'retrocession', kind: 'changed', field: 'inscription', old: '2024-01-02 | 2024-03-04', new: null })).toBe(
      "date d'inscription sur la liste de rétrocession passée de 02/01/2024, 04/03/2024 à (vide)",
    );
  });

  it('dates a change by both versions', () => {
    expect(datedChangeSentence({ topic: 'mitm', kind: 'added', from: '2025-07-01', to: '2026-01-28' })).toBe(
      'Inscrit sur la liste des MITM (version du 28/01/2026, comparée à celle du 01/07/2025)',
    );
  });
});
