import { describe, expect, it } from 'vitest';
import { layoutData } from '../../src/lib/page-layout.ts';

const input = {
  title: 'Glossaire',
  pathname: '/glossaire/',
  site: new URL('https://medicaments.exemple.fr'),
  manifest: { demo: false },
  build: { date: '2025-07-04', commit: 'abc1234' },
};

describe('layoutData', () => {
  it('names the site in the title, and gives the canonical address on the site’s origin', () => {
    const layout = layoutData(input);
    expect(layout.fullTitle).toBe('Glossaire · Régimes des médicaments');
    expect(layout.canonical).toBe('https://medicaments.exemple.fr/glossaire/');
  });

  it('shows the build date the French way, with its commit', () => {
    expect(layoutData(input)).toMatchObject({ builtOn: '04/07/2025', commit: 'abc1234' });
  });

  it('marks a demo build, and only a demo build', () => {
    expect(layoutData(input).demo).toBe(false);
    expect(layoutData({ ...input, manifest: { demo: true } }).demo).toBe(true);
  });

  it('serialises structured data for a script element, and gives none when the page has none', () => {
    expect(layoutData(input).structuredData).toBeNull();
    expect(layoutData({ ...input, structuredData: { name: 'a</script>' } }).structuredData).toBe('{"name":"a\\u003c/script>"}');
  });

  it('allows only the site itself, and WebAssembly for the search', () => {
    expect(layoutData(input).contentSecurityPolicy).toBe(
      "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'",
    );
  });
});
