/**
 * The embedded demo set: a few dozen medicines written for this project (names of real
 * substances, invented codes, laboratories, prices and dates). It covers every list,
 * every accès dérogatoire type, every shortage state, an imported medicine, and entries
 * known only from a list. `generate-demo-sources.ts` turns it into official-format files.
 */

import { gs1CheckDigit } from '../../src/lib/scan/gs1.ts';

/** A demo CIP13 as the BDPM writes one: 34009, the CIP7, then the GS1 key (arrêté du 30 décembre 2021, annexe, point 1). */
export const demoCip13 = (cip7: string): string => `34009${cip7}${gs1CheckDigit(`34009${cip7}`)}`;

export type DemoShortage = { state: 1 | 2 | 3 | 4; start: string; updated: string; availableAgain?: string; cip13?: string };

interface DemoMedicine {
  cis: string;
  name: string;
  form: string;
  routes: string;
  commercialised?: boolean;
  ammDate: string;
  holder: string;
  presentations: Array<{ cip7: string; label: string; rate: '' | '100%' | '65%' | '30%' | '15%'; price: string; fee?: string; collectivities?: boolean }>;
  substances: Array<{ code: string; name: string; dosage: string; reference: string }>;
  conditions?: string[];
  mitmAtc?: string;
  shortage?: DemoShortage;
}

export const DEMO_DATE = '2025-07-15';
const HOLDER = ' LABORATOIRES DÉMO';

