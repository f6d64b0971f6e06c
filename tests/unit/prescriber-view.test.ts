import { describe, expect, it } from 'vitest';
import { classifyCondition } from '../../scripts/lib/classify/prescription-conditions.ts';
import { prescriberStatements, specialistScope } from '../../src/lib/prescriber-view.ts';

describe('specialistScope', () => {
  it.each([
    ['prescription initiale annuelle réservée à certains spécialistes', 'initial'],
    ['prescription initiale réservée à certains spécialistes', 'initial'],
    ['renouvellement de la prescription réservé aux spécialistes en NEUROLOGIE', 'renewal'],
    ['prescription réservée aux spécialistes et services NEUROLOGIE', 'all'],
    ['prescription réservée aux médecins compétents en CANCEROLOGIE', 'all'],
  ])('« %s » → %s', (text, scope) => {
    expect(specialistScope(text)).toBe(scope);
  });
});

describe('prescriberStatements', () => {
  const statements = (...texts: string[]) => prescriberStatements(texts.map(classifyCondition));

  it('never reads R. 5121-91 1° onto a PRS text that names no speciality, and gives no article for a PRS period', () => {
    const [first] = statements(
      'prescription initiale annuelle réservée à certains spécialistes',
      'prescription réservée aux médecins exerçant dans les centres du sommeil',
    );
    expect(first).toBe(
      "Prescription réservée à certains médecins spécialistes : la prescription initiale est réservée à des médecins qualifiés dans une spécialité que désigne l'AMM (R. 5121-90, R. 5121-91 1°). La BDPM ne nomme pas cette spécialité. La BDPM la dit « annuelle » : aucun article de cette catégorie ne définit ce délai.",
    );
    expect(statements('prescription réservée aux spécialistes et services NEUROLOGIE')[0]).toMatch(
      /spécialistes que nomment les conditions de cette catégorie/,
    );
  });

  it('says nothing for a medicine in no restricted category, and cites an article in every sentence otherwise', () => {
    expect(statements('liste I', 'prescription limitée à 4 semaines')).toEqual([]);
    const all = statements(
      "réservé à l'usage HOSPITALIER",
      'prescription hospitalière',
      'prescription initiale hospitalière annuelle',
      'prescription par un médecin exerçant dans un établissement de transfusion sanguine',
      'prescription réservée aux spécialistes et services HEMATOLOGIE',
      'médicament nécessitant une surveillance particulière pendant le traitement',
      'médicament soumis à prescription médicale restreinte',
      "hors établissement de santé : prescription réservée aux médecins, sages-femmes et centres habilités conformément à l'article L.2212-2 du code de la santé publique",
    );
    expect(all).toHaveLength(9);
    for (const sentence of all) expect(sentence).toMatch(/[RL]\. \d{4}-\d+/);
  });

  it('attaches no article to an AMM wording the current code does not define', () => {
    const [sentence] = statements('prescription initiale par un médecin exerçant dans un service de dialyse à domicile');
    expect(sentence).toBe(
      "Condition de prescription de l'AMM affichée telle qu'écrite : aucun article en vigueur du code de la santé publique ne définit ce libellé.",
    );
    expect(sentence).not.toMatch(/R\. \d/);
  });
});
