/** Every page's frame: a skip link, the header with the navigation and the language switch, the
 * notice when the session has ended, and the page's own content. */
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import type { Role } from '../../api/contract';
import { auth } from '../../auth';
import { setLanguage, useTexts } from '../../i18n';
import { useSession } from '../../session';
import './style.css';

/** The pages each role works in, by the token's groups; someone with none of these roles keeps "my innovations". */
type RoleLink = 'navMine' | 'navJudging' | 'navVerification' | 'navSecretariat';
const roleLinks = (groups: Role[]): [string, RoleLink][] => {
  const links: [string, RoleLink][] = [];
  if (groups.includes('admin')) links.push(['/sekretariat', 'navSecretariat']);
  if (groups.includes('jury')) links.push(['/penilaian', 'navJudging']);
  if (groups.includes('verifier')) links.push(['/verifikasi', 'navVerification']);
  if (groups.includes('participant') || !links.length) links.push(['/inovasi', 'navMine']);
  return links;
};

export const Layout = ({ children }: { children: ComponentChildren }) => {
  const t = useTexts();
  const session = useSession();
  const { path } = useLocation();
  const link = (href: string, label: string) => (
    <li key={href}>
      <a href={href} aria-current={path === href ? 'page' : href !== '/' && path.startsWith(`${href}/`) ? 'true' : undefined}>
        {label}
      </a>
    </li>
  );
  return (
    <>
      <a class="skip-link" href="#content">
        {t.skipToContent}
      </a>
      <header class="site-header">
        <div class="site-header__inner">
          <a class="site-header__name" href="/">
            <span>{t.siteName}</span>
            <span class="site-header__regency">{t.regency}</span>
          </a>
          <button type="button" class="site-header__language" lang={t.language === 'id' ? 'en' : 'id'} aria-label={t.switchLanguageLabel} onClick={() => setLanguage(t.language === 'id' ? 'en' : 'id')}>
            {t.switchLanguage}
          </button>
        </div>
        <nav class="site-nav" aria-label={t.navLabel}>
          <ul>
            {link('/', t.navHome)}
            {link('/hasil', t.navResults)}
            {auth.kind === 'local' && link('/kotak-keluar', t.navOutbox)}
            {session.kind === 'signed-in' ? (
              <>
                {roleLinks(session.session.user.groups).map(([href, label]) => link(href, t[label]))}
                <li>
                  <button type="button" class="site-nav__link" onClick={() => auth.signOut()}>
                    {t.signOut}
                  </button>
                </li>
              </>
            ) : (
              link('/masuk', t.navSignIn)
            )}
          </ul>
        </nav>
      </header>
      <main id="content" tabIndex={-1}>
        {session.kind === 'expired' && (
          <div class="notice error" role="alert">
            <h2>{t.sessionExpiredTitle}</h2>
            <p>{t.sessionExpiredBody}</p>
            <button type="button" class="button" onClick={() => auth.signIn(path)}>
              {t.signInAgain}
            </button>
          </div>
        )}
        {children}
      </main>
    </>
  );
};
