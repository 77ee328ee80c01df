/** The app's settings. The edition it registers in and shows on its home page is a build-time
 * setting (a participant's own innovations come from every edition, GET /innovations); everything
 * that differs between stages comes from `/config.json` at start, so one build serves them all. */
import { CONFIG_PATH, type SiteConfig } from './site-config';

export const CURRENT_EDITION: string = import.meta.env.VITE_EDITION_ID ?? 'pik-2023';

/** The stage's settings; without a config file (a bare `vite preview`), the local sign-in. */
export const loadSiteConfig = async (): Promise<SiteConfig> => {
  const res = await fetch(CONFIG_PATH).catch(() => undefined);
  return res?.ok ? ((await res.json()) as SiteConfig) : { signIn: 'local' };
};
