import type { APIRoute, GetStaticPaths } from 'astro';
import { getCollection } from 'astro:content';
import { renderAtom } from '../../../lib/feeds/atom.ts';
import { feedLists } from '../../../lib/feeds/feed-catalogue.ts';
import { listFeed } from '../../../lib/feeds/history-feeds.ts';
import type { FeedList } from '../../../lib/addresses.ts';
import { listFeedPath } from '../../../lib/addresses.ts';
import { buildInfo } from '../../../lib/build-info.ts';
import { newestVersion } from '../../../lib/follow/followed.ts';

export const getStaticPaths = (() =>
  feedLists.map((list) => ({
    params: {
      list: listFeedPath(list)
        .split('/')
        .at(-1)!
        .replace(/\.xml$/, ''),
    },
    props: { list },
  }))) satisfies GetStaticPaths;

/** One Atom feed per list: its changes, one entry per version. */
export const GET: APIRoute<{ list: FeedList }> = async ({ props, site }) => {
  const sets = (await getCollection('changes')).map(({ data }) => data);
  // Always set: SITE_URL, or a marked placeholder (astro.config.mjs).
  const feed = listFeed(props.list, sets, site!, newestVersion(sets) ?? buildInfo.date);
  return new Response(renderAtom(feed), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
