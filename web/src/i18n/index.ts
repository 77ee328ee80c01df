/** The reader's language (Indonesian first, English on request, kept on the phone) and the texts and
 * dates in it. A dictionary per language is all the app needs: an i18n library would cost more than
 * the texts. */
import { useEffect, useState } from 'preact/hooks';
import type { Language } from '../../../shared/messages/language';
import { en } from './en';
import { id, type Dictionary } from './id';

export type { Language };
const DICTIONARIES: Record<Language, Dictionary> = { id, en };
const STORAGE_KEY = 'pik.language';

let language: Language = localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'id';
const listeners = new Set<() => void>();
document.documentElement.lang = language;

export const currentLanguage = (): Language => language;
export const setLanguage = (next: Language): void => {
  language = next;
  localStorage.setItem(STORAGE_KEY, next);
  document.documentElement.lang = next;
  listeners.forEach((l) => l());
};

/** Re-renders the component when the reader switches language. */
const useLanguage = (): Language => {
  const [, redraw] = useState(0);
  useEffect(() => {
    const l = () => redraw((n) => n + 1);
    listeners.add(l);
    return () => void listeners.delete(l);
  }, []);
  return language;
};

/** The texts in the reader's language; re-renders the component when it changes. */
export const useTexts = (): Dictionary & { language: Language } => {
  const current = useLanguage();
  return { ...DICTIONARIES[current], language: current };
};

/** The texts of one area of the app (the secretariat's pages), kept in that area's own chunk so the
 * public and participant pages never download them: the common texts plus the area's own. */
export const useAreaTexts = <T extends object>(area: Record<Language, T>): Dictionary & T & { language: Language } => {
  const current = useLanguage();
  return { ...DICTIONARIES[current], ...area[current], language: current };
};

export { formatDate, formatWita } from './dates';

/** A number as people read it: "72,5" in Indonesian, "72.5" in English. */
export const formatNumber = (n: number, lang: Language): string => n.toLocaleString(lang === 'id' ? 'id-ID' : 'en-GB', { maximumFractionDigits: 1 });
