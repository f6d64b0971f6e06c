/** The kinds of accès dérogatoire, apart from the schema so that page scripts can use them without loading zod. */
export const accessTypes = ['AAC', 'AAP', 'CPC'] as const;
export type AccessType = (typeof accessTypes)[number];
