import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { renderAtom } from '../lib/feeds/atom.ts';
import { newsFeed } from '../lib/feeds/news-feed.ts';
import { buildInfo } from '../lib/build-info.ts';
import { newestVersion } from '../lib/follow/followed.ts';

/** Atom feed: one entry per version and kind of change. */
export const GET: APIRoute = async ({ site }) => {
  const sets = (await getCollection('changes')).map(({ data }) => data);
  // Always set: SITE_URL, or a marked placeholder (astro.config.mjs).
  return new Response(renderAtom(newsFeed(sets, site!, newestVersion(sets) ?? buildInfo.date)), {
    headers: { 'content-type': 'application/atom+xml; charset=utf-8' },
  });
};
