/** Addresses of the site's generated pages, in one place (the route is src/pages/medicaments/[id].astro). */

export const medicinePagePath = (id: string): string => `/medicaments/${id}/`;
