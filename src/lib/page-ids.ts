/**
 * The ids of the hand-written pages the code links to: the regime explanations (one per
 * file of content/regimes/) and the glossary entries (content/glossaire.json), each an
 * anchor of the glossary page. A leaf module, so that the modules the addresses read can
 * name a page too.
 */

/** The explanation pages, one per file of content/regimes/. */
export const regimeIds = [
  'acces-compassionnel',
  'acces-precoce',
  'listes-et-stupefiants',
  'mitm',
  'prescription-restreinte',
  'reforme-2021',
  'retrocession',
  'vente-au-public-pui',
] as const;
export type RegimeId = (typeof regimeIds)[number];

/** The entries of the glossary (content/glossaire.json), each an anchor of its page. */
export const glossaryTerms = [
  'aac',
  'aap',
  'ai',
  'amm',
  'ansm',
  'atc',
  'atu',
  'bdpm',
  'cip',
  'cis',
  'cpc',
  'has',
  'mitm',
  'phh',
  'phi',
  'phq',
  'phs',
  'pui',
  'put-rd',
  'rcp',
  'rtu',
  'ucd',
  'rh',
  'ph',
  'pih',
  'prs',
  'sp',
  'usage-urgence',
  'liste-i',
  'liste-ii',
  'stupefiants',
  'ordonnance-securisee',
  'groupe-generique',
  'lieu-prescripteur',
  'libelle-amm',
  'autre-loi',
  'administration',
  'en-tete',
] as const;
export type GlossaryTerm = (typeof glossaryTerms)[number];

/** Where a term is explained: a glossary entry, or a regime page. */
export type Explanation = { glossary: GlossaryTerm } | { regime: RegimeId };
