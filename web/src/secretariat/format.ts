/** Figures the secretariat's pages share: a share as a percentage, and a download saved from the
 * browser (a Blob behind a temporary link: works on a phone, and the token stays in the request). */
import type { Language } from '../i18n';

/** 0.25 → "25%" ("25,5%" in Indonesian). */
export const formatShare = (share: number, language: Language): string =>
  share.toLocaleString(language === 'id' ? 'id-ID' : 'en-GB', { style: 'percent', maximumFractionDigits: 1 });

export const saveFile = (blob: Blob, fileName: string): void => {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName });
  document.body.append(link);
  link.click();
  link.remove();
  // The browser has taken the file once the click is handled; the URL is only needed until then.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
};
