/**
 * The shape of one medicine entry, as the data pipeline writes it and the Astro
 * collection loads it. One schema for both ends keeps them in step.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates.ts';
import { prescriptionCategories } from '../prescription-categories.ts';
import { medicineEventSchema } from './history.ts';
import { accessTypes } from './access-types.ts';
import { shortageStates } from './shortage-states.ts';

const nullableDate = isoDateSchema.nullable();
const nullableText = z.string().nullable();
const nullableUrl = z.url().nullable();

/** Where a fact came from: the source file's name, as in the manifest's `file`, and the row in that file. */
export const provenanceSchema = z
  .object({
    source: z.string().describe('Nom du fichier source d’où vient la ligne (champ « file » du manifeste).'),
    row: z.number().int().positive().describe('Numéro de la ligne dans ce fichier (ligne du fichier texte ou de la feuille, à partir de 1).'),
  })
  .describe('Provenance d’une donnée : fichier source et ligne.');

const bdpmText = (column: string) => nullableText.describe(`« ${column} » de la BDPM, tel qu’écrit ; null si vide.`);

export const presentationSchema = z
  .object({
    cip7: z
      .string()
      .regex(/^\d{7}$/)
      .describe('Code CIP à 7 chiffres de la présentation.'),
    cip13: z
      .string()
      .regex(/^\d{13}$/)
      .describe('Code CIP à 13 chiffres de la présentation.'),
    label: bdpmText('Libellé de la présentation'),
    adminStatus: bdpmText('Statut administratif de la présentation'),
    commercialStatus: bdpmText('État de commercialisation de la présentation'),
    commercialisationDate: nullableDate.describe('Date de déclaration de commercialisation, AAAA-MM-JJ ; null si absente.'),
    collectivities: z.boolean().nullable().describe('Agrément aux collectivités : true (oui), false (non), null si non renseigné.'),
    reimbursementRate: z
      .number()
      .nullable()
      .describe('Taux de remboursement par l’assurance maladie, en pourcentage (65 pour 65 %) ; null si non remboursable ou non renseigné.'),
    price: z.number().nullable().describe('Prix hors honoraire de dispensation, en euros ; null si non renseigné.'),
    priceWithFee: z.number().nullable().describe('Prix honoraire de dispensation compris, en euros ; null si non renseigné.'),
    dispensingFee: z.number().nullable().describe('Honoraire de dispensation, en euros ; null si non renseigné.'),
    reimbursementNotes: bdpmText('Indications ouvrant droit au remboursement'),
  })
  .describe('Une présentation (boîte) du médicament, d’après CIS_CIP_bdpm.txt.');

export const substanceSchema = z
  .object({
    element: bdpmText('Désignation de l’élément pharmaceutique'),
    substanceCode: bdpmText('Code de la substance'),
    name: z.string().describe('Dénomination de la substance.'),
    dosage: bdpmText('Dosage de la substance'),
    dosageReference: bdpmText('Référence de ce dosage'),
    nature: z.string().describe('Nature du composant : SA (substance active) ou FT (fraction thérapeutique).'),
    link: bdpmText('Numéro de liaison SA/FT'),
  })
  .describe('Un composant du médicament, d’après CIS_COMPO_bdpm.txt.');

export const retrocessionSchema = z
  .object({
    ucd: nullableText.describe('Code UCD (unité commune de dispensation) donné par la liste ; null si absent.'),
    cip13: nullableText.describe('Code CIP13 donné par la liste ; null si absent.'),
    name: z.string().describe('Dénomination donnée par la liste.'),
    substance: nullableText.describe('Substance donnée par la liste ; null si absente.'),
    laboratory: nullableText.describe('Laboratoire donné par la liste ; null si absent.'),
    authorisation: z
      .enum(['AMM', 'AI'])
      .nullable()
      .describe('Autorisation : AMM (autorisation de mise sur le marché) ou AI (autorisation d’importation) ; null si non renseignée.'),
    inscriptionDate: nullableDate.describe('Date d’inscription sur la liste de rétrocession, AAAA-MM-JJ ; null si absente.'),
    remarks: nullableText.describe('Remarques de la liste ; null si aucune.'),
    from: provenanceSchema.describe('Fichier et ligne de la liste de rétrocession d’où vient l’inscription.'),
  })
  .describe('Une inscription sur la liste de rétrocession (médicaments que les pharmacies à usage intérieur peuvent vendre au public).');

