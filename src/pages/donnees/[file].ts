import type { APIRoute, GetStaticPaths } from 'astro';
import { readFile } from 'node:fs/promises';
import { getCollection } from 'astro:content';
import { medicinesFile } from '../../lib/content/content-dir.ts';
import { medicinesByName, siteManifest } from '../../lib/site-data.ts';
import { jsonSchemaOf } from '../../lib/open-data/json-schemas.ts';
import { exportsOf, listExports, renderListCsv } from '../../lib/open-data/list-exports.ts';
import { openDataJsonFiles } from '../../lib/addresses.ts';

/** A list this build did not load gets no file: a header-only CSV would read as an empty list. */
export const getStaticPaths = (async () => {
  const { published } = exportsOf(await siteManifest());
  return [...openDataJsonFiles, ...published.map((e) => e.file)].map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

const jsonHeaders = { 'content-type': 'application/json; charset=utf-8' };
const json = (value: unknown) => new Response(`${JSON.stringify(value)}\n`, { headers: jsonHeaders });

/** Open data: every medicine, the change history, their JSON Schemas, one CSV per list. */
export const GET: APIRoute = async ({ params }) => {
  // Reading the collection validates every entry against its schema: the medicines file below
  // is published only once all its entries have passed.
  const medicines = await medicinesByName();
  switch (params.file) {
    case 'medicaments.json':
      // The collection's file as the content step wrote it, one medicine per line: serialising
      // the 15 800 entries again cost about 1 s of every real build.
      return new Response(await readFile(medicinesFile), { headers: jsonHeaders });
    case 'historique.json':
      return json((await getCollection('changes')).map(({ data }) => data));
    case 'schema-medicament.json':
    case 'schema-historique.json':
      return json(jsonSchemaOf(params.file));
  }
  const definition = listExports.find((e) => e.file === params.file)!;
  return new Response(renderListCsv(definition, medicines), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