export const demoMedicines: DemoMedicine[] = [
  {
    cis: '60000011',
    name: 'PARACÉTAMOL DÉMO 500 mg, comprimé',
    form: 'comprimé',
    routes: 'orale',
    ammDate: '12/03/1998',
    holder: HOLDER,
    presentations: [{ cip7: '3000011', label: 'plaquette(s) PVC aluminium de 16 comprimé(s)', rate: '65%', price: '1,16', fee: '1,02' }],
    substances: [{ code: '02202', name: 'PARACÉTAMOL', dosage: '500 mg', reference: 'un comprimé' }],
  },
  {
    cis: '60000012',
    name: 'IBUPROFÈNE DÉMO 400 mg, comprimé pelliculé',
    form: 'comprimé pelliculé',
    routes: 'orale',
    ammDate: '04/05/2004',
    holder: HOLDER,
    presentations: [{ cip7: '3000012', label: 'plaquette(s) PVC aluminium de 30 comprimé(s)', rate: '65%', price: '2,03', fee: '1,02' }],
    substances: [{ code: '02511', name: 'IBUPROFÈNE', dosage: '400 mg', reference: 'un comprimé' }],
  },
  {
    cis: '60000013',
    name: 'METFORMINE DÉMO 1000 mg, comprimé pelliculé sécable',
    form: 'comprimé pelliculé sécable',
    routes: 'orale',
    ammDate: '22/09/2009',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000013', label: 'plaquette(s) de 90 comprimé(s)', rate: '65%', price: '6,21', fee: '2,76' }],
    substances: [{ code: '04162', name: 'CHLORHYDRATE DE METFORMINE', dosage: '1000 mg', reference: 'un comprimé' }],
    conditions: ['liste I'],
  },
  {
    cis: '60000014',
    name: 'OMÉPRAZOLE DÉMO 20 mg, gélule gastro-résistante',
    form: 'gélule gastro-résistante',
    routes: 'orale',
    ammDate: '30/11/2006',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000014', label: 'flacon(s) de 28 gélule(s)', rate: '65%', price: '4,35', fee: '1,02' }],
    substances: [{ code: '24106', name: 'OMÉPRAZOLE', dosage: '20 mg', reference: 'une gélule' }],
    conditions: ['liste II'],
  },
  {
    cis: '60000021',
    name: 'AMOXICILLINE DÉMO 1 g, comprimé dispersible',
    form: 'comprimé dispersible',
    routes: 'orale',
    ammDate: '17/06/2002',
    holder: HOLDER,
    presentations: [{ cip7: '3000021', label: 'plaquette(s) de 14 comprimé(s)', rate: '65%', price: '4,11', fee: '1,02' }],
    substances: [{ code: '00542', name: 'AMOXICILLINE TRIHYDRATÉE', dosage: '1 g', reference: 'un comprimé' }],
    conditions: ['liste I'],
    mitmAtc: 'J01CA04',
    shortage: { state: 2, start: '03/02/2025', updated: '04/07/2025' },
  },
  {
    cis: '60000022',
    name: 'VALPROATE DE SODIUM DÉMO 500 mg, comprimé gastro-résistant',
    form: 'comprimé gastro-résistant',
    routes: 'orale',
    ammDate: '10/10/1995',
    holder: HOLDER,
    presentations: [
      { cip7: '3000022', label: 'pilulier de 40 comprimé(s)', rate: '100%', price: '7,54', fee: '1,02' },
      { cip7: '3000023', label: 'boîte de 100 comprimé(s) (usage hospitalier)', rate: '100%', price: '', collectivities: true },
    ],
    substances: [{ code: '01929', name: 'VALPROATE DE SODIUM', dosage: '500 mg', reference: 'un comprimé' }],
    conditions: [
      'liste I',
      'prescription initiale annuelle réservée à certains spécialistes',
      'prescription réservée aux spécialistes et services NEUROLOGIE',
      'pour les femmes en âge de procréer : voir programme de prévention de la grossesse',
    ],
    mitmAtc: 'N03AG01',
    shortage: { state: 1, start: '12/05/2025', updated: '04/07/2025', cip13: demoCip13('3000022') },
  },
  {
    cis: '60000023',
    name: 'LÉVOTHYROXINE SODIQUE DÉMO 100 microgrammes, comprimé sécable',
    form: 'comprimé sécable',
    routes: 'orale',
    ammDate: '08/01/2010',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000024', label: 'plaquette(s) de 30 comprimé(s)', rate: '65%', price: '2,48', fee: '1,02' }],
    substances: [{ code: '03207', name: 'LÉVOTHYROXINE SODIQUE', dosage: '100 microgrammes', reference: 'un comprimé' }],
    conditions: ['liste II'],
    mitmAtc: 'H03AA01',
    shortage: { state: 4, start: '01/03/2025', updated: '30/06/2025', availableAgain: '30/06/2025' },
  },
  {
    cis: '60000024',
    name: 'HYDROCORTISONE DÉMO 10 mg, comprimé sécable',
    form: 'comprimé sécable',
    routes: 'orale',
    ammDate: '15/02/1999',
    holder: HOLDER,
    commercialised: false,
    presentations: [{ cip7: '3000025', label: 'flacon de 25 comprimé(s)', rate: '65%', price: '3,20', fee: '1,02' }],
    substances: [{ code: '01380', name: 'HYDROCORTISONE', dosage: '10 mg', reference: 'un comprimé' }],
    conditions: ['liste I'],
    mitmAtc: 'H02AB09',
    shortage: { state: 3, start: '01/06/2025', updated: '02/07/2025' },
  },
  {
    cis: '60000025',
    name: 'CEFTRIAXONE DÉMO 1 g, poudre pour solution injectable',
    form: 'poudre pour solution injectable',
    routes: 'intramusculaire;intraveineuse',
    ammDate: '20/03/2001',
    holder: HOLDER,
    presentations: [{ cip7: '5500025', label: '1 flacon(s) en verre de poudre', rate: '65%', price: '', collectivities: true }],
    substances: [{ code: '00901', name: 'CEFTRIAXONE SODIQUE', dosage: '1 g', reference: 'un flacon' }],
    conditions: ['liste I', "réservé à l'usage HOSPITALIER"],
    mitmAtc: 'J01DD04',
    shortage: { state: 1, start: '20/06/2025', updated: '05/07/2025' },
  },
  {
    cis: '60000026',
    name: 'INSULINE GLARGINE DÉMO 100 unités/ml, solution injectable en stylo prérempli',
    form: 'solution injectable',
    routes: 'sous-cutanée',
    ammDate: '09/06/2015',
    holder: ' BIOTECH EXEMPLE',
    presentations: [{ cip7: '3000026', label: '5 stylo(s) prérempli(s) de 3 ml', rate: '65%', price: '48,29', fee: '2,76' }],
    substances: [{ code: '51234', name: 'INSULINE GLARGINE', dosage: '100 unités', reference: '1 ml de solution' }],
    conditions: ['liste I'],
    mitmAtc: 'A10AE04',
  },
  {
    cis: '60000027',
    name: 'SALBUTAMOL DÉMO 100 microgrammes/dose, suspension pour inhalation',
    form: 'suspension pour inhalation',
    routes: 'inhalée',
    ammDate: '02/12/1997',
    holder: HOLDER,
    presentations: [{ cip7: '3000027', label: '1 flacon pressurisé de 200 doses', rate: '65%', price: '3,48', fee: '1,02' }],
    substances: [{ code: '02003', name: 'SULFATE DE SALBUTAMOL', dosage: '100 microgrammes', reference: 'une dose' }],
    conditions: ['liste II'],
    mitmAtc: 'R03AC02',
    shortage: { state: 2, start: '15/04/2025', updated: '01/07/2025' },
  },
  {
    cis: '60000031',
    name: 'ÉPOÉTINE ALFA DÉMO 10 000 UI/1 ml, solution injectable en seringue préremplie',
    form: 'solution injectable',
    routes: 'intraveineuse;sous-cutanée',
    ammDate: '28/08/2007',
    holder: ' BIOTECH EXEMPLE',
    presentations: [{ cip7: '5500031', label: '6 seringue(s) préremplie(s) de 1 ml', rate: '100%', price: '415,80', collectivities: true }],
    substances: [{ code: '41223', name: 'ÉPOÉTINE ALFA', dosage: '10 000 UI', reference: '1 ml' }],
    conditions: ['liste I', 'prescription initiale hospitalière annuelle', 'délivrance réservée aux pharmacies à usage intérieur'],
  },
  {
    cis: '60000032',
    name: 'EMTRICITABINE/TÉNOFOVIR DISOPROXIL DÉMO 200 mg/245 mg, comprimé pelliculé',
    form: 'comprimé pelliculé',
    routes: 'orale',
    ammDate: '21/02/2017',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000032', label: 'flacon(s) de 30 comprimé(s)', rate: '100%', price: '166,43', fee: '2,76' }],
    substances: [
      { code: '25427', name: 'EMTRICITABINE', dosage: '200 mg', reference: 'un comprimé' },
      { code: '25428', name: 'TÉNOFOVIR DISOPROXIL', dosage: '245 mg', reference: 'un comprimé' },
    ],
    conditions: ['liste I', 'prescription hospitalière'],
    mitmAtc: 'J05AR03',
  },
  {
    cis: '60000033',
    name: 'ADALIMUMAB DÉMO 40 mg, solution injectable en stylo prérempli',
    form: 'solution injectable',
    routes: 'sous-cutanée',
    ammDate: '18/10/2018',
    holder: ' BIOTECH EXEMPLE',
    presentations: [{ cip7: '3000033', label: '2 stylo(s) prérempli(s) de 0,4 ml', rate: '65%', price: '1 007,79', fee: '2,76' }],
    substances: [{ code: '27130', name: 'ADALIMUMAB', dosage: '40 mg', reference: '0,4 ml' }],
    // A header line of the real file: shown as written, not counted as a condition. (An unclassified
    // text would stop the strict demo build; tests/pipeline/build-content.test.ts adds one.)
    conditions: [
      'liste I',
      'prescription initiale hospitalière annuelle',
      'prescription réservée aux spécialistes et services RHUMATOLOGIE',
      'renouvellement non restreint',
      'la première administration doit être effectuée en milieu hospitalier',
      'pour tous les patients :',
    ],
  },
  {
    cis: '60000041',
    name: 'NIVOLUMAB DÉMO 10 mg/ml, solution à diluer pour perfusion',
    form: 'solution à diluer pour perfusion',
    routes: 'intraveineuse',
    ammDate: '19/06/2015',
    holder: ' ONCOLOGIE EXEMPLE',
    presentations: [{ cip7: '5500041', label: '1 flacon(s) en verre de 10 ml', rate: '', price: '', collectivities: true }],
    substances: [{ code: '93812', name: 'NIVOLUMAB', dosage: '10 mg', reference: '1 ml' }],
    conditions: ['liste I', "réservé à l'usage HOSPITALIER"],
    mitmAtc: 'L01FF01',
  },
  {
    cis: '60000042',
    name: 'BACLOFÈNE DÉMO 10 mg, comprimé sécable',
    form: 'comprimé sécable',
    routes: 'orale',
    ammDate: '05/05/1996',
    holder: HOLDER,
    presentations: [{ cip7: '3000042', label: 'plaquette(s) de 30 comprimé(s)', rate: '65%', price: '3,61', fee: '1,02' }],
    substances: [{ code: '00720', name: 'BACLOFÈNE', dosage: '10 mg', reference: 'un comprimé' }],
    conditions: ['liste I', 'médicament soumis à prescription médicale restreinte'],
  },
  {
    cis: '60000043',
    name: 'THALIDOMIDE DÉMO 50 mg, gélule',
    form: 'gélule',
    routes: 'orale',
    ammDate: '16/04/2008',
    holder: ' ONCOLOGIE EXEMPLE',
    presentations: [{ cip7: '3000043', label: 'plaquette(s) de 28 gélule(s)', rate: '100%', price: '295,12', fee: '2,76' }],
    substances: [{ code: '11265', name: 'THALIDOMIDE', dosage: '50 mg', reference: 'une gélule' }],
    conditions: [
      'liste I',
      'prescription réservée aux médecins compétents en HÉMATOLOGIE',
      'médicament nécessitant une surveillance particulière pendant le traitement',
      "prescription nécessitant la signature annuelle par le médecin et la patiente d'une attestation d'information",
    ],
    mitmAtc: 'L04AX02',
  },
  {
    cis: '60000051',
    name: 'ATORVASTATINE DÉMO 20 mg, comprimé pelliculé',
    form: 'comprimé pelliculé',
    routes: 'orale',
    ammDate: '13/05/2012',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000051', label: 'plaquette(s) de 90 comprimé(s)', rate: '65%', price: '11,05', fee: '2,76' }],
    substances: [{ code: '28315', name: 'ATORVASTATINE CALCIQUE TRIHYDRATÉE', dosage: '20 mg', reference: 'un comprimé' }],
    conditions: ['liste I'],
    mitmAtc: 'C10AA05',
  },
  {
    cis: '60000052',
    name: 'AMLODIPINE DÉMO 5 mg, gélule',
    form: 'gélule',
    routes: 'orale',
    ammDate: '07/07/2007',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000052', label: 'plaquette(s) de 30 gélule(s)', rate: '65%', price: '2,90', fee: '1,02' }],
    substances: [{ code: '32145', name: "BÉSILATE D'AMLODIPINE", dosage: '5 mg', reference: 'une gélule' }],
    conditions: ['liste I'],
    mitmAtc: 'C08CA01',
  },
  {
    cis: '60000053',
    name: 'FUROSÉMIDE DÉMO 40 mg, comprimé sécable',
    form: 'comprimé sécable',
    routes: 'orale',
    ammDate: '11/11/1993',
    holder: HOLDER,
    presentations: [{ cip7: '3000053', label: 'plaquette(s) de 30 comprimé(s)', rate: '65%', price: '2,09', fee: '1,02' }],
    substances: [{ code: '01279', name: 'FUROSÉMIDE', dosage: '40 mg', reference: 'un comprimé' }],
    conditions: ['liste I'],
    mitmAtc: 'C03CA01',
  },
  {
    cis: '60000054',
    name: 'MORPHINE (SULFATE DE) DÉMO 10 mg, gélule à libération prolongée',
    form: 'gélule à libération prolongée',
    routes: 'orale',
    ammDate: '23/03/2000',
    holder: HOLDER,
    presentations: [{ cip7: '3000054', label: 'plaquette(s) de 14 gélule(s)', rate: '65%', price: '3,92', fee: '1,02' }],
    substances: [{ code: '04434', name: 'SULFATE DE MORPHINE', dosage: '10 mg', reference: 'une gélule' }],
    conditions: ['stupéfiants', 'prescription en toutes lettres sur ordonnance sécurisée', 'prescription limitée à 4 semaines'],
    mitmAtc: 'N02AA01',
  },
  {
    cis: '60000055',
    name: 'CHLORHEXIDINE DÉMO 0,5 %, solution pour application cutanée',
    form: 'solution pour application cutanée',
    routes: 'cutanée',
    ammDate: '01/02/2003',
    holder: HOLDER,
    presentations: [{ cip7: '3000055', label: '1 flacon(s) de 250 ml', rate: '', price: '' }],
    substances: [{ code: '01060', name: 'DIGLUCONATE DE CHLORHEXIDINE', dosage: '0,5 g', reference: '100 ml' }],
  },
  {
    cis: '60000056',
    name: 'SOLUTION DE RÉHYDRATATION DÉMO, poudre pour solution buvable',
    form: 'poudre pour solution buvable',
    routes: 'orale',
    ammDate: '19/08/2011',
    holder: HOLDER,
    presentations: [{ cip7: '3000056', label: '10 sachet(s)', rate: '30%', price: '4,02', fee: '1,02' }],
    substances: [{ code: '03331', name: 'CHLORURE DE SODIUM', dosage: '0,35 g', reference: 'un sachet' }],
  },
  {
    cis: '60000057',
    name: 'DOXYCYCLINE DÉMO 100 mg, comprimé sécable',
    form: 'comprimé sécable',
    routes: 'orale',
    ammDate: '14/09/2005',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000057', label: 'plaquette(s) de 5 comprimé(s)', rate: '65%', price: '1,94', fee: '1,02' }],
    substances: [{ code: '01222', name: 'DOXYCYCLINE MONOHYDRATÉE', dosage: '100 mg', reference: 'un comprimé' }],
    conditions: ['liste I'],
    mitmAtc: 'J01AA02',
    shortage: { state: 2, start: '02/06/2025', updated: '03/07/2025' },
  },
  {
    cis: '60000058',
    name: 'BUPRÉNORPHINE DÉMO 8 mg, comprimé sublingual',
    form: 'comprimé sublingual',
    routes: 'sublinguale',
    ammDate: '26/01/2006',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000058', label: 'plaquette(s) de 7 comprimé(s)', rate: '65%', price: '12,40', fee: '1,02' }],
    substances: [{ code: '01105', name: 'CHLORHYDRATE DE BUPRÉNORPHINE', dosage: '8 mg', reference: 'un comprimé' }],
    conditions: [
      'liste I',
      'prescription sur ordonnance sécurisée',
      'prescription limitée à 4 semaines',
      'délivrance fractionnée de 7 jours',
      "chevauchement interdit sauf mention expresse du prescripteur portée sur l'ordonnance",
    ],
  },
  {
    cis: '60000059',
    name: 'KÉTAMINE DÉMO 50 mg/ml, solution injectable',
    form: 'solution injectable',
    routes: 'intramusculaire;intraveineuse',
    ammDate: '03/04/1995',
    holder: HOLDER,
    presentations: [{ cip7: '5500059', label: '1 flacon(s) de 10 ml', rate: '', price: '', collectivities: true }],
    substances: [{ code: '03410', name: 'CHLORHYDRATE DE KÉTAMINE', dosage: '50 mg', reference: '1 ml' }],
    conditions: [
      'stupéfiants',
      "réservé à l'usage HOSPITALIER",
      "réservé à l'usage en situation d'urgence selon l'article R5121-96 du code de la santé publique",
      "administration par tout médecin spécialiste en ANESTHESIE-REANIMATION ou en MEDECINE D'URGENCE",
    ],
  },
  // Generics of VALPROATE DE SODIUM DÉMO (60000022, in rupture): one marketed, one not.
  {
    cis: '60000061',
    name: 'VALPROATE DE SODIUM GÉNÉRIQUE A DÉMO 500 mg, comprimé gastro-résistant',
    form: 'comprimé gastro-résistant',
    routes: 'orale',
    ammDate: '14/01/2012',
    holder: ' GÉNÉRIQUES EXEMPLE',
    presentations: [{ cip7: '3000061', label: 'pilulier de 40 comprimé(s)', rate: '100%', price: '6,12', fee: '1,02' }],
    substances: [{ code: '01929', name: 'VALPROATE DE SODIUM', dosage: '500 mg', reference: 'un comprimé' }],
    conditions: ['liste I', 'prescription initiale annuelle réservée à certains spécialistes', 'prescription réservée aux spécialistes et services NEUROLOGIE'],
  },
  {
    cis: '60000062',
    name: 'VALPROATE DE SODIUM GÉNÉRIQUE B DÉMO 500 mg, comprimé gastro-résistant',
    form: 'comprimé gastro-résistant',
    routes: 'orale',
    ammDate: '02/09/2014',
    holder: HOLDER,
    commercialised: false,
    presentations: [{ cip7: '3000062', label: 'pilulier de 40 comprimé(s)', rate: '100%', price: '6,12', fee: '1,02' }],
    substances: [{ code: '01929', name: 'VALPROATE DE SODIUM', dosage: '500 mg', reference: 'un comprimé' }],
    conditions: ['liste I'],
  },
];

