import { describe, expect, it } from 'vitest';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { Medicine, Presentation } from '../../src/lib/content/medicine.ts';
import { compositionOf } from '../../src/lib/composition-view.ts';
import { identityRowsOf, nameNoteOf } from '../../src/lib/identity-view.ts';
import { REIMBURSEMENT_NOTE_PREFIX, noteLines, presentationTablesOf } from '../../src/lib/presentations-view.ts';

const medicine = (change: Partial<Medicine> = {}): Medicine => ({
  ...emptyMedicine('60000001', '60000001', 'EXEMPLE 10 mg, comprimé'),
  inBdpm: true,
  ...change,
});
const presentation = (change: Partial<Presentation>): Presentation => ({
  cip7: '3000001',
  cip13: '3400930000001',
  label: 'plaquette(s) de 30 comprimé(s)',
  adminStatus: 'Présentation active',
  commercialStatus: 'Déclaration de commercialisation',
  commercialisationDate: '2004-05-04',
  collectivities: false,
  reimbursementRate: 65,
  price: 2.03,
  priceWithFee: 3.05,
  dispensingFee: 1.02,
  reimbursementNotes: null,
  ...change,
});

describe('identityRowsOf', () => {
  it('shows the AMM status alone and the AMM date under its own term, never "depuis le"', () => {
    const rows = identityRowsOf(medicine({ ammStatus: 'Autorisation abrogée', ammDate: '1998-03-12' }));
    expect(rows.find((row) => row.term === "Statut de l'AMM")?.value).toBe('Autorisation abrogée');
    expect(rows.find((row) => row.term === "Date de l'AMM")?.value).toBe('12/03/1998');
    expect(JSON.stringify(rows)).not.toContain('depuis');
  });
});

describe('nameNoteOf', () => {
  it('says when the name is read from the ANSM page address, and nothing for a name column', () => {
    expect(nameNoteOf(medicine({ nameOrigin: 'ansm-url' }))).toBe("Nom tiré de l'adresse de la page de l'ANSM : le fichier des ruptures ne donne pas de nom.");
    expect(nameNoteOf(medicine({ nameOrigin: 'cis' }))).toMatch(/que son code CIS/);
    expect(nameNoteOf(medicine())).toBeNull();
  });
});

describe('presentationTablesOf', () => {
  const stopped = presentation({
    cip13: '3400930000002',
    cip7: '3000002',
    commercialStatus: "Déclaration d'arrêt de commercialisation",
    commercialisationDate: '2024-10-04',
  });
  const withdrawn = presentation({
    cip13: '3400930000003',
    cip7: '3000003',
    adminStatus: 'Présentation abrogée',
    commercialStatus: "Arrêt de commercialisation (le médicament n'a plus d'autorisation)",
    commercialisationDate: '2021-01-01',
  });

  it('puts presentations declared stopped in their own rows, with the date and without rate or price', () => {
    const tables = presentationTablesOf(medicine({ presentations: [presentation({}), stopped, withdrawn] }));
    expect(tables.current.map((row) => row.cip13)).toEqual(['3400930000001']);
    expect(tables.current[0]).toMatchObject({ reimbursement: '65 %', price: expect.stringContaining('2,03') });
    expect(tables.stopped).toEqual([
      { label: 'plaquette(s) de 30 comprimé(s)', cip13: '3400930000002', cip7: '3000002', stop: 'Arrêt déclaré ; date donnée par le fichier : 04/10/2024' },
      {
        label: 'plaquette(s) de 30 comprimé(s) — statut : Présentation abrogée',
        cip13: '3400930000003',
        cip7: '3000003',
        stop: "Arrêt de commercialisation (le médicament n'a plus d'autorisation) ; date donnée par le fichier : 01/01/2021",
      },
    ]);
    expect(JSON.stringify(tables.stopped)).not.toMatch(/2,03|65 %/);
  });

  it('shows the reimbursement notes as written, once per text, naming each presentation', () => {
    const text =
      "Ce médicament peut être pris en charge ou remboursé par l'Assurance Maladie dans les cas suivants :<br><br>- patients < 20 kg ; JOURNAL OFFICIEL ; 24/11/06";
    const tables = presentationTablesOf(
      medicine({ presentations: [presentation({ reimbursementNotes: text }), presentation({ cip13: '3400930000009', reimbursementNotes: text })] }),
    );
    expect(tables.notes).toEqual([
      {
        cip13s: ['3400930000001', '3400930000009'],
        lines: [
          "Ce médicament peut être pris en charge ou remboursé par l'Assurance Maladie dans les cas suivants :",
          '- patients < 20 kg ; JOURNAL OFFICIEL ; 24/11/06',
        ],
      },
    ]);
    expect(REIMBURSEMENT_NOTE_PREFIX).toBe('Remboursement limité (BDPM, indications ouvrant droit au remboursement) :');
    expect(noteLines('a <b>gras</b> <br/> b')).toEqual(['a gras', 'b']);
  });
});

describe('compositionOf', () => {
  const substance = (element: string | null, name: string) => ({
    element,
    substanceCode: '1',
    name,
    dosage: '10 mg',
    dosageReference: 'un comprimé',
    nature: 'SA',
    link: '1',
  });

  it('groups the lines by pharmaceutical element when there are several, keeping each line whole', () => {
    const kit = compositionOf(medicine({ substances: [substance('comprimé', 'A'), substance('granules', 'A'), substance('comprimé', 'B')] }));
    expect(kit).toEqual({
      showElements: true,
      groups: [
        { element: 'comprimé', lines: ['A : 10 mg pour un comprimé', 'B : 10 mg pour un comprimé'] },
        { element: 'granules', lines: ['A : 10 mg pour un comprimé'] },
      ],
    });
    expect(compositionOf(medicine({ substances: [substance('comprimé', 'A')] })).showElements).toBe(false);
  });
});