export const mitmSchema = z
  .object({
    atc: nullableText.describe('Classe ATC donnée par la liste des MITM ; null si absente.'),
    name: nullableText.describe('Dénomination donnée par la liste des MITM ; null si absente.'),
    from: z.array(provenanceSchema).min(1).describe('Fichiers et lignes d’où vient l’inscription (liste de l’ANSM, fichier CIS_MITM.txt de la BDPM).'),
  })
  .describe('Inscription sur la liste des médicaments d’intérêt thérapeutique majeur (MITM).');

export const accesDerogatoireSchema = z
  .object({
    type: z
      .enum(accessTypes)
      .describe('Type d’accès : AAC (autorisation d’accès compassionnel), AAP (autorisation d’accès précoce) ou CPC (cadre de prescription compassionnelle).'),
    name: z.string().describe('Dénomination donnée par le référentiel.'),
    substance: nullableText.describe('Substance donnée par le référentiel ; null si absente.'),
    ucd: nullableText.describe('Code UCD donné par le référentiel ; null si absent.'),
    indication: nullableText.describe('Indication concernée ; null si absente.'),
    status: nullableText.describe('Statut de l’accès tel que le référentiel l’écrit ; null si absent.'),
    startDate: nullableDate.describe('Date de début de l’accès, AAAA-MM-JJ ; null si absente.'),
    endDate: nullableDate.describe('Date de fin de l’accès, AAAA-MM-JJ ; null si absente.'),
    laboratory: nullableText.describe('Laboratoire ; null si absent.'),
    putRdUrl: nullableUrl.describe('Adresse du protocole d’utilisation thérapeutique et de recueil de données (PUT-RD) ; null si absente.'),
    rcpUrl: nullableUrl.describe('Adresse du résumé des caractéristiques du produit (RCP) ; null si absente.'),
    conditionsUrl: nullableUrl.describe('Adresse des conditions de prescription et de délivrance ; null si absente.'),
    from: provenanceSchema.describe('Fichier et ligne du référentiel d’où vient l’accès.'),
  })
  .describe('Un accès dérogatoire (AAC, AAP ou CPC) d’après le référentiel de l’ANSM.');

/** A line of CIS_CPD_bdpm.txt, as written, with the category the site sorts it into. */
export const prescriptionConditionSchema = z
  .object({
    text: z.string().describe('Condition de prescription ou de délivrance, telle qu’écrite dans CIS_CPD_bdpm.txt.'),
    category: z.enum(prescriptionCategories).describe('Catégorie où le site range cette condition (non-classe si aucune règle ne la reconnaît).'),
    detail: nullableText.describe('Précision tirée du texte (spécialité du prescripteur, durée…) ; null si aucune.'),
  })
  .describe('Une condition de prescription ou de délivrance, avec la catégorie que le site lui donne.');

/** CIS_GENER_bdpm.txt codes a member's place in its group 0, 1, 2 or 4. */
export const genericTypes = ['princeps', 'generique', 'complementaire', 'substituable'] as const;
export type GenericType = (typeof genericTypes)[number];