/** Generic groups (CIS_GENER_bdpm.txt): type 0 princeps, 1 générique, 2 complémentaire, 4 substituable. */
interface DemoGenericGroup {
  id: string;
  label: string;
  members: Array<{ cis: string; type: 0 | 1 | 2 | 4 }>;
}

export const demoGenericGroups: DemoGenericGroup[] = [
  {
    id: '9001',
    label: 'VALPROATE DE SODIUM 500 mg - VALPROATE DE SODIUM DÉMO 500 mg, comprimé gastro-résistant',
    members: [
      { cis: '60000022', type: 0 },
      { cis: '60000061', type: 1 },
      { cis: '60000062', type: 1 },
    ],
  },
];

/** Present in the MITM list but not in CIS_bdpm.txt, like CIS 69590076 in the July 2025 snapshot. */
export const demoMitmOnly = { cis: '60000091', atc: 'C09CA03', name: 'VALSARTAN DÉMO 40 mg, comprimé pelliculé sécable' };

/** Present in the shortage file only: the name comes from the ANSM address. */
export const demoShortageOnly = {
  cis: '60000092',
  shortage: { state: 1, start: '11/12/2023', updated: '01/07/2025' } satisfies DemoShortage,
  slug: 'demeclocycline-demo-150-mg-gelule',
};

