import { describe, expect, it } from 'vitest';
import { classifyCondition } from '../../scripts/lib/classify/prescription-conditions.ts';
import { emptyMedicine } from '../../src/lib/content/empty-medicine.ts';
import type { AccesDerogatoire, Medicine, Presentation } from '../../src/lib/content/medicine.ts';
import { type Manifest, type ManifestSource, type SourceId, zeroCounts } from '../../src/lib/content/manifest.ts';
import { dispensingLinesOf, shortageDates } from '../../src/lib/dispensing-view.ts';
import { priceOf, reimbursementOf } from '../../src/lib/medicine-view.ts';

const medicine = (change: Partial<Medicine> = {}): Medicine => ({
  ...emptyMedicine('60000001', '60000001', 'EXEMPLE 10 mg, comprimé'),
  inBdpm: true,
  commercialStatus: 'Commercialisée',
  ...change,
});
const conditions = (...texts: string[]) => texts.map(classifyCondition);
const presentation = (change: Partial<Presentation> = {}): Presentation => ({
  cip7: '3000001',
  cip13: '3400930000013',
  label: 'boîte de 30',
  adminStatus: null,
  commercialStatus: 'Déclaration de commercialisation',
  commercialisationDate: null,
  collectivities: null,
  reimbursementRate: 65,
  price: 2.03,
  priceWithFee: 3.05,
  dispensingFee: 1.02,
  reimbursementNotes: null,
  ...change,
});
const source = (id: SourceId, file: string): ManifestSource => ({
  id,
  file,
  sha256: '0'.repeat(64),
  size: 1,
  rows: 1,
  kept: 1,
  rejected: 0,
  duplicates: 0,
  joinShare: null,
  date: '2025-07-04',
  dateHow: 'last-modified',
  originUrl: null,
  encoding: null,
  demo: false,
});
const bdpmOnly: Manifest = {
  demo: false,
  counts: zeroCounts(),
  sources: [
    source('medicines', 'CIS_bdpm.txt'),
    source('presentations', 'CIS_CIP_bdpm.txt'),
    source('prescriptionConditions', 'CIS_CPD_bdpm.txt'),
    source('shortages', 'CIS_CIP_Dispo_Spec.txt'),
  ],
};
const withRetrocession: Manifest = { ...bdpmOnly, sources: [...bdpmOnly.sources, source('retrocession', 'liste-retrocession.xlsx')] };
const line = (m: Medicine, manifest: Manifest, key: string) => dispensingLinesOf(m, manifest).find((l) => l.key === key);

