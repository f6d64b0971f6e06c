/**
 * What the layout of every page shows besides the page itself: the full title, the
 * canonical address, the security policy, the demo banner and the footer's build line.
 * Pure: the layout passes the manifest and the build info.
 */
import type { Manifest } from './content/manifest.ts';
import { formatDate } from './format.ts';
import { serialiseJsonLd } from './seo/structured-data.ts';

export const SITE_NAME = 'Régimes des médicaments';

/** Everything comes from the site itself; Pagefind and the scan decoder compile WebAssembly; no page starts a worker (Pagefind runs without one). */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
].join('; ');

export interface LayoutInput {
  title: string;
  /** The page's path, e.g. "/facturation/". */
  pathname: string;
  /** The site's address (Astro.site): SITE_URL, or a placeholder that is marked as such. */
  site: URL | string;
  /** schema.org JSON-LD for this page (medicine pages). */
  structuredData?: object;
  manifest: Pick<Manifest, 'demo'>;
  build: { date: string; commit: string };
}

export function layoutData({ title, pathname, site, structuredData, manifest, build }: LayoutInput) {
  return {
    fullTitle: `${title} · ${SITE_NAME}`,
    canonical: new URL(pathname, site).href,
    contentSecurityPolicy,
    structuredData: structuredData ? serialiseJsonLd(structuredData) : null,
    demo: manifest.demo,
    builtOn: formatDate(build.date),
    commit: build.commit,
  };
}

export type LayoutData = ReturnType<typeof layoutData>;