interface DemoRetrocession {
  cis?: string;
  ucd: string;
  cip13?: string;
  name: string;
  substance: string;
  laboratory: string;
  authorisation: 'AMM' | 'AI';
  date: string;
  remarks?: string;
}

export const demoRetrocession: DemoRetrocession[] = [
  {
    cis: '60000031',
    ucd: '9000031',
    cip13: demoCip13('5500031'),
    name: 'ÉPOÉTINE ALFA DÉMO 10 000 UI/1 ml',
    substance: 'époétine alfa',
    laboratory: 'BIOTECH EXEMPLE',
    authorisation: 'AMM',
    date: '2024-01-23',
  },
  {
    cis: '60000032',
    ucd: '9000032',
    name: 'EMTRICITABINE/TÉNOFOVIR DISOPROXIL DÉMO',
    substance: 'emtricitabine, ténofovir disoproxil',
    laboratory: 'GÉNÉRIQUES EXEMPLE',
    authorisation: 'AMM',
    date: '2024-01-23',
  },
  {
    cis: '60000033',
    ucd: '9000033',
    name: 'ADALIMUMAB DÉMO 40 mg',
    substance: 'adalimumab',
    laboratory: 'BIOTECH EXEMPLE',
    authorisation: 'AMM',
    date: '2024-06-10',
    remarks: 'Présentation réservée aux PUI autorisées',
  },
  {
    cis: '60000043',
    ucd: '9000043',
    name: 'THALIDOMIDE DÉMO 50 mg',
    substance: 'thalidomide',
    laboratory: 'ONCOLOGIE EXEMPLE',
    authorisation: 'AMM',
    date: '2024-01-23',
  },
  // Imported to bridge a shortage: no CIS, known by its UCD only.
  {
    ucd: '9000081',
    name: 'QUINIDINE SULFATE DÉMO 200 mg, comprimé (importation)',
    substance: 'quinidine',
    laboratory: 'IMPORT EXEMPLE',
    authorisation: 'AI',
    date: '2025-03-04',
    remarks: 'Importé pour pallier une rupture de stock',
  },
  {
    cis: '60000025',
    ucd: '9000025',
    name: 'CEFTRIAXONE DÉMO 1 g',
    substance: 'ceftriaxone',
    laboratory: 'LABORATOIRES DÉMO',
    authorisation: 'AMM',
    date: '2025-06-25',
    remarks: 'MITM en rupture : vente au public par les PUI autorisée',
  },
];

