/** Each list table whole, for the browser to sort over every page (src/scripts/sortable-table.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listTableName } from '../../../lib/addresses.ts';
import type { ListView } from '../../../lib/lists/list-views.ts';
import { tableOf, tableViews } from '../../../lib/lists/registry.ts';
import { siteTableRows } from '../../../lib/site-data.ts';
import { publishTable } from '../../../lib/table-order.ts';

export const getStaticPaths = (() => tableViews.map((view) => ({ params: { table: listTableName(view) }, props: { view } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ view: ListView }> = async ({ props: { view } }) => {
  const rows = await siteTableRows(view);
  return new Response(JSON.stringify(publishTable(tableOf(view).columns, rows)), { headers: { 'content-type': 'application/json; charset=utf-8' } });
};
