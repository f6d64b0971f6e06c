import { describe, expect, it } from 'vitest';
import { accessTypes } from '../../src/lib/content/access-types.ts';
import { medicineSchema } from '../../src/lib/content/medicine.ts';
import { accessLabels } from '../../src/lib/labels.ts';

describe('access types', () => {
  it('are the ones the medicine schema accepts, each with its label', () => {
    const accessSchema = medicineSchema.shape.accesDerogatoire.element.shape.type;
    expect(accessSchema.options).toEqual([...accessTypes]);
    expect(Object.keys(accessLabels).sort()).toEqual([...accessTypes].sort());
  });
});
