/**
 * Reads the ANSM Open Data package of a sources folder into the same parsed records as the
 * BDPM files (scripts/sources/bdpm-files.ts), so that the join, the checks and the pages do not
 * know which format a fact came from. Each resource the site reads is accounted for like a
 * file (rows read / kept / rejected / duplicates, file + row + column in every rejection); a
 * resource the site does not use is listed "non utilisé"; a fact also carried by a BDPM .txt
 * file of the folder is read from one of the two only (resources.ts, preferredForFact).
 */
import type { BdpmFileId, BdpmRecord } from '../bdpm-files.ts';
import { bdpmFiles } from '../bdpm-files.ts';
import type { JoinInputs } from '../../lib/join-medicines.ts';
import { type ParsedSource, dropDuplicates } from '../../lib/parse/records.ts';
import { SourceError } from '../../lib/problems.ts';
import { type Descriptor, type DescriptorResource, packageDate, parseDescriptor } from './descriptor.ts';
import { type PackageFiles, openPackage } from './package-files.ts';
import { type ResourceRecord, readResource } from './read-resource.ts';
import { type PackageResourceName, type ResourceSpec, mainResourceOf, packageFacts, packageResources, preferredForFact } from './resources.ts';
import {
  CodeColumn,
  ammStatusCodes,
  availabilityCodes,
  genericRoleCodes,
  presentationCommercialCodes,
  presentationStatusCodes,
  procedureCodes,
} from './codes.ts';

/** One resource read, as the accounting and the manifest need it. */
export interface PackageSource {
  id: BdpmFileId;
  file: string;
  bytes: Uint8Array;
  parsed: ParsedSource<Record<string, unknown>>;
  encoding: string;
}

export interface PackageRead {
  descriptor: Descriptor;
  /** The package's own date (descriptor `created`), or null. */
  date: string | null;
  inputs: JoinInputs;
  sources: PackageSource[];
  warnings: Array<{ file: string; message: string }>;
  unused: Array<{ file: string; why: string }>;
  /** BDPM .txt files of the folder not read because the package carries their facts, and why. */
  replaced: Array<{ id: BdpmFileId; file: string; why: string }>;
}

type Rows = ParsedSource<ResourceRecord>;

/** The facts the package gives, read from their resources. */
interface ResourceRows {
  get(name: PackageResourceName): Rows | undefined;
}

function keyed(rows: Rows | undefined, key: (value: ResourceRecord) => string): Map<string, ResourceRecord[]> {
  const byKey = new Map<string, ResourceRecord[]>();
  for (const { value } of rows?.records ?? []) {
    const list = byKey.get(key(value)) ?? [];
    list.push(value);
    byKey.set(key(value), list);
  }
  return byKey;
}

const text = (value: unknown) => (value === null || value === undefined ? null : String(value));

function unknownAvailabilityWarning(file: string, codes: Set<string>): Array<{ file: string; message: string }> {
  if (codes.size === 0) return [];
  const quoted = [...codes].map((code) => `« ${code} »`).join(', ');
  return [{ file, message: `colonne « disponibilite » : code(s) inconnu(s), gardé(s) tel(s) qu'écrit(s), état de commercialisation non déduit : ${quoted}` }];
}

/** Rows of a main resource turned into the BDPM record of its fact; rows that cannot be are rejected. */
function mapRows<T>(rows: Rows, toRecord: (value: ResourceRecord, row: number) => T | string): ParsedSource<T> {
  const mapped: ParsedSource<T> = { ...rows, records: [], rejections: [...rows.rejections] };
  for (const { row, value } of rows.records) {
    const record = toRecord(value, row);
    if (typeof record === 'string') mapped.rejections.push({ file: rows.file, row, column: record.split('\u0000')[0], reason: record.split('\u0000')[1] });
    else mapped.records.push({ row, value: record });
  }
  return mapped;
}

const reject = (column: string, reason: string) => `${column}\u0000${reason}`;

function medicines(rows: ResourceRows, warnings: PackageRead['warnings']): ParsedSource<BdpmRecord<'medicines'>> | undefined {
  const specialites = rows.get('specialite');
  if (!specialites) return undefined;
  const holders = keyed(rows.get('specialite_titulaire'), (value) => String(value.cis));
  const ammStatus = new CodeColumn(ammStatusCodes);
  const procedure = new CodeColumn(procedureCodes);
  const unknownAvailability = new Set<string>();
  const parsed = mapRows(specialites, (value) => {
    const availability = text(value.disponibilite);
    const known = availability === null ? null : availabilityCodes[availability];
    if (availability !== null && !known) unknownAvailability.add(availability);
    return {
      cis: String(value.cis),
      name: String(value.denomination),
      form: null,
      routes: null,
      ammStatus: ammStatus.label(text(value.statut_amm)),
      procedure: procedure.label(text(value.procedure)),
      commercialStatus: known?.commercialStatus ?? availability,
      ammDate: text(value.date_amm),
      bdpmStatus: known?.bdpmStatus ?? null,
      euNumber: null,
      holders: (holders.get(String(value.cis)) ?? []).map((holder) => String(holder.raison_sociale)).join(';') || null,
      enhancedMonitoring: null,
    };
  });
  warnings.push(
    ...ammStatus.warnings(specialites.file, 'statut_amm'),
    ...procedure.warnings(specialites.file, 'procedure'),
    ...unknownAvailabilityWarning(specialites.file, unknownAvailability),
  );
  return dropDuplicates(parsed, bdpmFiles.medicines.keyOf);
}

