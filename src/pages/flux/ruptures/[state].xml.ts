import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { buildInfo } from '../../../lib/build-info.ts';
import { type ShortageState, shortageStates } from '../../../lib/content/shortage-states.ts';
import { renderAtom } from '../../../lib/feeds/atom.ts';
import { shortageStateFeed } from '../../../lib/feeds/history-feeds.ts';
import { newestVersion } from '../../../lib/follow/followed.ts';
import { allMedicines } from '../../../lib/site-data.ts';

export const getStaticPaths = (() => shortageStates.map((state) => ({ params: { state } }))) satisfies GetStaticPaths;

/** One Atom feed per shortage state: reports opened, closed or changed in that state. */
export const GET: APIRoute = async ({ params, site }) => {
  const sets = (await getCollection('changes')).map(({ data }) => data);
  const withShortageEvents = (await allMedicines()).filter((medicine) => medicine.history.some((event) => event.topic === 'shortages'));
  // Always set: SITE_URL, or a marked placeholder (astro.config.mjs).
  const feed = shortageStateFeed(params.state as ShortageState, withShortageEvents, sets, site!, newestVersion(sets) ?? buildInfo.date);
  return new Response(renderAtom(feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
