import { describe, expect, it } from 'vitest';
import { SourceError } from '../../scripts/lib/problems.ts';
import { parseAccesDerogatoire, parseMitmList, parseRetrocession } from '../../scripts/sources/ansm-lists.ts';
import { workbookBytes } from '../helpers/workbook.ts';

const RETRO_HEADER = ['Code CIS', 'Code UCD', 'Dénomination', 'Autorisation', "Date d'inscription"];

describe('reading an ANSM spreadsheet', () => {
  it('finds the header under title rows and maps renamed columns', async () => {
    const bytes = await workbookBytes({
      rows: [
        ['Liste de rétrocession — mise à jour'],
        [],
        ['CIS', 'UCD', 'Spécialité', "Type d'autorisation", 'DATE\nINSCRIPTION'],
        [60000031, 9000031, 'ÉPOÉTINE', 'AMM', new Date(Date.UTC(2024, 0, 23))],
      ],
      merges: ['A1:E1'],
    });
    const parsed = await parseRetrocession(bytes, 'retro.xlsx');
    expect(parsed.rejections).toEqual([]);
    expect(parsed.records).toEqual([
      {
        row: 4,
        value: expect.objectContaining({ cis: '60000031', ucd: '9000031', name: 'ÉPOÉTINE', authorisation: 'AMM', inscriptionDate: '2024-01-23' }),
      },
    ]);
  });

  it('restores leading zeros of codes stored as numbers and reads every date form', async () => {
    const bytes = await workbookBytes({
      rows: [RETRO_HEADER, [60002283, 12345, 'A', 'AI', 45314], ['60002284', '0012346', 'B', 'AMM', '23/01/2024']],
    });
    const { records } = await parseRetrocession(bytes, 'retro.xlsx');
    expect(records.map(({ value }) => [value.cis, value.ucd, value.inscriptionDate])).toEqual([
      ['60002283', '0012345', '2024-01-23'],
      ['60002284', '0012346', '2024-01-23'],
    ]);
  });

  it('takes cached formula results, rich text, hyperlink targets and merged cells', async () => {
    const bytes = await workbookBytes({
      rows: [
        ["Type d'accès", 'Spécialité', 'Indication', 'Statut', 'RCP', 'Laboratoire', 'Code CIS'],
        [
          'AAP',
          { richText: [{ text: 'NIVO' }, { text: 'LUMAB' }] },
          'Indication A',
          { formula: '"En cours"', result: 'En cours' },
          { text: 'RCP', hyperlink: 'https://ansm.sante.fr/rcp' },
          'LAB A',
        ],
        ['CPC', 'BACLOFÈNE', 'Indication B', 'En cours', null, null],
      ],
      merges: ['F2:F3'],
    });
    const { records, rejections } = await parseAccesDerogatoire(bytes, 'ad.xlsx');
    expect(rejections).toEqual([]);
    expect(records[0].value).toMatchObject({ type: 'AAP', name: 'NIVOLUMAB', status: 'En cours', rcpUrl: 'https://ansm.sante.fr/rcp', laboratory: 'LAB A' });
    expect(records[1].value).toMatchObject({ type: 'CPC', laboratory: 'LAB A' });
  });

  it('prefers a visible sheet to a hidden one and skips trailing empty rows', async () => {
    const bytes = await workbookBytes(
      {
        name: 'Ancienne',
        state: 'hidden',
        rows: [
          ['Code CIS', 'Code ATC'],
          [11111111, 'A01'],
        ],
      },
      {
        name: 'MITM',
        rows: [
          ['Code CIS', 'Code ATC'],
          [22222222, 'B02'],
          [null, ''],
          ['', null],
        ],
      },
    );
    const parsed = await parseMitmList(bytes, 'mitm.xlsx');
    expect(parsed.read).toBe(1);
    expect(parsed.records.map(({ value }) => value.cis)).toEqual(['22222222']);
  });

  it('names unknown columns and the sheet read, for the accounting', async () => {
    const bytes = await workbookBytes({
      name: 'MITM',
      rows: [
        ['Code CIS', 'Colonne nouvelle'],
        [22222222, 'x'],
      ],
    });
    expect(await parseMitmList(bytes, 'mitm.xlsx')).toMatchObject({ sheet: 'MITM', unknownHeaders: ['Colonne nouvelle'] });
  });

  it('rejects a bad cell naming the file, the row and the column', async () => {
    const bytes = await workbookBytes({ rows: [RETRO_HEADER, [60000031, 9000031, 'A', 'AMM', '32/01/2024']] });
    const { rejections } = await parseRetrocession(bytes, 'retro.xlsx');
    expect(rejections).toEqual([{ file: 'retro.xlsx', row: 2, column: "E « Date d'inscription »", reason: 'date attendue (JJ/MM/AAAA), reçu « 32/01/2024 »' }]);
  });

  it('rejects a rétrocession row with neither CIS nor UCD', async () => {
    const bytes = await workbookBytes({ rows: [RETRO_HEADER, [null, null, 'SANS CODE', 'AMM', null]] });
    const { rejections, records } = await parseRetrocession(bytes, 'retro.xlsx');
    expect(records).toEqual([]);
    expect(rejections[0]).toMatchObject({ row: 2, reason: expect.stringContaining('ni code CIS ni code UCD') });
  });

  it('rejects an unknown access type', async () => {
    const bytes = await workbookBytes({
      rows: [
        ["Type d'accès", 'Spécialité', 'CIS'],
        ['ATU', 'X', null],
      ],
    });
    const { rejections } = await parseAccesDerogatoire(bytes, 'ad.xlsx');
    expect(rejections[0]).toMatchObject({ row: 2, column: "A « Type d'accès »" });
  });

  it('stops on a missing required column and lists the headers found', async () => {
    const bytes = await workbookBytes({ rows: [['Titre'], ['Code ATC', 'Dénomination'], ['A01', 'X']] });
    const error = await parseMitmList(bytes, 'mitm.xlsx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).location).toEqual({ file: 'mitm.xlsx', row: 2 });
    expect((error as Error).message).toContain('colonne(s) clé(s) absente(s) de la liste des MITM : « Code CIS »');
    expect((error as Error).message).toContain('en-têtes trouvés (feuille « Feuille1 », ligne 2) : « Code ATC », « Dénomination »');
  });

  it('stops on a file that is not a workbook', async () => {
    const html = new TextEncoder().encode('<!doctype html><title>Erreur 404</title>');
    await expect(parseMitmList(html, 'mitm.xlsx')).rejects.toThrow(/mitm\.xlsx: le fichier ne s'ouvre pas comme un classeur Excel/);
  });
});

describe('structure checks', () => {
  it('stops when the CIS column of the rétrocession list is renamed beyond recognition, naming sheet and headers', async () => {
    const bytes = await workbookBytes({
      name: 'Liste',
      rows: [
        ['Identifiant', 'Code UCD', 'Dénomination'],
        ['60000031', 9000031, 'A'],
      ],
    });
    const error = await parseRetrocession(bytes, 'retro.xlsx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toMatch(/retro\.xlsx, ligne 1: colonne\(s\) clé\(s\) absente\(s\) de la liste de rétrocession : « Code CIS »/);
    expect((error as Error).message).toContain('feuille « Liste », ligne 1) : « Identifiant », « Code UCD », « Dénomination »');
  });

  it('stops when the CIS column of the référentiel is dropped, and when its access type is', async () => {
    const noCis = await workbookBytes({
      rows: [
        ["Type d'accès", 'Spécialité', 'Code UCD'],
        ['AAC', 'X', 9000031],
      ],
    });
    await expect(parseAccesDerogatoire(noCis, 'ad.xlsx')).rejects.toThrow(/colonne\(s\) clé\(s\) absente\(s\).*« Code CIS »/);
    const noType = await workbookBytes({
      rows: [
        ['Spécialité', 'Code CIS'],
        ['X', 60000031],
      ],
    });
    await expect(parseAccesDerogatoire(noType, 'ad.xlsx')).rejects.toThrow(/« Type d'accès »/);
  });

  it('stops when two columns match one field instead of taking the first', async () => {
    const bytes = await workbookBytes({
      name: 'Référentiel',
      rows: [
        ["Type d'accès", 'Spécialité', 'Code CIS', 'Statut', "Statut de l'accès"],
        ['AAC', 'X', 60000031, 'a', 'b'],
      ],
    });
    const error = await parseAccesDerogatoire(bytes, 'ad.xlsx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as Error).message).toContain(
      "plusieurs colonnes correspondent au champ « Statut » de la référentiel des spécialités en accès dérogatoire (feuille « Référentiel ») : D « Statut » et E « Statut de l'accès »",
    );
  });

  it('stops when the column taken as CIS does not hold CIS codes (UCD codes under a CIS header)', async () => {
    const rows = Array.from({ length: 20 }, (_, index) => [9000031 + index, `MÉDICAMENT ${index}`]);
    const bytes = await workbookBytes({ rows: [['CIS', 'Dénomination'], ...rows] });
    await expect(parseRetrocession(bytes, 'retro.xlsx')).rejects.toThrow(
      /retro\.xlsx, colonne A « CIS »: la colonne prise pour « Code CIS » \(feuille « Feuille1 »\) ne contient des codes CIS \(8 chiffres\) que dans 0 % des 20 cellules remplies/,
    );
  });

  it('accepts a CIS column with a stray cell, rejecting that row only', async () => {
    const rows = Array.from({ length: 30 }, (_, index) => [60000000 + index, `MÉDICAMENT ${index}`]);
    const bytes = await workbookBytes({ rows: [['Code CIS', 'Dénomination'], ...rows, ['voir note', 'Z']] });
    const parsed = await parseMitmList(bytes, 'mitm.xlsx');
    expect(parsed.records).toHaveLength(30);
    expect(parsed.rejections).toEqual([expect.objectContaining({ row: 32, column: 'A « Code CIS »' })]);
  });
});
