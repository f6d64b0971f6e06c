/** Each list table whole, for the browser to sort over every page (src/scripts/sortable-table.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listTableOf, tableKeys } from '../../../lib/list-tables.ts';
import { siteTableRows } from '../../../lib/site-data.ts';
import { publishTable } from '../../../lib/table-order.ts';

export const getStaticPaths = (() => tableKeys.map((table) => ({ params: { table } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const key = params.table as (typeof tableKeys)[number];
  const rows = await siteTableRows(key);
  return new Response(JSON.stringify(publishTable(listTableOf(key).columns, rows)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
