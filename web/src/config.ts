/** Which editions the app shows. The API has no list of editions yet: the home page shows the
 * current one, and "my innovations" looks in each edition named here (build-time settings). */
export const CURRENT_EDITION: string = import.meta.env.VITE_EDITION_ID ?? 'pik-2023';
export const EDITIONS: string[] = (import.meta.env.VITE_EDITION_IDS ?? CURRENT_EDITION).split(',').filter(Boolean);
