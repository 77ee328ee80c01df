/** Every secretariat page: only for the secretariat (the `admin` group), with the area's own menu on
 * top so each of its tasks is one tap away. */
import type { ComponentChildren } from 'preact';
import { useLocation } from 'preact-iso';
import type { User } from '../auth';
import { RoleOnly } from '../components/role-only';
import { useAreaTexts } from '../i18n';
import { secretariatTexts, type SecretariatTexts } from './texts';
import './style.css';

/** The area's pages, in the order of the secretariat's year. */
export const SECRETARIAT_PAGES: readonly [string, keyof SecretariatTexts][] = [
  ['/sekretariat', 'secDashboard'],
  ['/sekretariat/seleksi', 'secScreening'],
  ['/sekretariat/panel', 'secPanel'],
  ['/sekretariat/peringkat', 'secRankings'],
  ['/sekretariat/sanggahan', 'secObjections'],
  ['/sekretariat/kepatuhan', 'secCompliance'],
  ['/sekretariat/jadwal', 'secCalendar'],
  ['/sekretariat/pengumuman', 'secAnnouncement'],
  ['/sekretariat/ekspor', 'secExports'],
  ['/sekretariat/audit', 'secAudit'],
];

export const useSecretariatTexts = () => useAreaTexts(secretariatTexts);

export const SecretariatFrame = ({ children }: { children: (user: User) => ComponentChildren }) => {
  const t = useSecretariatTexts();
  const { path } = useLocation();
  return (
    <RoleOnly role="admin" refusal={t.secretariatOnly}>
      {(user) => (
        <>
          <nav class="secretariat-nav" aria-label={t.secretariatNavLabel}>
            <ul>
              {SECRETARIAT_PAGES.map(([href, label]) => (
                <li key={href}>
                  <a href={href} aria-current={path === href || (href !== '/sekretariat' && path.startsWith(`${href}/`)) ? 'page' : undefined}>
                    {t[label]}
                  </a>
                </li>
              ))}
            </ul>
          </nav>
          {children(user)}
        </>
      )}
    </RoleOnly>
  );
};
