import { describe, expect, it } from 'vitest';
import { ansmLists } from '../../scripts/sources/ansm-lists.ts';
import { bdpmFiles } from '../../scripts/sources/bdpm-files.ts';
import { ansmSourceIds, bdpmSourceIds, manifestSchema, sourceIdSchema, zeroCounts } from '../../src/lib/content/manifest.ts';

describe('source ids', () => {
  it('are the files the content step knows how to read, no more, no fewer', () => {
    expect([...bdpmSourceIds].sort()).toEqual(Object.keys(bdpmFiles).sort());
    expect([...ansmSourceIds].sort()).toEqual(Object.keys(ansmLists).sort());
  });

  it('refuse an id that is not one of them', () => {
    expect(sourceIdSchema.safeParse('mitmList').success).toBe(true);
    expect(sourceIdSchema.safeParse('mitmlist').success).toBe(false);
  });
});

describe('manifest', () => {
  it('accepts the zero counts and refuses counts with a key missing', () => {
    expect(manifestSchema.parse({ demo: false, sources: [], counts: zeroCounts() }).counts.accessTypes).toEqual({ AAC: 0, AAP: 0, CPC: 0 });
    const { shortageStates: _, ...withoutStates } = zeroCounts();
    expect(manifestSchema.safeParse({ demo: false, sources: [], counts: withoutStates }).success).toBe(false);
  });
});
