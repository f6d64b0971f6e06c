import { describe, expect, it } from 'vitest';
import { findXlsxLink } from '../../scripts/fetch/find-xlsx-link.ts';

describe('findXlsxLink', () => {
  const page = 'https://ansm.sante.fr/documents/reference/x';

  it('follows the spreadsheet link that matches the hint, relative to the page', () => {
    const html = `<a href="/uploads/2025/autre.xlsx">Autre</a> <a class="dl" href="/uploads/2026/01/09/liste-retrocession-20260109.xlsx?v=2">Télécharger <b>la liste</b></a>`;
    expect(findXlsxLink(html, page, 'retroc')).toBe('https://ansm.sante.fr/uploads/2026/01/09/liste-retrocession-20260109.xlsx?v=2');
  });

  it('matches the hint in the link text too, accents aside', () => {
    const html = `<a href="/uploads/a.xlsx">Référentiel accès dérogatoire</a><a href="/uploads/b.xlsx">Autre</a>`;
    expect(findXlsxLink(html, page, 'derogatoire')).toBe('https://ansm.sante.fr/uploads/a.xlsx');
  });

  it('takes the only spreadsheet when none matches the hint, and nothing when several do not', () => {
    expect(findXlsxLink('<a href="f.xlsx">x</a><a href="p.pdf">y</a>', page, 'mitm')).toBe('https://ansm.sante.fr/documents/reference/f.xlsx');
    expect(findXlsxLink('<a href="f.xlsx">x</a><a href="g.xlsx">y</a>', page, 'mitm')).toBeNull();
    expect(findXlsxLink('<p>Aucun fichier</p>', page, 'mitm')).toBeNull();
  });
});