describe('dispensingLinesOf', () => {
  it('says the rétrocession status is unknown when the list is not loaded, never "no"', () => {
    expect(line(medicine(), bdpmOnly, 'retrocession')).toMatchObject({ text: expect.stringMatching(/^Inconnu : la liste de rétrocession/), sources: [] });
    expect(line(medicine(), withRetrocession, 'retrocession')?.text).toBe('Aucune ligne de la liste de rétrocession ne porte son code CIS.');
  });

  it('keeps a hospital-reserved medicine out of the city pharmacy and lists the condition where it is used', () => {
    const reserved = medicine({
      prescriptionConditions: conditions('liste I', "réservé à l'usage HOSPITALIER"),
      presentations: [presentation({ price: null, reimbursementRate: null })],
    });
    expect(line(reserved, bdpmOnly, 'city')).toMatchObject({
      text: "Non : réservé à l'usage hospitalier, il n'est délivré que par les pharmacies à usage intérieur (R. 5121-83, 2°).",
      sources: [{ file: 'CIS_CPD_bdpm.txt', date: 'mis en ligne le 04/07/2025' }],
    });
    expect(line(reserved, bdpmOnly, 'where')?.conditions).toEqual([
      { text: "réservé à l'usage HOSPITALIER", href: '/glossaire/#rh', label: "Réservé à l'usage hospitalier" },
    ]);
    expect(line(reserved, bdpmOnly, 'prescription')?.conditions.map((c) => c.text)).toEqual(['liste I']);
  });

  it('states the reimbursement of the marketed presentations, and a medicine not marketed', () => {
    expect(line(medicine({ presentations: [presentation()] }), bdpmOnly, 'city')?.text).toBe('Commercialisé ; remboursé à 65 % selon la présentation.');
    expect(line(medicine({ presentations: [presentation({ reimbursementRate: null })] }), bdpmOnly, 'city')?.text).toBe(
      'Commercialisé ; aucun taux de remboursement dans la BDPM.',
    );
    // Sold to hospitals only: no public price, no rate. The site does not call that "non remboursé".
    const hospitalOnly = presentation({ reimbursementRate: null, price: null, priceWithFee: null, dispensingFee: null, collectivities: true });
    expect(line(medicine({ presentations: [hospitalOnly] }), bdpmOnly, 'city')?.text).toBe(
      "Commercialisé ; aucune présentation n'a de prix public ni de taux de remboursement dans la BDPM (présentations agréées aux collectivités).",
    );
    expect(line(medicine({ commercialStatus: 'Non commercialisée' }), bdpmOnly, 'city')?.text).toBe('Non : « Non commercialisée » selon la BDPM.');
  });

  it('answers "inconnu", never "non", when the commercial state is missing or unreadable, and quotes no package code as a BDPM text', () => {
    expect(line(medicine({ commercialStatus: null }), bdpmOnly, 'city')?.text).toBe('Inconnu : état de commercialisation non renseigné dans CIS_bdpm.txt.');
    expect(line(medicine({ commercialStatus: 'BIENTOT' }), bdpmOnly, 'city')?.text).toBe(
      'Inconnu : état de commercialisation « BIENTOT » dans CIS_bdpm.txt, que ce site ne sait pas lire.',
    );
    const fromPackage: Manifest = { ...bdpmOnly, sources: [source('medicines', 'specialite.csv'), ...bdpmOnly.sources.slice(1)] };
    expect(line(medicine({ commercialStatus: 'Non commercialisée' }), fromPackage, 'city')?.text).toBe(
      'Non : non commercialisé, selon la disponibilité que déclare specialite.csv (datapackage ANSM Open Data).',
    );
  });

  it('says where the files are silent, and gives every condition, classified or not, a line', () => {
    const lines = dispensingLinesOf(
      medicine({ prescriptionConditions: conditions('prescription initiale hospitalière semestrielle', 'texte inconnu') }),
      bdpmOnly,
    );
    expect(lines.map((l) => l.key)).toEqual(['city', 'retrocession', 'who', 'prescription', 'other', 'availability']);
    expect(lines.find((l) => l.key === 'prescription')?.text).toBe(
      'Aucune condition de la BDPM ne classe ce médicament sur la liste I, la liste II ou comme stupéfiant. Lire aussi les autres conditions ci-dessous.',
    );
    expect(lines.find((l) => l.key === 'other')?.conditions.map((c) => c.text)).toEqual(['texte inconnu']);
    expect(lines.find((l) => l.key === 'availability')?.text).toMatch(/^Aucune rupture/);
  });

  it('gives shortage states with their dates, and says unknown when the shortage file is not loaded', () => {
    const short = medicine({
      shortageState: 'rupture',
      shortages: [
        {
          cip13: null,
          state: 'rupture',
          label: null,
          startDate: '2025-05-12',
          updatedDate: '2025-07-04',
          availableAgainDate: null,
          ansmUrl: null,
          from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 3 },
        },
      ],
    });
    expect(line(short, bdpmOnly, 'availability')?.text).toBe('Rupture de stock depuis le 12/05/2025 (mis à jour le 04/07/2025).');
    const noShortageFile = { ...bdpmOnly, sources: bdpmOnly.sources.filter((s) => s.id !== 'shortages') };
    expect(line(short, noShortageFile, 'availability')?.text).toMatch(/^Inconnu/);
  });

  it('says each date of a report once: a remise à disposition is dated by its remise, not "depuis"', () => {
    const report = { state: 'remise' as const, startDate: '2025-12-10', availableAgainDate: '2025-12-10', updatedDate: '2025-12-12' };
    expect(shortageDates(report)).toBe(' le 10/12/2025 (mis à jour le 12/12/2025)');
    expect(shortageDates({ ...report, startDate: '2025-12-01' })).toBe(' le 10/12/2025 (signalement du 01/12/2025, mis à jour le 12/12/2025)');
    expect(shortageDates({ ...report, updatedDate: '2025-12-10' })).toBe(' le 10/12/2025');
    expect(shortageDates({ state: 'arret', startDate: null, availableAgainDate: null, updatedDate: null })).toBe('');
    const back = medicine({
      shortageState: 'remise',
      shortages: [{ cip13: '3400930000001', label: null, ansmUrl: null, from: { source: 'CIS_CIP_Dispo_Spec.txt', row: 3 }, ...report }],
    });
    expect(line(back, bdpmOnly, 'availability')?.text).toBe('Remise à disposition (présentation 3400930000001) le 10/12/2025 (mis à jour le 12/12/2025).');
  });

  it('says unknown, never "no", when a file that would say is not loaded', () => {
    const reserved = medicine({ presentations: [presentation()] });
    const noConditions = { ...bdpmOnly, sources: bdpmOnly.sources.filter((s) => s.id !== 'prescriptionConditions') };
    expect(line(reserved, noConditions, 'city')?.text).toMatch(/une réserve hospitalière n'est pas exclue\.$/);
    expect(line(reserved, noConditions, 'who')?.text).toMatch(/^Inconnu/);
    const noPrices = { ...bdpmOnly, sources: bdpmOnly.sources.filter((s) => s.id !== 'presentations') };
    expect(line(reserved, noPrices, 'city')?.text).toBe("Commercialisé ; le fichier des présentations et des prix (CIS_CIP_bdpm.txt) n'est pas chargé.");
  });

  it('does not present a medicine tied to a place as sold in town', () => {
    const military = medicine({ presentations: [presentation()], prescriptionConditions: conditions("réservé à l'usage militaire") });
    expect(line(military, bdpmOnly, 'city')?.text).toBe('Commercialisé, mais réservé à un lieu ou à un usage désigné : voir ci-dessous.');
    expect(line(military, bdpmOnly, 'where')?.conditions.map((c) => c.text)).toEqual(["réservé à l'usage militaire"]);
  });

  it('does not speak for the BDPM about a medicine it does not know', () => {
    const listOnly = { ...medicine(), inBdpm: false, commercialStatus: null };
    expect(dispensingLinesOf(listOnly, withRetrocession).map((l) => l.key)).toEqual(['city', 'retrocession', 'availability']);
    expect(line(listOnly, withRetrocession, 'city')?.text).toMatch(/^Inconnu/);
    const withoutCis = { ...listOnly, cis: null };
    expect(line(withoutCis, withRetrocession, 'availability')).toMatchObject({ text: expect.stringMatching(/^Inconnu/), sources: [] });
  });
});

