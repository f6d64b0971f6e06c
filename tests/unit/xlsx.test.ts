import { describe, expect, it } from 'vitest';
import { normaliseHeader } from '../../scripts/lib/read/xlsx.ts';
import { SourceError } from '../../scripts/lib/problems.ts';
import { parseAccesDerogatoire, parseMitmList, parseRetrocession } from '../../scripts/sources/ansm-lists.ts';
import { workbookBytes } from '../helpers/workbook.ts';

const RETRO_HEADER = ['Code CIS', 'Code UCD', 'Dénomination', 'Autorisation', "Date d'inscription"];

describe('normaliseHeader', () => {
  it('ignores case, accents, punctuation, spaces and line breaks', () => {
    expect(normaliseHeader("  DATE\nd’Inscription ")).toBe(normaliseHeader("Date d'inscription"));
    expect(normaliseHeader('Dénomination')).toBe('denomination');
  });
});

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
      rows: [
        RETRO_HEADER,
        [2283, 12345, 'A', 'AI', 45314],
        ['00002284', '0012346', 'B', 'AMM', '23/01/2024'],
      ],
    });
    const { records } = await parseRetrocession(bytes, 'retro.xlsx');
    expect(records.map(({ value }) => [value.cis, value.ucd, value.inscriptionDate])).toEqual([
      ['00002283', '0012345', '2024-01-23'],
      ['00002284', '0012346', '2024-01-23'],
    ]);
  });

  it('takes cached formula results, rich text, hyperlink targets and merged cells', async () => {
    const bytes = await workbookBytes({
      rows: [
        ["Type d'accès", 'Spécialité', 'Indication', 'Statut', 'RCP', 'Laboratoire'],
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
      { name: 'Ancienne', state: 'hidden', rows: [['Code CIS', 'Code ATC'], [11111111, 'A01']] },
      { name: 'MITM', rows: [['Code CIS', 'Code ATC'], [22222222, 'B02'], [null, ''], ['', null]] },
    );
    const parsed = await parseMitmList(bytes, 'mitm.xlsx');
    expect(parsed.read).toBe(1);
    expect(parsed.records.map(({ value }) => value.cis)).toEqual(['22222222']);
  });

  it('warns about unknown columns', async () => {
    const bytes = await workbookBytes({ rows: [['Code CIS', 'Colonne nouvelle'], [22222222, 'x']] });
    expect((await parseMitmList(bytes, 'mitm.xlsx')).warnings).toEqual(['colonne inconnue ignorée : « Colonne nouvelle »']);
  });

  it('rejects a bad cell naming the file, the row and the column', async () => {
    const bytes = await workbookBytes({ rows: [RETRO_HEADER, [60000031, 9000031, 'A', 'AMM', '32/01/2024']] });
    const { rejections } = await parseRetrocession(bytes, 'retro.xlsx');
    expect(rejections).toEqual([
      { file: 'retro.xlsx', row: 2, column: "E « Date d'inscription »", reason: 'date attendue (JJ/MM/AAAA), reçu « 32/01/2024 »' },
    ]);
  });

  it('rejects a rétrocession row with neither CIS nor UCD', async () => {
    const bytes = await workbookBytes({ rows: [RETRO_HEADER, [null, null, 'SANS CODE', 'AMM', null]] });
    const { rejections, records } = await parseRetrocession(bytes, 'retro.xlsx');
    expect(records).toEqual([]);
    expect(rejections[0]).toMatchObject({ row: 2, reason: expect.stringContaining('ni code CIS ni code UCD') });
  });

  it('rejects an unknown access type', async () => {
    const bytes = await workbookBytes({ rows: [["Type d'accès", 'Spécialité'], ['ATU', 'X']] });
    const { rejections } = await parseAccesDerogatoire(bytes, 'ad.xlsx');
    expect(rejections[0]).toMatchObject({ row: 2, column: "A « Type d'accès »" });
  });

  it('stops on a missing required column and lists the headers found', async () => {
    const bytes = await workbookBytes({ rows: [['Titre'], ['Code ATC', 'Dénomination'], ['A01', 'X']] });
    const error = await parseMitmList(bytes, 'mitm.xlsx').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(SourceError);
    expect((error as SourceError).location).toEqual({ file: 'mitm.xlsx', row: 2 });
    expect((error as Error).message).toContain('« Code CIS »');
    expect((error as Error).message).toContain('en-têtes trouvés (feuille « Feuille1 », ligne 2) : « Code ATC », « Dénomination »');
  });

  it('stops on a file that is not a workbook', async () => {
    const html = new TextEncoder().encode('<!doctype html><title>Erreur 404</title>');
    await expect(parseMitmList(html, 'mitm.xlsx')).rejects.toThrow(/mitm\.xlsx: le fichier ne s'ouvre pas comme un classeur Excel/);
  });
});
