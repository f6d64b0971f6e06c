import type { Medicine } from '../content/medicine.ts';
import type { Manifest } from '../content/manifest.ts';
import { badgesOf } from '../medicine-view.ts';
import { notOnAnyListSummary } from '../tracked-lists.ts';

/**
 * The meta and Open Graph description of a medicine page: its name and the regimes and
 * state the page shows as badges, so that a shared link says them. "On no list" names
 * only the lists this build loaded.
 */
export function medicineDescriptionOf(medicine: Medicine, manifest: Manifest): string {
  const regimes = badgesOf(medicine).map((badge) => badge.label);
  const summary = regimes.length > 0 ? regimes.join(', ') : notOnAnyListSummary(manifest);
  return `${medicine.name} — ${summary}. Régimes de dispensation, disponibilité et présentations d'après les fichiers officiels.`;
}
