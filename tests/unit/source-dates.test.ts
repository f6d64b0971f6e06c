import { describe, expect, it } from 'vitest';
import { pageUpdateDate } from '../../scripts/fetch/fetch-snapshot.ts';
import type { ParsedSource } from '../../scripts/lib/parse/records.ts';
import { sourceDate } from '../../scripts/lib/content-step/choose-source-date.ts';
import { sourceDateText } from '../../src/lib/source-dates.ts';

const parsed = (values: Array<Record<string, unknown>>): ParsedSource<Record<string, unknown>> => ({
  file: 'x',
  records: values.map((value, index) => ({ row: index + 1, value })),
  rejections: [],
  duplicates: [],
  read: values.length,
  warnings: [],
});

describe('sourceDate', () => {
  it('prefers the publication recorded with the download, then the demo date', () => {
    const rows = parsed([{ startDate: '2025-07-01' }]);
    expect(sourceDate('shortages', rows, { date: '2025-07-04', how: 'page-update' }, null)).toEqual({ date: '2025-07-04', dateHow: 'page-update' });
    expect(sourceDate('shortages', rows, null, '2025-07-15')).toEqual({ date: '2025-07-15', dateHow: 'demo' });
  });

  it('else takes the latest past event date in the data, ignoring a date in the future (a typo in the file)', () => {
    const rows = parsed([{ commercialisationDate: '2025-06-30' }, { commercialisationDate: '2924-11-29' }, { commercialisationDate: null }]);
    expect(sourceDate('presentations', rows, null, null, '2026-11-25')).toEqual({ date: '2025-06-30', dateHow: 'latest-in-data' });
  });

  it('says the date is unknown when nothing in the file is a date', () => {
    expect(sourceDate('mitm', parsed([{ cis: '60000001' }]), null, null)).toEqual({ date: null, dateHow: 'unknown' });
    expect(sourceDateText({ date: null, dateHow: 'unknown' })).toBe('date inconnue');
    expect(sourceDateText({ date: '2025-07-04', dateHow: 'latest-in-data' })).toBe('données postérieures au 04/07/2025');
  });
});

describe('pageUpdateDate', () => {
  it('reads the "mis à jour le" of an ANSM page, written with entities or not', () => {
    expect(pageUpdateDate('<p>MIS À JOUR LE 09/01/2026</p>')).toBe('2026-01-09');
    expect(pageUpdateDate('<p>Mis&nbsp;&agrave; jour le&nbsp;09/01/2026</p>')).toBe('2026-01-09');
    expect(pageUpdateDate('<p>Publié le 09/01/2026</p>')).toBeNull();
  });
});
