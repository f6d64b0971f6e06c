/** Where a problem sits in an input file: rows are the file's own line or sheet row numbers (1-based). */
export interface SourceLocation {
  file: string;
  row?: number;
  column?: string;
}

export interface Rejection extends Required<Pick<SourceLocation, 'file' | 'row'>> {
  column: string;
  reason: string;
}

export function formatLocation({ file, row, column }: SourceLocation): string {
  return [file, row === undefined ? undefined : `ligne ${row}`, column === undefined ? undefined : `colonne ${column}`].filter(Boolean).join(', ');
}

/** A fatal input error: the build stops and nothing is written. */
export class SourceError extends Error {
  readonly location: SourceLocation;

  constructor(location: SourceLocation, message: string) {
    super(`${formatLocation(location)}: ${message}`);
    this.name = 'SourceError';
    this.location = location;
  }
}