/** One membership of a generic group; the other members are found through the group id. */
export const genericGroupMembershipSchema = z
  .object({
    id: z.string().describe('Identifiant du groupe générique dans CIS_GENER_bdpm.txt ; les autres membres du groupe portent le même.'),
    label: z.string().describe('Libellé du groupe générique.'),
    type: z.enum(genericTypes).describe('Place du médicament dans le groupe : princeps (0), generique (1), complementaire (2) ou substituable (4).'),
    order: z.number().int().describe('Numéro de tri du médicament dans le groupe, selon la BDPM.'),
    from: provenanceSchema.describe('Fichier et ligne de CIS_GENER_bdpm.txt.'),
    absentMembers: z
      .array(
        z
          .object({
            cis: z
              .string()
              .regex(/^\d{8}$/)
              .describe('Code CIS du membre, absent de CIS_bdpm.txt.'),
            type: z.enum(genericTypes).describe('Place de ce membre dans le groupe (voir type).'),
            order: z.number().int().describe('Numéro de tri de ce membre dans le groupe, selon la BDPM.'),
            from: provenanceSchema.describe('Fichier et ligne de CIS_GENER_bdpm.txt.'),
          })
          .describe('Un membre du groupe que CIS_GENER_bdpm.txt liste mais que CIS_bdpm.txt ne contient pas.'),
      )
      .describe('Membres du groupe absents de CIS_bdpm.txt (sans page sur ce site), dans l’ordre du fichier.'),
  })
  .describe('Appartenance du médicament à un groupe générique.');

export const shortageSchema = z
  .object({
    cip13: nullableText.describe('Code CIP13 de la présentation concernée ; null si la ligne vaut pour le médicament.'),
    state: z.enum(shortageStates).describe('État : rupture, tension (d’approvisionnement), arret (de commercialisation) ou remise (à disposition).'),
    label: nullableText.describe('Libellé de l’état, tel qu’écrit dans le fichier ; null si absent.'),
    startDate: nullableDate.describe('Date de début, AAAA-MM-JJ ; null si absente.'),
    updatedDate: nullableDate.describe('Date de mise à jour, AAAA-MM-JJ ; null si absente.'),
    availableAgainDate: nullableDate.describe('Date de remise à disposition, AAAA-MM-JJ ; null si absente.'),
    ansmUrl: nullableUrl.describe('Adresse de la page de l’ANSM sur cette rupture ou tension ; null si absente.'),
    from: provenanceSchema.describe('Fichier et ligne de CIS_CIP_Dispo_Spec.txt.'),
  })
  .describe('Une ligne de disponibilité (rupture, tension, arrêt, remise à disposition), d’après CIS_CIP_Dispo_Spec.txt.');

/** Where a medicine's name comes from: a name column, the ANSM page address, or nowhere. */
export const nameOrigins = ['file', 'ansm-url', 'cis'] as const;
export type NameOrigin = (typeof nameOrigins)[number];

