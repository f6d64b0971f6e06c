import { describe, expect, it } from 'vitest';
import type { ChangeSet } from '../../src/lib/content/history.ts';
import { describeChange, describeEvent, summarise, summaryTitle } from '../../src/lib/history-view.ts';

const set: ChangeSet = {
  from: '2025-04-15',
  to: '2025-07-15',
  changes: [
    { id: '60000051', name: 'ATORVASTATINE', topic: 'retrocession', kind: 'removed', files: [] },
    { id: '60000057', name: 'DOXYCYCLINE', topic: 'mitm', kind: 'added', files: [] },
    { id: '60000021', name: 'AMOXICILLINE', topic: 'shortages', kind: 'changed', files: [], field: 'etat', old: 'rupture', new: 'tension' },
    { id: '60000023', name: 'LÉVOTHYROXINE', topic: 'shortages', kind: 'changed', files: [], field: 'remise', old: null, new: '2025-06-30' },
  ],
};

describe('history wording', () => {
  it('says what changed in words, states and dates the French way', () => {
    expect(describeChange(set.changes[0])).toBe('Retiré : Liste de rétrocession');
    expect(describeChange(set.changes[2])).toBe('Ruptures et tensions : état Rupture de stock → Tension d’approvisionnement'.replace('’', "'"));
    expect(describeChange(set.changes[3])).toBe('Ruptures et tensions : date de remise à disposition (vide) → 30/06/2025');
    expect(describeEvent({ ...set.changes[1], from: set.from, to: set.to })).toBe(
      'Ajouté : Liste des MITM (version du 15/07/2025, comparée à celle du 15/04/2025)',
    );
  });

  it('names the item of a topic and says prices in euros, rates in per cent', () => {
    const price = { topic: 'presentations' as const, kind: 'changed' as const, key: '3400941626104', field: 'price', old: '15.15', new: '14.05', files: [] };
    expect(describeChange(price)).toBe('Présentations « 3400941626104 » : prix 15,15 € → 14,05 €');
    expect(describeChange({ ...price, field: 'reimbursementRate', old: '30', new: '65' })).toBe(
      'Présentations « 3400941626104 » : taux de remboursement 30 % → 65 %',
    );
    expect(describeChange({ topic: 'conditions', kind: 'added', key: 'liste I' })).toBe('Ajouté : Conditions de prescription et de délivrance « liste I »');
    expect(describeChange({ topic: 'presentations', kind: 'removed', key: '3400930000022', old: 'plaquette de 30' })).toBe(
      'Retiré : Présentations « plaquette de 30 »',
    );
  });

  it('sums up one version per list, in the order of the lists, leaving out lists without change', () => {
    const summaries = summarise(set);
    expect(summaries.map((summary) => summary.list)).toEqual(['retrocession', 'mitm', 'shortages']);
    expect(summaryTitle(summaries[2], set)).toBe('Ruptures et tensions du 15/07/2025 : 2 modification(s)');
  });
});
