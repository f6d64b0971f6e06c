import { defineLiveCollection } from 'astro:content';
import { medicinesFile } from './lib/content/content-dir.ts';
import { jsonFileLiveLoader } from './lib/content/json-file-live-loader.ts';
import { type Medicine, medicineSchema } from './lib/content/medicine.ts';

/**
 * One entry per medicine, written by the content step (scripts/build-content.ts). A live
 * collection, read when the pages render, so that 15 800 entries do not go through Astro's
 * data store; typed and validated by the same schema (see json-file-live-loader.ts).
 */
const medicines = defineLiveCollection({ loader: jsonFileLiveLoader<Medicine>(medicinesFile), schema: medicineSchema });

export const collections = { medicines };
