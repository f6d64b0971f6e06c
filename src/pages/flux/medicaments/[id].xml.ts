import type { APIRoute, GetStaticPaths } from 'astro';
import type { Medicine } from '../../../lib/content/medicine.ts';
import { renderAtom } from '../../../lib/feeds/atom.ts';
import { medicineFeed } from '../../../lib/feeds/history-feeds.ts';
import { allMedicines } from '../../../lib/site-data.ts';

/** A feed only for a medicine with at least one recorded change: the others would be empty files. */
export const getStaticPaths = (async () =>
  (await allMedicines())
    .filter((medicine) => medicine.history.length > 0)
    .map((medicine) => ({ params: { id: medicine.id }, props: { medicine } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ medicine: Medicine }> = ({ props, site }) =>
  // Always set: SITE_URL, or a marked placeholder (astro.config.mjs).
  new Response(renderAtom(medicineFeed(props.medicine, site!)), { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