interface DemoAccess {
  type: 'AAC' | 'AAP' | 'CPC';
  name: string;
  substance: string;
  cis?: string;
  ucd?: string;
  indication: string;
  status: string;
  start: string;
  end?: string;
  laboratory: string;
  putRd?: string;
  rcp?: string;
  conditions?: string;
}

const ANSM_DOC = 'https://ansm.sante.fr/documents/reference/referentiel-des-specialites-en-acces-derogatoire';

export const demoAccess: DemoAccess[] = [
  {
    type: 'AAP',
    name: 'NIVOLUMAB DÉMO 10 mg/ml',
    substance: 'nivolumab',
    cis: '60000041',
    indication: "Traitement adjuvant d'un cancer après résection complète (indication de démonstration)",
    status: 'En cours',
    start: '2024-09-02',
    laboratory: 'ONCOLOGIE EXEMPLE',
    putRd: `${ANSM_DOC}#put-rd-demo`,
    rcp: `${ANSM_DOC}#rcp-demo`,
  },
  {
    type: 'AAP',
    name: 'DÉMO-AAP-202 25 mg, comprimé',
    substance: 'démoxinib',
    ucd: '9000082',
    indication: 'Maladie rare évolutive sans alternative appropriée (indication de démonstration)',
    status: 'En cours',
    start: '2025-02-17',
    laboratory: 'BIOTECH EXEMPLE',
    putRd: `${ANSM_DOC}#put-rd-demo-202`,
  },
  {
    type: 'AAC',
    name: 'DÉMO-AAC-101 100 mg, poudre pour solution injectable',
    substance: 'démocept',
    indication: 'Forme grave réfractaire, en l’absence de traitement approprié (indication de démonstration)',
    status: 'En cours',
    start: '2023-11-06',
    laboratory: 'IMPORT EXEMPLE',
  },
  {
    type: 'AAC',
    name: 'THALIDOMIDE DÉMO 50 mg, gélule',
    substance: 'thalidomide',
    cis: '60000043',
    indication: 'Indication hors AMM sur demande nominative (indication de démonstration)',
    status: 'Terminé',
    start: '2021-07-01',
    end: '2024-12-31',
    laboratory: 'ONCOLOGIE EXEMPLE',
  },
  {
    type: 'CPC',
    name: 'BACLOFÈNE DÉMO 10 mg, comprimé sécable',
    substance: 'baclofène',
    cis: '60000042',
    indication: 'Usage hors AMM encadré (indication de démonstration)',
    status: 'En cours',
    start: '2022-03-15',
    laboratory: 'LABORATOIRES DÉMO',
    conditions: `${ANSM_DOC}#cpc-demo`,
  },
];

