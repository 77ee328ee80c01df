/** The local stack's development sign-in: sample users of every kind, one button each. In AWS this
 * page is replaced by Cognito's managed login (see `auth/`). */
import { useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { SAMPLE_INSTITUTIONS, type DevUser } from '../../api/local';
import { Problem } from '../../components/problem';
import { localSignIn } from '../../auth/local-sign-in';
import { useTexts } from '../../i18n';

export default function SignIn() {
  const t = useTexts();
  const { query, route } = useLocation();
  const [error, setError] = useState<unknown>();
  const returnTo = query.kembali?.startsWith('/') && !query.kembali.startsWith('//') ? query.kembali : undefined;
  /** Without a page to go back to, each role starts at its own work. */
  const home = (user: DevUser) => (user.groups.includes('jury') ? '/penilaian' : user.groups.includes('verifier') ? '/verifikasi' : '/inovasi');
  const signIn = async (user: DevUser) => {
    try {
      await localSignIn.signInAs(user);
      route(returnTo ?? home(user));
    } catch (err) {
      setError(err);
    }
  };
  const button = (user: DevUser, name: string) => (
    <li key={user.sub}>
      <button type="button" class="button secondary" onClick={() => signIn(user)}>
        {t.signInAs(name)}
      </button>
    </li>
  );
  return (
    <>
      <h1>{t.signInTitle}</h1>
      <p class="panel">{t.signInLocal}</p>
      {error !== undefined && <Problem error={error} />}
      <h2>{t.participantsInstitution}</h2>
      <ul class="plain">{SAMPLE_INSTITUTIONS.map((i) => button({ sub: `peserta-${i.institutionId}`, groups: ['participant'], institutionId: i.institutionId }, i.name))}</ul>
      <h2>{t.participantsPersonal}</h2>
      <ul class="plain">{button({ sub: 'peserta-perorangan', groups: ['participant'] }, t.personalParticipant)}</ul>
      <h2>{t.staff}</h2>
      <ul class="plain">
        {button({ sub: 'juri-1', groups: ['jury'] }, t.roleJury)}
        {button({ sub: 'verifikator-1', groups: ['verifier'] }, t.roleVerifier)}
        {button({ sub: 'sekretariat-brida', groups: ['admin'] }, t.roleAdmin)}
      </ul>
    </>
  );
}