describe('who may prescribe, from the law of each category', () => {
  // The sentences of the law, joined as the page reads them, with the conditions as written.
  const whoLine = (m: Medicine) => {
    const found = line(m, bdpmOnly, 'who');
    return found && { ...found, text: [found.text, ...(found.statements ?? [])].filter(Boolean).join(' ') };
  };
  const who = (...texts: string[]) => whoLine(medicine({ prescriptionConditions: conditions(...texts) }));
  const RH_RULE = "Réservé à l'usage hospitalier : la prescription est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-83).";

  it('reserves the prescription of an RH medicine to hospital prescribers even with no other condition', () => {
    expect(who('liste I', "réservé à l'usage HOSPITALIER")).toMatchObject({ text: RH_RULE, statements: [RH_RULE], conditions: [] });
    expect(who('liste I', "réservé à l'usage HOSPITALIER")?.text).not.toMatch(/Aucune condition/);
    // A medicine in no category keeps the file's silence.
    expect(who('liste I')?.text).toBe('Aucune condition de la BDPM ne réserve la prescription à un prescripteur ou à un service.');
  });

  it('adds the specialists of an RH medicine as written', () => {
    const reserved = who("réservé à l'usage HOSPITALIER", 'prescription réservée aux spécialistes et services ANESTHESIE-REANIMATION');
    expect(reserved?.text).toBe(
      `${RH_RULE} Prescription réservée à certains médecins spécialistes : la prescription est réservée aux médecins spécialistes que nomment les conditions de cette catégorie ci-dessous, telles que la BDPM les écrit (R. 5121-90, R. 5121-91 1°).`,
    );
    expect(reserved?.conditions.map((c) => c.text)).toEqual(['prescription réservée aux spécialistes et services ANESTHESIE-REANIMATION']);
  });

  it('shows the transfusion-centre extension of a PH medicine as such, not as a specialty', () => {
    const ph = who('prescription hospitalière', 'prescription par un médecin exerçant dans un établissement de transfusion sanguine', 'liste I');
    expect(ph?.text).toBe(
      "Prescription hospitalière : toute prescription est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-85). L'AMM étend ce droit au lieu d'exercice que nomme la condition ci-dessous, comme le permettent R. 5121-85 1° et R. 5121-88 1° a).",
    );
    expect(ph?.conditions.map((c) => c.label)).toEqual(['Prescription hospitalière', "Lieu d'exercice du prescripteur prévu par l'AMM"]);
  });

  it('reads a methadone as the BDPM writes it: initial prescription reserved, renewal open, city pharmacies dispense it', () => {
    const methadone = medicine({
      presentations: [presentation()],
      prescriptionConditions: conditions(
        'médicament nécessitant une surveillance particulière pendant le traitement',
        "prescription réservée aux médecins exerçant dans les centres de soins d'accompagnement et de prévention en addictologie (CSAPA).",
        'prescription initiale réservée à certains spécialistes',
        'stupéfiants',
        "prescription réservée aux médecins hospitaliers à l'occasion d'une hospitalisation, d'une consultation ou en milieu pénitentiaire",
        'délivrance effectuée par une pharmacie de ville',
        'renouvellement non restreint',
        'délivrance effectuée par un CSAPA',
      ),
    });
    const text = whoLine(methadone)?.text;
    expect(text).not.toMatch(/Prescription hospitalière :/);
    expect(text).toContain(
      "la prescription initiale est réservée à des médecins qualifiés dans une spécialité que désigne l'AMM (R. 5121-90, R. 5121-91 1°). La BDPM ne nomme pas cette spécialité.",
    );
    expect(text).toContain('Le renouvellement peut être fait par tout médecin, l’ordonnance reprenant les mentions de l’ordonnance initiale (R. 5121-91 2°).');
    expect(text).toContain('la BDPM ne classe ce médicament dans aucune de ces deux catégories');
    expect(text).toContain('aucun article en vigueur du code de la santé publique ne définit ce libellé');
    expect(line(methadone, bdpmOnly, 'city')?.text).toBe(
      'Oui : « délivrance effectuée par une pharmacie de ville » selon la BDPM, qui indique aussi « délivrance effectuée par un CSAPA ». Commercialisé ; remboursé à 65 % selon la présentation.',
    );
  });

  it('cites the other law an IVG medicine refers to', () => {
    expect(
      who(
        'liste I',
        "hors établissement de santé : prescription réservée aux médecins, sages-femmes et centres habilités conformément à l'article L.2212-2 du code de la santé publique",
      )?.text,
    ).toBe(
      "Interruption volontaire de grossesse : hors établissement de santé, la prescription est réservée aux médecins, sages-femmes et centres habilités dans le cadre de l'article L. 2212-2, comme le dit la condition ci-dessous.",
    );
  });

  it('gives a PIH its period and who renews it', () => {
    expect(who('prescription initiale hospitalière semestrielle')?.text).toBe(
      'Prescription initiale hospitalière : la prescription initiale est réservée aux prescripteurs exerçant dans un établissement de santé (R. 5121-88 1°) ; le renouvellement peut être fait par tout prescripteur (R. 5121-88 2°). La BDPM la dit « semestrielle » : la prescription initiale devient caduque au terme de ce délai (R. 5121-89).',
    );
    expect(who('prescription initiale hospitalière')?.text).toMatch(
      /La BDPM n'indique pas de délai au terme duquel la prescription initiale devient caduque \(R\. 5121-89\)\.$/,
    );
  });

  it('tells an initial-only specialist reservation from one that also reserves renewal', () => {
    const initial = ['prescription initiale annuelle réservée à certains spécialistes', 'prescription réservée aux spécialistes et services NEUROLOGIE'];
    expect(who(...initial)?.text).toMatch(/la prescription initiale est réservée .* Le renouvellement peut être fait par tout médecin/);
    expect(who(...initial, 'renouvellement de la prescription réservé aux spécialistes en NEUROLOGIE')?.text).toMatch(
      /Le renouvellement, ouvert à tout médecin par R\. 5121-91 2°, est ici réservé par la condition de renouvellement ci-dessous/,
    );
  });

  it('says what the pharmacist checks under surveillance particulière, and whether the file says the AMM requires it', () => {
    const sp = 'médicament nécessitant une surveillance particulière pendant le traitement';
    expect(who(sp)?.text).toMatch(
      /le pharmacien s'assure alors de la présence de cette mention \(R\. 5121-78\)\. La BDPM ne dit pas si l'AMM de ce médicament l'exige\.$/,
    );
    expect(who(sp, "la délivrance ne peut se faire qu'après avoir vérifié la présence de cette mention")?.text).toMatch(
      /Les autres conditions ci-dessous disent ce que le pharmacien vérifie/,
    );
  });

  it('shows a header line as written, says the file does not tell what it introduces, and does not count it', () => {
    const lines = dispensingLinesOf(medicine({ prescriptionConditions: conditions('liste II', 'pour tous les patients :') }), bdpmOnly);
    expect(lines.map((l) => l.key)).toEqual(['city', 'retrocession', 'who', 'prescription', 'header', 'availability']);
    expect(lines.find((l) => l.key === 'header')).toMatchObject({
      text: "Ces lignes introduisent ou complètent d'autres conditions de ce médicament ; CIS_CPD_bdpm.txt, trié par texte, ne dit pas lesquelles : elles ne sont pas comptées comme des conditions.",
      conditions: [{ text: 'pour tous les patients :' }],
    });
    expect(lines.find((l) => l.key === 'prescription')?.text).toBe('');
  });
});