function presentations(rows: ResourceRows, warnings: PackageRead['warnings']): ParsedSource<BdpmRecord<'presentations'>> | undefined {
  const source = rows.get('presentation');
  if (!source) return undefined;
  const adminStatus = new CodeColumn(presentationStatusCodes);
  const commercialStatus = new CodeColumn(presentationCommercialCodes);
  const parsed = mapRows(source, (value) => ({
    cis: String(value.cis),
    cip7: String(value.cip7),
    label: text(value.denomination),
    adminStatus: adminStatus.label(text(value.statut)),
    commercialStatus: commercialStatus.label(text(value.statut_commercialisation)),
    commercialisationDate: text(value.date_commercialisation),
    cip13: String(value.cip),
    // Not in the package: prices, rates and agrément come only from CIS_CIP_bdpm.txt.
    collectivities: null,
    reimbursementRate: null,
    price: null,
    priceWithFee: null,
    dispensingFee: null,
    reimbursementNotes: null,
  }));
  warnings.push(...adminStatus.warnings(source.file, 'statut'), ...commercialStatus.warnings(source.file, 'statut_commercialisation'));
  return dropDuplicates(parsed, bdpmFiles.presentations.keyOf);
}

function substances(rows: ResourceRows): ParsedSource<BdpmRecord<'substances'>> | undefined {
  const source = rows.get('composant');
  if (!source) return undefined;
  const elements = keyed(rows.get('element'), (value) => `${value.cis}\t${value.numero_element}`);
  const parsed = mapRows(source, (value) => ({
    cis: String(value.cis),
    element: text(elements.get(`${value.cis}\t${value.numero_element}`)?.[0]?.denomination),
    substanceCode: text(value.code_substance),
    name: String(value.substance),
    dosage: text(value.dosage),
    // The package has no "référence du dosage"; its component number stands where the BDPM's SA/FT link number was.
    dosageReference: null,
    nature: String(value.nature),
    link: text(value.numero_composant),
  }));
  return dropDuplicates(parsed, bdpmFiles.substances.keyOf);
}

function prescriptionConditions(rows: ResourceRows): ParsedSource<BdpmRecord<'prescriptionConditions'>> | undefined {
  const source = rows.get('specialite_delivrance');
  if (!source) return undefined;
  const labels = keyed(rows.get('delivrance'), (value) => String(Number(value.code)));
  const parsed = mapRows(source, (value) => {
    const label = labels.get(String(Number(value.code_delivrance)))?.[0];
    const condition = text(label?.libelle_long) ?? text(label?.libelle_court);
    if (!label) return reject('« code_delivrance »', `code ${value.code_delivrance} absent de la ressource « delivrance »`);
    if (!condition) return reject('« code_delivrance »', `code ${value.code_delivrance} sans libellé dans la ressource « delivrance »`);
    return { cis: String(value.cis), condition };
  });
  return dropDuplicates(parsed, bdpmFiles.prescriptionConditions.keyOf);
}

function genericGroups(rows: ResourceRows): ParsedSource<BdpmRecord<'genericGroups'>> | undefined {
  const source = rows.get('specialite_groupe_generique');
  if (!source) return undefined;
  const groups = keyed(rows.get('groupe_generique'), (value) => String(Number(value.code_groupe)));
  const parsed = mapRows(source, (value) => {
    const groupId = String(Number(value.code_groupe));
    const group = groups.get(groupId)?.[0];
    const type = genericRoleCodes[String(value.role)];
    if (!group) return reject('« code_groupe »', `groupe ${groupId} absent de la ressource « groupe_generique »`);
    if (!type) {
      return reject('« role »', `rôle « ${value.role} » sans correspondance établie avec les types de la BDPM (${Object.keys(genericRoleCodes).join(', ')})`);
    }
    return { groupId, label: String(group.libelle), cis: String(value.cis), type, order: Number(value.rang) };
  });
  return dropDuplicates(parsed, bdpmFiles.genericGroups.keyOf);
}

