import type { z } from 'zod';
import type { Rejection } from '../problems.ts';
import type { CellValue } from './fields.ts';

export interface SourceColumn {
  /** The column as a reader names it in a report: "3 (forme)" or "C « Code CIS »". */
  label: string;
  schema: z.ZodType<unknown, CellValue>;
}

export type Columns = Record<string, SourceColumn>;
export type RecordOf<C extends Columns> = { [K in keyof C]: z.output<C[K]['schema']> };

export type RecordResult<T> = { ok: true; value: T } | { ok: false; rejection: Rejection };

/** Validates one row against its columns; the first failing cell names the rejection. */
export function readRecord<C extends Columns>(columns: C, cellOf: (key: keyof C & string) => CellValue, file: string, row: number): RecordResult<RecordOf<C>> {
  const value: Record<string, unknown> = {};
  for (const [key, column] of Object.entries(columns)) {
    const result = column.schema.safeParse(cellOf(key));
    if (!result.success) {
      return { ok: false, rejection: { file, row, column: column.label, reason: result.error.issues[0].message } };
    }
    value[key] = result.data;
  }
  return { ok: true, value: value as RecordOf<C> };
}

export interface Duplicate {
  file: string;
  row: number;
  firstRow: number;
  key: string;
}

/** Rows of one source that passed validation, with their line or sheet row numbers. */
export interface ParsedSource<T> {
  file: string;
  records: Array<{ row: number; value: T }>;
  rejections: Rejection[];
  duplicates: Duplicate[];
  /** Data rows read (blank lines and header rows excluded). */
  read: number;
  /** Non-fatal remarks on the file as a whole (blank lines, encoding…). */
  warnings: string[];
  /** Spreadsheets: the sheet read, and the headers of that list's mapping did not know. */
  sheet?: string;
  unknownHeaders?: string[];
  /** The date columns (read by optionalDate): field → column label, for reports on their values. */
  dateColumns?: Record<string, string>;
}

/** Keeps the first row per key; later rows with the same key are reported as duplicates. */
export function dropDuplicates<T>(source: ParsedSource<T>, keyOf: (value: T) => string): ParsedSource<T> {
  const firstRowByKey = new Map<string, number>();
  const records: ParsedSource<T>['records'] = [];
  const duplicates = [...source.duplicates];
  for (const record of source.records) {
    const key = keyOf(record.value);
    const firstRow = firstRowByKey.get(key);
    if (firstRow === undefined) {
      firstRowByKey.set(key, record.row);
      records.push(record);
    } else {
      duplicates.push({ file: source.file, row: record.row, firstRow, key });
    }
  }
  return { ...source, records, duplicates };
}
