import { describe, expect, it } from 'vitest';
import { contentDirFrom } from '../../src/lib/content/content-dir.ts';

describe('content folder', () => {
  it('is content/data unless CONTENT_DIR names another', () => {
    expect(contentDirFrom({})).toBe('content/data');
    expect(contentDirFrom({ CONTENT_DIR: '/tmp/build/content' })).toBe('/tmp/build/content');
  });
});
