/**
 * The shape of one medicine entry, as the data pipeline writes it and the Astro
 * collection loads it. One schema for both ends keeps them in step.
 */
import { z } from 'zod';
import { isoDateSchema } from '../dates.ts';
import { prescriptionCategories } from '../prescription-categories.ts';
import { medicineEventSchema } from './history.ts';

const nullableDate = isoDateSchema.nullable();
const nullableText = z.string().nullable();
const nullableUrl = z.url().nullable();

export const shortageStates = ['rupture', 'tension', 'arret', 'remise'] as const;
export type ShortageState = (typeof shortageStates)[number];

export const accessTypes = ['AAC', 'AAP', 'CPC'] as const;
export type AccessType = (typeof accessTypes)[number];

/** Where a fact came from: the source id in the manifest and the row in that file. */
export const provenanceSchema = z.object({ source: z.string(), row: z.number().int().positive() });

export const presentationSchema = z.object({
  cip7: z.string().regex(/^\d{7}$/),
  cip13: z.string().regex(/^\d{13}$/),
  label: nullableText,
  adminStatus: nullableText,
  commercialStatus: nullableText,
  commercialisationDate: nullableDate,
  collectivities: z.boolean().nullable(),
  reimbursementRate: z.number().nullable(),
  price: z.number().nullable(),
  priceWithFee: z.number().nullable(),
  dispensingFee: z.number().nullable(),
  reimbursementNotes: nullableText,
});

export const substanceSchema = z.object({
  element: nullableText,
  substanceCode: nullableText,
  name: z.string(),
  dosage: nullableText,
  dosageReference: nullableText,
  nature: z.string(),
  link: nullableText,
});

export const retrocessionSchema = z.object({
  ucd: nullableText,
  cip13: nullableText,
  name: z.string(),
  substance: nullableText,
  laboratory: nullableText,
  authorisation: z.enum(['AMM', 'AI']).nullable(),
  inscriptionDate: nullableDate,
  remarks: nullableText,
  from: provenanceSchema,
});

export const mitmSchema = z.object({
  atc: nullableText,
  name: nullableText,
  from: z.array(provenanceSchema).min(1),
});

export const accesDerogatoireSchema = z.object({
  type: z.enum(accessTypes),
  name: z.string(),
  substance: nullableText,
  ucd: nullableText,
  indication: nullableText,
  status: nullableText,
  startDate: nullableDate,
  endDate: nullableDate,
  laboratory: nullableText,
  putRdUrl: nullableUrl,
  rcpUrl: nullableUrl,
  conditionsUrl: nullableUrl,
  from: provenanceSchema,
});

/** A line of CIS_CPD_bdpm.txt, as written, with the category the site sorts it into. */
export const prescriptionConditionSchema = z.object({
  text: z.string(),
  category: z.enum(prescriptionCategories),
  detail: nullableText,
});

/** CIS_GENER_bdpm.txt codes a member's place in its group 0, 1, 2 or 4. */
export const genericTypes = ['princeps', 'generique', 'complementaire', 'substituable'] as const;
export type GenericType = (typeof genericTypes)[number];

/** One membership of a generic group; the other members are found through the group id. */
export const genericGroupMembershipSchema = z.object({
  id: z.string(),
  label: z.string(),
  type: z.enum(genericTypes),
  /** The BDPM's own order of the members within the group. */
  order: z.number().int(),
  from: provenanceSchema,
});

export const shortageSchema = z.object({
  cip13: nullableText,
  state: z.enum(shortageStates),
  label: nullableText,
  startDate: nullableDate,
  updatedDate: nullableDate,
  availableAgainDate: nullableDate,
  ansmUrl: nullableUrl,
  from: provenanceSchema,
});

export const medicineSchema = z.object({
  /** Page key: the CIS code, or `ucd-…` / `nom-…` for a list entry the BDPM does not know. */
  id: z.string().regex(/^(\d{8}|ucd-\d{7,13}|nom-[a-z0-9-]+)$/),
  cis: z.string().regex(/^\d{8}$/).nullable(),
  name: z.string(),
  /** False for an entry known only from an ANSM list (imported or withdrawn medicine). */
  inBdpm: z.boolean(),
  form: nullableText,
  routes: z.array(z.string()),
  holders: z.array(z.string()),
  ammStatus: nullableText,
  procedure: nullableText,
  commercialStatus: nullableText,
  ammDate: nullableDate,
  bdpmStatus: nullableText,
  euNumber: nullableText,
  enhancedMonitoring: z.boolean().nullable(),
  presentations: z.array(presentationSchema),
  prescriptionConditions: z.array(prescriptionConditionSchema),
  genericGroups: z.array(genericGroupMembershipSchema),
  substances: z.array(substanceSchema),
  retrocession: z.array(retrocessionSchema),
  mitm: mitmSchema.nullable(),
  accesDerogatoire: z.array(accesDerogatoireSchema),
  shortages: z.array(shortageSchema),
  /** The most pressing state among the shortage rows (rupture > tension > arrêt > remise). */
  shortageState: z.enum(shortageStates).nullable(),
  /** Source ids (manifest keys) this entry draws on; empty for a medicine known only from the history. */
  sources: z.array(z.string()),
  /** Its changes on the lists, newest first. */
  history: z.array(medicineEventSchema),
  /** For a medicine gone from every source: the date of the version it was last seen missing from. */
  retiredOn: nullableDate,
});

export type Medicine = z.infer<typeof medicineSchema>;
export type Presentation = z.infer<typeof presentationSchema>;
export type Shortage = z.infer<typeof shortageSchema>;
export type AccesDerogatoire = z.infer<typeof accesDerogatoireSchema>;
export type Retrocession = z.infer<typeof retrocessionSchema>;
export type PrescriptionCondition = z.infer<typeof prescriptionConditionSchema>;
export type GenericGroupMembership = z.infer<typeof genericGroupMembershipSchema>;

/**
 * How a source's date was established: the Last-Modified of the download, the "mis à jour le"
 * of the ANSM page, the date the demo set declares, the latest date inside the data, or none.
 */
export const sourceDateHows = ['last-modified', 'page-update', 'demo', 'latest-in-data', 'unknown'] as const;
export type SourceDateHow = (typeof sourceDateHows)[number];

export const manifestSourceSchema = z.object({
  id: z.string(),
  file: z.string(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  size: z.number().int().nonnegative(),
  rows: z.number().int().nonnegative(),
  kept: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  duplicates: z.number().int().nonnegative(),
  /** Lists: kept rows, and those that join a medicine of CIS_bdpm.txt. */
  joinShare: z.object({ rows: z.number().int().nonnegative(), joined: z.number().int().nonnegative() }).nullable(),
  /** The data's date, established as `dateHow` says (scripts/lib/source-dates.ts); null when nothing dates it. */
  date: nullableDate,
  dateHow: z.enum(sourceDateHows),
  originUrl: z.url().nullable(),
  encoding: z.string().nullable(),
  demo: z.boolean(),
});

export const manifestSchema = z.object({
  demo: z.boolean(),
  sources: z.array(manifestSourceSchema),
  counts: z.record(z.string(), z.number().int().nonnegative()),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type ManifestSource = z.infer<typeof manifestSourceSchema>;
