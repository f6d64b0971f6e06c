import { describe, expect, it } from 'vitest';
import { newlyWithdrawn } from '../../scripts/lib/history/withdrawn.ts';
import { badgesOf, searchFiltersOf } from '../../src/lib/medicine-view.ts';
import { searchMetaOf } from '../../src/lib/search-document.ts';
import { retiredNote, withdrawalOf } from '../../src/lib/withdrawal-view.ts';
import { bdpmMedicine, presentation } from '../helpers/medicines.ts';

const before = bdpmMedicine('60000002', {
  ammStatus: 'Autorisation active',
  commercialStatus: 'Commercialisée',
  presentations: [presentation('3400930000011', { label: 'plaquette de 30' })],
  prescriptionConditions: [{ text: 'prescription hospitalière', category: 'ph', detail: null }],
  mitm: { atc: 'N02BE01', name: null, from: [{ source: 'CIS_MITM.txt', row: 4 }] },
  shortageState: 'tension',
  shortages: [
    {
      cip13: null,
      state: 'tension',
      label: null,
      startDate: null,
      updatedDate: null,
      availableAgainDate: null,
      ansmUrl: null,
      from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 2 },
    },
  ],
});
const previousFiles = {
  medicines: 'CIS_bdpm.txt',
  presentations: 'CIS_CIP_bdpm.txt',
  prescriptionConditions: 'CIS_CPD_bdpm.txt',
  shortages: 'CIS_CIP_Dispo_Spec.txt',
  mitm: 'CIS_MITM.txt',
};
const [withdrawn] = newlyWithdrawn(
  { date: '2025-07-01', medicines: [before], files: previousFiles },
  { date: '2026-01-28', medicines: [], files: { medicines: 'CIS_bdpm.txt' } },
);

describe('the page of a medicine withdrawn from the BDPM', () => {
  it('states the window and what the last version said, under its date, with no price', () => {
    const view = withdrawalOf(withdrawn);
    expect(view?.notice).toContain(
      'n’est plus dans la BDPM depuis la version du 28/01/2026 ; il était présent dans celle du 01/07/2025 (CIS_bdpm.txt)'.replace('’', "'"),
    );
    expect(view?.heading).toBe('Dernières données connues (version du 01/07/2025)');
    expect(Object.fromEntries(view!.rows.map((row) => [row.term, row.value]))).toMatchObject({
      'État de commercialisation': 'Commercialisée',
      'Conditions de prescription et de délivrance': 'prescription hospitalière (Prescription hospitalière)',
      'Listes de l’ANSM': 'liste des MITM (classe ATC N02BE01)',
      'État de disponibilité': "Tension d'approvisionnement",
      Présentations: 'plaquette de 30 (CIP 3400930000011)',
    });
    expect(JSON.stringify(view)).not.toMatch(/€|4[.,]5/);
    expect(withdrawalOf(before)).toBeNull();
  });

  it('says a field was empty in its file only when that version read the file', () => {
    const rows = Object.fromEntries(withdrawalOf(withdrawn)!.rows.map((row) => [row.term, row.value]));
    // CIS_GENER_bdpm.txt was not read by the last version: its groups are unknown, not absent.
    expect(rows['Groupes génériques']).toBe('fichier non chargé dans cette version');
  });

  it('carries a "retiré" badge and search filter, and no current list or shortage filter', () => {
    expect(badgesOf(withdrawn).map((badge) => badge.key)).toEqual(['retire']);
    expect(searchFiltersOf(withdrawn)).toEqual(['statut:Retiré de la BDPM']);
    expect(searchMetaOf(withdrawn)).toContain('listes:retire');
  });

  it('says where a gone medicine is missing: the BDPM for a withdrawn one, every file read for one known only by the history', () => {
    expect(retiredNote(withdrawn)).toBe("Ce médicament n'est plus dans la BDPM depuis la version du 28/01/2026.");
    expect(retiredNote({ retiredOn: '2026-01-28', lastKnown: null })).toBe(
      "Ce médicament n'apparaît dans aucun des fichiers lus depuis la version du 28/01/2026.",
    );
    expect(retiredNote(before)).toBeNull();
  });
});
