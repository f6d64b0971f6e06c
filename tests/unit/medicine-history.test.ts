import { describe, expect, it } from 'vitest';
import type { MedicineEvent } from '../../src/lib/content/history.ts';
import { medicineHistoryView } from '../../src/lib/news/medicine-history.ts';

const event = (e: Partial<MedicineEvent>): MedicineEvent => ({ topic: 'mitm', kind: 'added', files: [], from: '2025-04-15', to: '2025-07-15', ...e });

describe('medicineHistoryView', () => {
  it('groups the changes by version, newest first, with the dates of both versions', () => {
    const events = [
      event({ topic: 'mitm', kind: 'added' }),
      event({ topic: 'presentations', kind: 'changed', key: '3400930000001', field: 'price', old: '3.2', new: '2.9', from: '2025-07-15', to: '2026-01-28' }),
      event({ topic: 'shortages', kind: 'removed', from: '2025-07-15', to: '2026-01-28' }),
    ];
    expect(medicineHistoryView(events)).toEqual([
      {
        heading: 'Version du 28/01/2026, comparée à celle du 15/07/2025',
        changes: [
          'Prix de la présentation 3400930000001 passé de 3,20\u00a0€ à 2,90\u00a0€',
          "Signalement retiré du fichier des ruptures et tensions de l'ANSM",
        ],
      },
      { heading: 'Version du 15/07/2025, comparée à celle du 15/04/2025', changes: ['Inscrit sur la liste des MITM'] },
    ]);
    expect(medicineHistoryView([])).toEqual([]);
    expect(medicineHistoryView([event({ topic: 'shortages', kind: 'added', new: 'remise' })])[0].changes).toEqual([
      "Signalement ajouté au fichier des ruptures et tensions de l'ANSM (état « Remise à disposition »)",
    ]);
    // An older history recorded no state: none is guessed.
    expect(medicineHistoryView([event({ topic: 'shortages', kind: 'added' })])[0].changes).toEqual([
      "Signalement ajouté au fichier des ruptures et tensions de l'ANSM",
    ]);
  });
});
