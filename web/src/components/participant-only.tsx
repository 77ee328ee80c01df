/** Participant pages: a visitor not signed in is sent to sign in and brought back; an ended session
 * leaves the notice at the top of the page; other roles are told their pages are not here yet. */
import type { ComponentChildren } from 'preact';
import { useEffect } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { auth, type User } from '../auth';
import { useTexts } from '../i18n';
import { useSession } from '../session';

export const ParticipantOnly = ({ children }: { children: (user: User) => ComponentChildren }) => {
  const t = useTexts();
  const session = useSession();
  const { url } = useLocation();
  useEffect(() => {
    if (session.kind === 'signed-out') auth.signIn(url);
  }, [session.kind]);
  if (session.kind !== 'signed-in') return null;
  if (!session.session.user.groups.includes('participant')) return <p class="notice">{t.participantsOnly}</p>;
  return <>{children(session.session.user)}</>;
};
