/**
 * Last guard of the content step: what the pages will load must match the collection
 * schema. A fault names the entry id, the field path and the source file (and row) the
 * value comes from, rather than a raw zod dump.
 */
import { type Medicine, medicineSchema } from '../../../src/lib/content/medicine.ts';
import { SourceError, type SourceLocation, formatLocation } from '../problems.ts';

const SHOWN_FAULTS = 20;

/** The file (and row) a value at `path` of an entry comes from: the nearest provenance on the path, else the entry's files. */
function sourceOf(entry: Medicine, path: PropertyKey[]): SourceLocation {
  let found: SourceLocation = { file: entry.sources?.length ? entry.sources.join(', ') : 'historique des changements' };
  let node: unknown = entry;
  for (const key of path) {
    node = (node as Record<PropertyKey, unknown> | null | undefined)?.[key];
    const from = (node as { from?: unknown } | null | undefined)?.from;
    const provenance = Array.isArray(from) ? from[0] : from;
    if (provenance && typeof provenance.source === 'string') found = { file: provenance.source, row: provenance.row };
  }
  return found;
}

export function checkEntries(entries: Medicine[]): Medicine[] {
  const faults: Array<{ location: SourceLocation; text: string }> = [];
  const checked = entries.map((entry) => {
    const result = medicineSchema.safeParse(entry);
    if (result.success) return result.data;
    for (const issue of result.error.issues) {
      const field =
        issue.path
          .map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`))
          .join('')
          .replace(/^\./, '') || '(entrée entière)';
      const location = sourceOf(entry, issue.path);
      faults.push({ location, text: `${String(entry.id)}, champ ${field} (${formatLocation(location)}) : ${issue.message}` });
    }
    return entry;
  });
  if (faults.length === 0) return checked;
  const shown = faults.slice(0, SHOWN_FAULTS).map(({ text }) => `  - ${text}`);
  if (faults.length > shown.length) shown.push(`  … et ${faults.length - shown.length} autre(s)`);
  throw new SourceError(
    faults[0].location,
    `${faults.length} valeur(s) ne respectent pas le schéma des médicaments (src/lib/content/medicine.ts) :\n${shown.join('\n')}`,
  );
}
