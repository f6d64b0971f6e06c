import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { describeChange, anchorOf, summarise, summaryTitle } from '../lib/history-view.ts';

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Atom feed: one entry per list and version. */
export const GET: APIRoute = async ({ site }) => {
  // Always set: SITE_URL, or a marked placeholder (astro.config.mjs).
  const base = site!;
  const sets = (await getCollection('changes')).map(({ data }) => data).reverse();
  const entries = sets.flatMap((set) =>
    summarise(set).map((summary) => {
      const url = new URL(`/nouveautes/#${anchorOf(set, summary.list)}`, base).toString();
      const lines = [...summary.added, ...summary.removed, ...summary.changed].slice(0, 100).map((c) => `${c.name} — ${describeChange(c)}`);
      return `  <entry>
    <id>${escapeXml(url)}</id>
    <title>${escapeXml(summaryTitle(summary, set))}</title>
    <updated>${set.to}T00:00:00Z</updated>
    <link href="${escapeXml(url)}"/>
    <content type="text">${escapeXml(lines.join('\n'))}</content>
  </entry>`;
    }),
  );
  const updated = sets[0]?.to ?? '1970-01-01';
  const body = `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr">
  <id>${escapeXml(new URL('/nouveautes/', base).toString())}</id>
  <title>Régimes des médicaments — nouveautés des listes</title>
  <updated>${updated}T00:00:00Z</updated>
  <link rel="self" href="${escapeXml(new URL('/nouveautes.xml', base).toString())}"/>
  <link href="${escapeXml(new URL('/nouveautes/', base).toString())}"/>
  <author><name>Régimes des médicaments</name></author>
${entries.join('\n')}
</feed>
`;
  return new Response(body, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