const medicineFields = z.object({
  id: z
    .string()
    .regex(/^(\d{8}|ucd-\d{7,13}|nom-[a-z0-9-]+)$/)
    .describe('Clé de la page du médicament : le code CIS, ou « ucd-… » / « nom-… » pour une entrée de liste que la BDPM ne connaît pas.'),
  cis: z
    .string()
    .regex(/^\d{8}$/)
    .nullable()
    .describe('Code CIS à 8 chiffres ; null hors BDPM.'),
  name: z.string().describe('Dénomination du médicament.'),
  nameOrigin: z
    .enum(nameOrigins)
    .describe(
      'D’où vient le nom : file (colonne de dénomination d’un fichier officiel), ansm-url (tiré de l’adresse de la page de l’ANSM, le fichier des ruptures ne donnant pas de nom) ou cis (aucun nom connu : « CIS » suivi du code).',
    ),
  inBdpm: z.boolean().describe('false pour une entrée connue seulement d’une liste de l’ANSM (médicament importé ou retiré).'),
  form: bdpmText('Forme pharmaceutique'),
  routes: z.array(z.string()).describe('Voies d’administration.'),
  holders: z.array(z.string()).describe('Titulaires de l’autorisation.'),
  ammStatus: bdpmText('Statut administratif de l’AMM'),
  procedure: bdpmText('Type de procédure d’autorisation de mise sur le marché'),
  commercialStatus: bdpmText('État de commercialisation'),
  ammDate: nullableDate.describe('Date d’AMM, AAAA-MM-JJ ; null si absente ou hors BDPM.'),
  bdpmStatus: bdpmText('Statut BDM (alerte ou avertissement)'),
  euNumber: bdpmText('Numéro d’autorisation européenne'),
  enhancedMonitoring: z.boolean().nullable().describe('Sous surveillance renforcée (triangle noir) : true, false, null si non renseigné.'),
  presentations: z.array(presentationSchema).describe('Présentations (boîtes) du médicament.'),
  prescriptionConditions: z.array(prescriptionConditionSchema).describe('Conditions de prescription et de délivrance.'),
  genericGroups: z.array(genericGroupMembershipSchema).describe('Groupes génériques dont le médicament fait partie.'),
  substances: z.array(substanceSchema).describe('Composition : substances actives et fractions thérapeutiques.'),
  retrocession: z.array(retrocessionSchema).describe('Inscriptions sur la liste de rétrocession ; vide si le médicament n’y figure pas.'),
  mitm: mitmSchema.nullable().describe('Inscription sur la liste des MITM ; null si le médicament n’y figure pas.'),
  accesDerogatoire: z.array(accesDerogatoireSchema).describe('Accès dérogatoires (AAC, AAP, CPC) ; vide s’il n’y en a pas.'),
  shortages: z.array(shortageSchema).describe('Lignes de disponibilité (ruptures, tensions, arrêts, remises à disposition).'),
  shortageState: z
    .enum(shortageStates)
    .nullable()
    .describe('L’état le plus grave parmi les lignes de disponibilité (rupture > tension > arret > remise) ; null s’il n’y en a pas.'),
  sources: z
    .array(z.string())
    .describe('Noms des fichiers sources dont l’entrée est tirée (champ « file » du manifeste) ; vide pour un médicament connu seulement par l’historique.'),
  history: z.array(medicineEventSchema).describe('Changements du médicament sur les listes suivies, du plus récent au plus ancien.'),
  retiredOn: nullableDate.describe(
    'Pour un médicament sorti de CIS_bdpm.txt (ou, hors BDPM, disparu de toutes les sources) : date de la première version où il manque, AAAA-MM-JJ ; sinon null.',
  ),
});

/**
 * What the last version that had a withdrawn medicine in CIS_bdpm.txt said of it: kept apart
 * from the medicine's current fields (emptied), so that nothing of it reads as current.
 */
export const lastKnownSchema = medicineFields
  .pick({
    ammStatus: true,
    commercialStatus: true,
    presentations: true,
    prescriptionConditions: true,
    genericGroups: true,
    retrocession: true,
    mitm: true,
    accesDerogatoire: true,
    shortages: true,
    shortageState: true,
  })
  .extend({
    on: isoDateSchema.describe('Date de la dernière version où le médicament figurait dans CIS_bdpm.txt, AAAA-MM-JJ.'),
    files: z
      .record(z.string(), z.string())
      .default({})
      .describe(
        'Fichiers lus par cette version, par identifiant de source (medicines, prescriptionConditions…) : un fait absent d’un fichier non lu n’est pas dit absent.',
      ),
  })
  .describe('Ce que disait la dernière version où le médicament figurait dans la BDPM (médicament retiré), champ par champ comme pour un médicament présent.');

export const medicineSchema = medicineFields
  .extend({
    lastKnown: lastKnownSchema
      .nullable()
      .describe(
        'Pour un médicament sorti de CIS_bdpm.txt : ce qu’en disait la dernière version qui l’avait (lastKnown.on, jusqu’à retiredOn exclu) ; null sinon.',
      ),
  })
  .describe('Un médicament, tel que le site le publie : données de la BDPM et inscriptions sur les listes de l’ANSM.');

export type Medicine = z.infer<typeof medicineSchema>;
export type Presentation = z.infer<typeof presentationSchema>;
export type Shortage = z.infer<typeof shortageSchema>;
export type LastKnown = z.infer<typeof lastKnownSchema>;
export type AccesDerogatoire = z.infer<typeof accesDerogatoireSchema>;
export type PrescriptionCondition = z.infer<typeof prescriptionConditionSchema>;
export type GenericGroupMembership = z.infer<typeof genericGroupMembershipSchema>;