/** Which package resources to read, given the .txt files the folder holds for the same facts. */
function plan(descriptor: Descriptor, txtFiles: Partial<Record<string, string>>, label: (path: string) => string) {
  const present = new Map(descriptor.resources.map((resource) => [resource.name, resource]));
  const replaced: PackageRead['replaced'] = [];
  const skippedFacts = new Set<BdpmFileId>();
  for (const fact of packageFacts) {
    const txt = txtFiles[fact];
    const main = mainResourceOf(fact);
    if (!txt || !main || !present.has(main)) continue;
    const preference = preferredForFact[fact];
    if (preference?.use === 'txt') skippedFacts.add(fact);
    else
      replaced.push({
        id: fact,
        file: txt,
        why: `non utilisé : la ressource « ${main} » du datapackage porte les mêmes faits (${preference?.why ?? 'source qui remplace la BDPM'})`,
      });
  }
  const unused: PackageRead['unused'] = [];
  const toRead: Array<[PackageResourceName, DescriptorResource]> = [];
  for (const resource of descriptor.resources) {
    const spec = (packageResources as Record<string, ResourceSpec>)[resource.name];
    if (!spec) unused.push({ file: label(resource.path), why: `ressource « ${resource.name} » du datapackage, non utilisée par le site` });
    else if (skippedFacts.has(spec.feeds)) {
      const txt = txtFiles[spec.feeds]!;
      unused.push({ file: label(resource.path), why: `non utilisé : ${txt} est lu pour ces faits (${preferredForFact[spec.feeds]!.why})` });
    } else toRead.push([resource.name as PackageResourceName, resource]);
  }
  return { toRead, replaced, unused };
}

export async function readDatapackage(dir: string, entry: string, txtFiles: Partial<Record<string, string>>): Promise<PackageRead> {
  const files: PackageFiles = await openPackage(dir, entry);
  const descriptorFile = files.label(entry.toLowerCase().endsWith('.zip') ? 'datapackage.json' : entry);
  const descriptor = parseDescriptor(files.descriptor, descriptorFile);
  const { toRead, replaced, unused } = plan(descriptor, txtFiles, files.label);
  const warnings: PackageRead['warnings'] = [];
  const rowsByName = new Map<PackageResourceName, Rows>();
  const sources: PackageSource[] = [];
  const names = new Set(toRead.map(([name]) => name));
  for (const [name, spec] of Object.entries(packageResources) as Array<[PackageResourceName, ResourceSpec]>) {
    if (spec.neededBy && names.has(spec.neededBy as PackageResourceName) && !names.has(name)) {
      throw new SourceError({ file: descriptorFile }, `ressource « ${name} » absente du descripteur : sans elle, « ${spec.neededBy} » ne peut pas être lue`);
    }
  }
  if (!names.has('specialite') && !txtFiles.medicines && names.size > 0) {
    throw new SourceError(
      { file: descriptorFile },
      'ressource « specialite » absente (et pas de CIS_bdpm.txt) : sans elle, chaque médicament serait dit absent de la base',
    );
  }
  // Main resources first: a fact's sources are named by the first file of its id (the pages' "Source :").
  toRead.sort(([a], [b]) => Number(packageResources[b].main) - Number(packageResources[a].main));
  for (const [name, resource] of toRead) {
    const file = files.label(resource.path);
    const bytes = await files.read(resource.path);
    if (bytes === null)
      throw new SourceError({ file: descriptorFile }, `ressource « ${name} » : fichier « ${resource.path} » nommé par le descripteur, absent du paquet`);
    const { parsed, encoding, extraFields } = readResource(resource, packageResources[name], bytes, file);
    if (extraFields.length > 0) parsed.warnings.push(`champ(s) en plus, non utilisé(s) par le site : ${extraFields.map((field) => `« ${field} »`).join(', ')}`);
    warnings.push(...parsed.warnings.map((message) => ({ file, message })));
    rowsByName.set(name, parsed);
    sources.push({ id: packageResources[name].feeds, file, bytes, parsed, encoding });
  }
  if (!names.has('specialite_titulaire') && names.has('specialite')) {
    warnings.push({ file: descriptorFile, message: 'ressource « specialite_titulaire » absente : titulaires non chargés' });
  }
  const rows: ResourceRows = { get: (name) => rowsByName.get(name) };
  const inputs: JoinInputs = {};
  const put = <K extends keyof JoinInputs>(key: K, value: JoinInputs[K]) => {
    if (value) inputs[key] = value;
  };
  put('medicines', medicines(rows, warnings));
  put('presentations', presentations(rows, warnings));
  put('substances', substances(rows));
  put('prescriptionConditions', prescriptionConditions(rows));
  put('genericGroups', genericGroups(rows));
  // A main resource's accounting is its mapped rows: rejections for unknown codes and duplicates included.
  for (const source of sources) {
    const mapped = (Object.values(inputs) as Array<ParsedSource<Record<string, unknown>>>).find((parsed) => parsed.file === source.file);
    if (mapped) source.parsed = mapped;
  }
  return { descriptor, date: packageDate(descriptor), inputs, sources, warnings, unused, replaced };
}
