import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderConditionsDoc } from '../../scripts/docs/prescription-conditions-doc.ts';
import { projectRoot, realSnapshotDirs, realSnapshotPresent } from '../helpers/sources.ts';

const present = realSnapshotDirs.every((dir) => realSnapshotPresent('la vérification de docs/prescription-conditions.md', dir));

describe.skipIf(!present)('docs/prescription-conditions.md', () => {
  it('is the table the rules give on both real snapshots (regenerate with node scripts/docs/prescription-conditions-doc.ts)', () => {
    expect(readFileSync(join(projectRoot, 'docs', 'prescription-conditions.md'), 'utf8')).toBe(renderConditionsDoc(realSnapshotDirs));
  });
});
