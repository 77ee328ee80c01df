/** Sign-in. On the local stack: sample users of every kind, one button each. In AWS (Cognito): the
 * page hands over to managed login at once, with a button in case the browser stays. */
import { useEffect, useState } from 'preact/hooks';
import { useLocation } from 'preact-iso';
import { SAMPLE_INSTITUTIONS, type DevUser } from '../../api/local';
import { Problem } from '../../components/problem';
import { auth } from '../../auth';
import { localSignIn } from '../../auth/local-sign-in';
import { useTexts } from '../../i18n';

export default function SignIn() {
  const { query } = useLocation();
  const returnTo = query.kembali?.startsWith('/') && !query.kembali.startsWith('//') ? query.kembali : undefined;
  return auth.kind === 'cognito' ? <ManagedSignIn returnTo={returnTo ?? '/inovasi'} /> : <LocalSignIn returnTo={returnTo} />;
}

const ManagedSignIn = ({ returnTo }: { returnTo: string }) => {
  const t = useTexts();
  useEffect(() => auth.signIn(returnTo), [returnTo]);
  return (
    <>
      <h1>{t.signInTitle}</h1>
      <p>{t.signInManaged}</p>
      <button type="button" class="button" onClick={() => auth.signIn(returnTo)}>
        {t.signInContinue}
      </button>
    </>
  );
};

const LocalSignIn = ({ returnTo }: { returnTo: string | undefined }) => {
  const t = useTexts();
  const { route } = useLocation();
  const [error, setError] = useState<unknown>();
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
};
