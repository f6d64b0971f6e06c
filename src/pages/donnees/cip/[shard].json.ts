/** The scan page's lookup, one shard per file (src/lib/scan/cip-lookup.ts): fetched only when a code is read. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cipShardsOf } from '../../../lib/scan/cip-lookup.ts';
import type { CipEntry } from '../../../lib/scan/cip-shards.ts';
import { allMedicines, siteManifest } from '../../../lib/site-data.ts';

export const getStaticPaths = (async () => {
  const shards = cipShardsOf(await allMedicines(), await siteManifest());
  return [...shards].map(([shard, entries]) => ({ params: { shard }, props: { entries } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ entries: CipEntry[] }> = ({ props }) =>
  new Response(JSON.stringify(props.entries), { headers: { 'content-type': 'application/json; charset=utf-8' } });
