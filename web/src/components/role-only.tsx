/** Pages of one role (or, without one, of anyone signed in): a visitor not signed in is sent to sign
 * in and brought back; an ended session leaves the notice at the top of the page; someone signed in
 * without the role is told the page is not for them. */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import type { Role } from '../api/contract';
import { auth, type User } from '../auth';
import { useTexts } from '../i18n';
import { useSession } from '../session';

export const RoleOnly = ({ role, refusal, children }: { role?: Role; refusal: string; children: (user: User) => ComponentChildren }) => {
  const session = useSession();
  const { url } = useLocation();
  useEffect(() => {
    if (session.kind === 'signed-out') auth.signIn(url);
  }, [session.kind]);
  if (session.kind !== 'signed-in') return null;
  if (role && !session.session.user.groups.includes(role)) return <p class="notice">{refusal}</p>;
  return <>{children(session.session.user)}</>;
};

export const ParticipantOnly = ({ children }: { children: (user: User) => ComponentChildren }) => {
  const t = useTexts();
  return (
    <RoleOnly role="participant" refusal={t.participantsOnly}>
      {children}
    </RoleOnly>
  );
};
