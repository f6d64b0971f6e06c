/** The scan page's lookup, one shard per file (src/lib/scan/cip-lookup.ts): fetched only when a code is read. */
import type { APIRoute, GetStaticPaths } from 'astro';
import { cipShardsOf } from '../../../lib/scan/cip-lookup.ts';
import { allMedicines, siteManifest } from '../../../lib/site-data.ts';

// Each shard's JSON text, not its entries: Astro keeps every path's props until the build ends, and
// 20,000 entries as objects weigh more than their text (about 45 MB at the build's peak on the July 2025 snapshot).
export const getStaticPaths = (async () => {
  const shards = cipShardsOf(await allMedicines(), await siteManifest());
  return [...shards].map(([shard, entries]) => ({ params: { shard }, props: { json: JSON.stringify(entries) } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ json: string }> = ({ props }) => new Response(props.json, { headers: { 'content-type': 'application/json; charset=utf-8' } });
