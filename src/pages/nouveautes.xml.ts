import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { renderAtom } from '../lib/feeds/atom.ts';
import { newsFeed } from '../lib/feeds/news-feed.ts';

/** Atom feed: one entry per list and version. */
export const GET: APIRoute = async ({ site }) => {
  const sets = (await getCollection('changes')).map(({ data }) => data);
  // Always set: SITE_URL, or a marked placeholder (astro.config.mjs).
  return new Response(renderAtom(newsFeed(sets, site!)), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
