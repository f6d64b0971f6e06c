import { join } from 'node:path';
import { defineLiveCollection } from 'astro:content';
import { jsonFileLiveLoader } from './lib/content/json-file-live-loader.ts';
import { type Medicine, medicineSchema } from './lib/content/medicine.ts';

/** Same folder as the build-time collections (src/content.config.ts). */
const contentDir = process.env.CONTENT_DIR ?? 'content/data';

/**
 * One entry per medicine, written by the content step (scripts/build-content.ts). A live
 * collection, read when the pages render, so that 15 800 entries do not go through Astro's
 * data store; typed and validated by the same schema (see json-file-live-loader.ts).
 */
const medicines = defineLiveCollection({ loader: jsonFileLiveLoader<Medicine>(join(contentDir, 'medicines.json')), schema: medicineSchema });

export const collections = { medicines };