describe('rétrocession', () => {
  const access = (type: AccesDerogatoire['type']): AccesDerogatoire => ({
    type,
    name: 'EXEMPLE',
    substance: null,
    ucd: null,
    indication: null,
    status: 'En cours',
    startDate: null,
    endDate: null,
    laboratory: null,
    putRdUrl: null,
    rcpUrl: null,
    conditionsUrl: null,
    from: { source: 'referentiel-acces-derogatoire.xlsx', row: 2 },
  });
  const withAccess: Manifest = {
    ...withRetrocession,
    sources: [...withRetrocession.sources, source('accesDerogatoire', 'referentiel-acces-derogatoire.xlsx')],
  };
  const retro = (change: Partial<Medicine>, manifest = withAccess) => line(medicine(change), manifest, 'retrocession')?.text;

  it('applies L. 5126-6 exactly: an RH medicine under AAP is not deemed listed, a non-RH one is, and AAC or CPC medicines are', () => {
    const rh = conditions("réservé à l'usage HOSPITALIER");
    expect(retro({ accesDerogatoire: [access('AAP')], prescriptionConditions: rh })).toMatch(
      /mais la BDPM le réserve à l'usage hospitalier : .* ce médicament n'est donc pas réputé inscrit à ce titre\.$/,
    );
    expect(retro({ accesDerogatoire: [access('AAP')] })).toMatch(
      /cite en accès précoce \(AAP\) : L\. 5126-6 répute inscrits .* il l'est donc pendant cet accès/,
    );
    expect(retro({ accesDerogatoire: [access('AAC')], prescriptionConditions: rh })).toMatch(
      /cite en AAC : L\. 5126-6 répute .* il est donc réputé inscrit pendant cet accès/,
    );
    expect(retro({ accesDerogatoire: [access('AAP')], prescriptionConditions: rh })).not.toMatch(/peut toutefois être rétrocédé/);
    expect(line(medicine({ accesDerogatoire: [access('CPC')] }), withAccess, 'retrocession')?.sources.map((s) => s.file)).toEqual([
      'liste-retrocession.xlsx',
      'referentiel-acces-derogatoire.xlsx',
    ]);
  });

  it('says an RH medicine cannot be on the rétrocession list (R. 5126-59, I, 3°), and no flat "Non" without the accès dérogatoire référentiel', () => {
    const rh = conditions("réservé à l'usage HOSPITALIER");
    const rule =
      "la BDPM le réserve à l'usage hospitalier, et un médicament de cette catégorie ne peut pas être inscrit sur la liste de rétrocession (R. 5126-59, I, 3°).";
    expect(line(medicine({ prescriptionConditions: rh }), bdpmOnly, 'retrocession')).toMatchObject({
      text: `Pas par inscription sur la liste : ${rule} Le référentiel des accès dérogatoires de l'ANSM n'est pas chargé dans cette version du site : un accès ou un cadre de prescription compassionnels (AAC, CPC), que L. 5126-6 répute inscrits sur la liste, n'est pas exclu.`,
      sources: [{ file: 'CIS_CPD_bdpm.txt' }],
    });
    expect(retro({ prescriptionConditions: rh })).toBe(`Non : ${rule}`);
    expect(retro({ accesDerogatoire: [access('AAP')], prescriptionConditions: rh })).toMatch(
      /^Non : .*R\. 5126-59, I, 3°\)\. Le référentiel .* n'est donc pas réputé inscrit à ce titre\.$/,
    );
    // Under AAC or CPC, L. 5126-6 writes no RH exclusion: no "Non".
    expect(retro({ accesDerogatoire: [access('AAC')], prescriptionConditions: rh })).not.toMatch(/^Non/);
  });

  it('states the PUI-only condition of CIS_CPD_bdpm.txt when the rétrocession list is not loaded', () => {
    const pui = medicine({
      prescriptionConditions: conditions('prescription initiale hospitalière semestrielle', 'délivrance réservée aux pharmacies à usage intérieur'),
    });
    expect(line(pui, bdpmOnly, 'retrocession')).toMatchObject({
      text: "La BDPM réserve sa délivrance aux pharmacies à usage intérieur (« délivrance réservée aux pharmacies à usage intérieur ») ; un patient non hospitalisé ne peut l'y obtenir que si le médicament figure sur la liste de rétrocession ou y est réputé inscrit (L. 5126-6) : la liste de rétrocession de l'ANSM n'est pas chargée dans cette version du site.",
      sources: [{ file: 'CIS_CPD_bdpm.txt' }],
    });
  });

  it('says the presentations file gives no presentation, not that none is marketed, for a medicine without CIP rows', () => {
    expect(line(medicine({ presentations: [] }), bdpmOnly, 'city')?.text).toBe(
      'Commercialisé ; le fichier des présentations (CIS_CIP_bdpm.txt) ne donne aucune présentation pour ce médicament.',
    );
    const stopped = presentation({ commercialStatus: "Déclaration d'arrêt de commercialisation" });
    expect(line(medicine({ presentations: [stopped] }), bdpmOnly, 'city')?.text).toBe(
      'Commercialisé ; aucune présentation déclarée commercialisée dans la BDPM.',
    );
  });
});

describe('presentation prices', () => {
  it('names what each amount includes', () => {
    // Amounts carry the no-break space of French typography.
    expect(priceOf(presentation(), medicine()).replace(/[\u00a0\u202f]/g, ' ')).toBe(
      "2,03 € hors honoraires + 1,02 € d'honoraire de dispensation = 3,05 € honoraires compris",
    );
    expect(reimbursementOf(presentation(), medicine())).toBe('65 %');
  });

  it('says a hospital-reserved presentation has no public price, rather than "non remboursable"', () => {
    const reserved = medicine({ prescriptionConditions: conditions("réservé à l'usage HOSPITALIER") });
    const hospital = presentation({ price: null, priceWithFee: null, dispensingFee: null, reimbursementRate: null });
    expect(reimbursementOf(hospital, reserved)).toBe("sans objet : réservé à l'usage hospitalier");
    expect(priceOf(hospital, reserved)).toBe("aucun : réservé à l'usage hospitalier");
    expect(priceOf(hospital, medicine())).toBe('aucun prix dans la BDPM');
    expect(reimbursementOf(hospital, medicine())).toBe('aucun taux dans la BDPM');
  });
});
