/** The edition the app registers in and shows on its home page (a build-time setting). A
 * participant's own innovations come from every edition (GET /innovations). */
export const CURRENT_EDITION: string = import.meta.env.VITE_EDITION_ID ?? 'pik-2023';
