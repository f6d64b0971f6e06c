/**
 * What a medicine page shows, derived from one entry: badges, the regimes it falls
 * under, the billing status that applies, the sources with their dates. Pure, so the
 * page components only render.
 */
import type { BillingStatus } from './billing/statuses.ts';
import { billingCalculatorPath, listPagePath, regimePagePath } from './addresses.ts';
import type { Medicine, Presentation } from './content/medicine.ts';
import { type AccessType, accessTypes } from './content/access-types.ts';
import type { ShortageState } from './content/shortage-states.ts';
import type { Manifest, ManifestSource } from './content/manifest.ts';
import { formatEuro } from './format.ts';
import { WITHDRAWN_BADGE, atcGroupOf, atcGroups, badgeLabels, shortageLabels } from './labels.ts';
import type { ListView } from './lists/list-views.ts';
import { badgeOf, isMemberOf, lists, regimeOf } from './lists/registry.ts';
import { categoryInfo, searchableCategories } from './prescription-categories.ts';
import { PRICES_NOT_LOADED } from './sources-view.ts';

export interface Badge {
  key: 'retrocession' | 'mitm' | AccessType | ShortageState | typeof WITHDRAWN_BADGE;
  label: string;
  /** Where the regime or state is explained. */
  href: string;
}

export function badgesOf(medicine: Medicine): Badge[] {
  const badges: Badge[] = [];
  const add = (key: Badge['key'], view: ListView, href: string) => {
    const label = badgeOf(view);
    if (label !== null && isMemberOf(medicine, view)) badges.push({ key, label, href });
  };
  add('retrocession', { list: 'retrocession' }, regimePagePath(lists.retrocession.regime));
  add('mitm', { list: 'mitm' }, regimePagePath(lists.mitm.regime));
  for (const type of accessTypes) add(type, { list: 'accesDerogatoire', part: type }, regimePagePath(regimeOf({ list: 'accesDerogatoire', part: type })));
  // A medicine has one state: its badge leads to the shortages list.
  if (medicine.shortageState) add(medicine.shortageState, { list: 'shortages', part: medicine.shortageState }, listPagePath({ list: 'shortages' }));
  // A medicine that left CIS_bdpm.txt (its page kept): the badge leads to the page's own notice.
  if (medicine.lastKnown) badges.push({ key: WITHDRAWN_BADGE, label: badgeLabels[WITHDRAWN_BADGE], href: '#retrait' });
  return badges;
}

export function isOnAnyList(medicine: Medicine): boolean {
  return medicine.retrocession.length > 0 || medicine.mitm !== null || medicine.accesDerogatoire.length > 0 || medicine.shortages.length > 0;
}

export function isHospitalReserved(medicine: Medicine): boolean {
  return medicine.prescriptionConditions.some(({ category }) => category === 'rh');
}

/** The reimbursement cell of a presentation: a hospital-reserved one has no rate because it is not sold in town. */
export function reimbursementOf(presentation: Presentation, medicine: Medicine, pricesKnown = true): string {
  if (presentation.reimbursementRate !== null) return `${presentation.reimbursementRate} %`;
  if (!pricesKnown) return PRICES_NOT_LOADED;
  return isHospitalReserved(medicine) ? "sans objet : réservé à l'usage hospitalier" : 'aucun taux dans la BDPM';
}

/** The price cell, naming what each BDPM amount includes. */
export function priceOf(presentation: Presentation, medicine: Medicine, pricesKnown = true): string {
  const { price, dispensingFee, priceWithFee } = presentation;
  if (price === null && !pricesKnown) return PRICES_NOT_LOADED;
  if (price === null) return isHospitalReserved(medicine) ? "aucun : réservé à l'usage hospitalier" : 'aucun prix dans la BDPM';
  const parts = [`${formatEuro(price)} hors honoraires`];
  if (dispensingFee !== null) parts.push(`+ ${formatEuro(dispensingFee)} d'honoraire de dispensation`);
  if (priceWithFee !== null) parts.push(`= ${formatEuro(priceWithFee)} honoraires compris`);
  return parts.join(' ');
}

/** Only presentations reserved to hospitals (sold to collectivities, no public price) are "destinées à l'hôpital". */
function isHospitalOnly(medicine: Medicine, pricesKnown: boolean): boolean {
  const reserved = isHospitalReserved(medicine);
  // Without prices loaded, "no public price" cannot be said.
  const noPublicPrice = pricesKnown && medicine.presentations.length > 0 && medicine.presentations.every((p) => p.price === null);
  return reserved || noPublicPrice;
}

export interface BillingLink {
  status: BillingStatus;
  rate: 100 | 65 | 30 | null;
  href: string;
  reason: string;
}

/**
 * The note 2024/160 case this medicine falls under, if any: an imported medicine on the
 * rétrocession list, or a MITM in shortage or risk of shortage.
 */
export function billingLinkOf(medicine: Medicine, pricesKnown = true): BillingLink | null {
  const link = (status: BillingStatus, rate: BillingLink['rate'], reason: string): BillingLink => {
    const params = new URLSearchParams({ statut: status, ...(rate ? { taux: String(rate) } : {}) });
    return { status, rate, reason, href: billingCalculatorPath(params) };
  };
  if (medicine.retrocession.some((row) => row.authorisation === 'AI')) {
    return link('import', null, "Médicament inscrit sur la liste de rétrocession au titre d'une autorisation d'importation.");
  }
  if (medicine.mitm && (medicine.shortageState === 'rupture' || medicine.shortageState === 'tension')) {
    const rates = new Set(medicine.presentations.map((p) => p.reimbursementRate));
    const [only] = rates.size === 1 ? [...rates] : [null];
    const rate = only === 100 || only === 65 || only === 30 ? only : null;
    return isHospitalOnly(medicine, pricesKnown)
      ? link('mitm-hospital', rate, 'MITM dont la présentation est destinée à l’hôpital, en situation de rupture ou de tension.')
      : link('mitm-city', rate, 'MITM dont la présentation est destinée à la ville, en situation de rupture ou de tension.');
  }
  return null;
}

export function sourcesOf(medicine: Medicine, manifest: Manifest): ManifestSource[] {
  return medicine.sources.flatMap((file) => manifest.sources.filter((candidate) => candidate.file === file));
}

export function bdpmPageOf(medicine: Medicine): string | null {
  return medicine.inBdpm && medicine.cis ? `https://base-donnees-publique.medicaments.gouv.fr/extrait.php?specid=${medicine.cis}` : null;
}

/** Search filters of a medicine page, as Pagefind `key:value` pairs (values free of commas). */
export function searchFiltersOf(medicine: Medicine): string[] {
  const filters = badgesOf(medicine)
    .filter((badge) => !(badge.key in shortageLabels) && badge.key !== WITHDRAWN_BADGE)
    .map((badge) => `liste:${badge.label}`);
  if (medicine.shortageState) filters.push(`disponibilite:${shortageLabels[medicine.shortageState]}`);
  if (medicine.lastKnown) filters.push(`statut:${badgeLabels[WITHDRAWN_BADGE]}`);
  const categories = new Set(medicine.prescriptionConditions.map(({ category }) => category));
  for (const category of searchableCategories) {
    if (categories.has(category)) filters.push(`prescription:${categoryInfo[category].label}`);
  }
  const atc = atcGroupOf(medicine.mitm?.atc ?? null);
  if (atc) filters.push(`atc:${atc} – ${atcGroups[atc]}`);
  return filters;
}
