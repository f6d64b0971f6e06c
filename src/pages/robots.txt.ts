import type { APIRoute } from 'astro';
import { sitePaths } from '../lib/addresses.ts';

/** Everything may be crawled; the sitemap index lists every page. */
export const GET: APIRoute = ({ site }) =>
  new Response(`User-agent: *\nAllow: /\n\nSitemap: ${new URL(sitePaths.sitemap, site).href}\n`, {
    headers: { 'content-type': 'text/plain; charset=utf-8' },
  });
