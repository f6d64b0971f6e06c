/** The folder the content step writes: content/data, or CONTENT_DIR (the whole build and the test builds set it). */
export const contentDirFrom = (env: Record<string, string | undefined>): string => env.CONTENT_DIR ?? 'content/data';

/** Read by the Astro configuration and both collection configurations, so that they load the same files. */
export const contentDir = contentDirFrom(process.env);

/** The medicines, one per line: the live collection's file, also published as the open-data export. */
export const medicinesFile = `${contentDir}/medicines.json`;
