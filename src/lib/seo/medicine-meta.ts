import type { Medicine } from '../content/medicine.ts';
import { badgesOf } from '../medicine-view.ts';

/**
 * The meta and Open Graph description of a medicine page: its name and the regimes and
 * state the page shows as badges, so that a shared link says them.
 */
export function medicineDescriptionOf(medicine: Medicine): string {
  const regimes = badgesOf(medicine).map((badge) => badge.label);
  const summary = regimes.length > 0 ? regimes.join(', ') : 'sur aucune des listes suivies (rétrocession, MITM, accès dérogatoire)';
  return `${medicine.name} — ${summary}. Régimes de dispensation, disponibilité et présentations d'après les fichiers officiels.`;
}