export interface DemoDataset {
  medicines: DemoMedicine[];
  mitmOnly: typeof demoMitmOnly;
  shortageOnly: typeof demoShortageOnly;
  retrocession: DemoRetrocession[];
  access: DemoAccess[];
  genericGroups: DemoGenericGroup[];
}

export const currentDemoDataset: DemoDataset = {
  medicines: demoMedicines,
  mitmOnly: demoMitmOnly,
  shortageOnly: demoShortageOnly,
  retrocession: demoRetrocession,
  access: demoAccess,
  genericGroups: demoGenericGroups,
};

/** Date of the earlier demo version, from which the demo change history is computed. */
export const PREVIOUS_DEMO_DATE = '2025-04-15';

/**
 * The demo set as it stood three months earlier, so that its one change set shows every kind
 * of change: a medicine since withdrawn and one since entered, a condition removed and one added,
 * a price and a rate changed, a rétrocession entry removed and one added, a MITM added, shortages
 * opened, moved on and closed, and an access whose status changed. The demo history is the difference, computed by the pipeline.
 */
export function previousDemoDataset(): DemoDataset {
  const withdrawn: DemoMedicine = {
    cis: '60000099',
    name: 'RANITIDINE DÉMO 150 mg, comprimé effervescent',
    form: 'comprimé effervescent',
    routes: 'orale',
    ammDate: '02/02/1990',
    holder: HOLDER,
    presentations: [{ cip7: '3000099', label: 'tube de 30 comprimé(s)', rate: '65%', price: '5,12', fee: '1,02' }],
    substances: [{ code: '02911', name: 'CHLORHYDRATE DE RANITIDINE', dosage: '150 mg', reference: 'un comprimé' }],
    mitmAtc: 'A02BA02',
    shortage: { state: 1, start: '01/10/2024', updated: '01/04/2025' },
  };
  const medicines = demoMedicines.map((m): DemoMedicine => {
    switch (m.cis) {
      case '60000057': // doxycycline: not yet a MITM, not yet short
        return { ...m, mitmAtc: undefined, shortage: undefined };
      case '60000021': // amoxicilline: was in rupture, now in tension
        return { ...m, shortage: { state: 1, start: '03/02/2025', updated: '10/04/2025' } };
      case '60000023': // lévothyroxine: was in rupture, since made available again
        return { ...m, shortage: { state: 1, start: '01/03/2025', updated: '01/04/2025' } };
      case '60000052': // amlodipine: was on list II, now on list I (one condition removed, one added)
        return { ...m, conditions: ['liste II'] };
      case '60000053': // furosémide: price and rate since changed
        return { ...m, presentations: m.presentations.map((p) => ({ ...p, rate: '30%', price: '2,35' })) };
      case '60000054': // morphine: in tension then, the report since closed
        return { ...m, shortage: { state: 2, start: '02/01/2025', updated: '01/04/2025' } };
      default:
        return m;
    }
  });
  return {
    // Réhydratation: entered the BDPM since.
    medicines: [...medicines.filter((m) => m.cis !== '60000056'), withdrawn],
    mitmOnly: demoMitmOnly,
    shortageOnly: demoShortageOnly,
    retrocession: [
      ...demoRetrocession.filter((row) => row.cis !== '60000025'),
      {
        cis: '60000051',
        ucd: '9000051',
        name: 'ATORVASTATINE DÉMO 20 mg',
        substance: 'atorvastatine',
        laboratory: 'GÉNÉRIQUES EXEMPLE',
        authorisation: 'AMM',
        date: '2024-01-23',
      },
    ],
    access: demoAccess.map((row) => (row.name.startsWith('THALIDOMIDE') ? { ...row, status: 'En cours', end: undefined } : row)),
    genericGroups: demoGenericGroups,
  };
}
