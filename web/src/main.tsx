/** The web app: the public pages, the participant's journey, the jury's and field verifiers' pages,
 * and on the local stack its outbox. The home page is in the first
 * download; every other page is its own chunk, loaded when it is first opened. */
import { render } from 'preact';
import { lazy, LocationProvider, Route, Router } from 'preact-iso';
import { configureClient } from './api/client';
import { auth, startAuth } from './auth';
import { Layout } from './components/layout';
import { loadSiteConfig } from './config';
import { currentLanguage } from './i18n';
import { Home } from './pages/home';
import './style.css';


const Results = lazy(() => import('./pages/results'));
const Objection = lazy(() => import('./pages/objection'));
const SignIn = lazy(() => import('./pages/sign-in'));
const Mine = lazy(() => import('./pages/mine'));
const Register = lazy(() => import('./pages/register'));
const InnovationPage = lazy(() => import('./pages/innovation'));
const Documents = lazy(() => import('./pages/documents'));
const Check = lazy(() => import('./pages/check'));
const Judging = lazy(() => import('./pages/judging'));
const JudgingEntry = lazy(() => import('./pages/judging-entry'));
const Verification = lazy(() => import('./pages/verification'));
const VerificationEntry = lazy(() => import('./pages/verification-entry'));
const SecretariatScreening = lazy(() => import('./pages/secretariat-screening'));
const SecretariatPanel = lazy(() => import('./pages/secretariat-panel'));
const SecretariatRankings = lazy(() => import('./pages/secretariat-rankings'));
const SecretariatObjections = lazy(() => import('./pages/secretariat-objections'));
// The secretariat's operations pages.
const SecretariatDashboard = lazy(() => import('./pages/secretariat-dashboard'));
const SecretariatCompliance = lazy(() => import('./pages/secretariat-compliance'));
const SecretariatCalendar = lazy(() => import('./pages/secretariat-calendar'));
const SecretariatAnnouncement = lazy(() => import('./pages/secretariat-announcement'));
const SecretariatExports = lazy(() => import('./pages/secretariat-exports'));
const SecretariatAudit = lazy(() => import('./pages/secretariat-audit'));
const Outbox = lazy(() => import('./pages/outbox'));
const NotFound = lazy(() => import('./pages/not-found'));

const App = () => (
  <LocationProvider>
    <Layout>
      <Router onRouteChange={() => document.getElementById('content')?.focus()}>
        <Route path="/" component={Home} />
        <Route path="/hasil" component={Results} />
        <Route path="/hasil/:id/sanggahan" component={Objection} />
        <Route path="/masuk" component={SignIn} />
        <Route path="/inovasi" component={Mine} />
        <Route path="/inovasi/baru" component={Register} />
        <Route path="/inovasi/:id/langkah/:step" component={Register} />
        <Route path="/inovasi/:id/dokumen" component={Documents} />
        <Route path="/inovasi/:id/periksa" component={Check} />
        <Route path="/inovasi/:id" component={InnovationPage} />
        <Route path="/penilaian" component={Judging} />
        <Route path="/penilaian/:id" component={JudgingEntry} />
        <Route path="/verifikasi" component={Verification} />
        <Route path="/verifikasi/:id" component={VerificationEntry} />
        <Route path="/sekretariat/seleksi" component={SecretariatScreening} />
        <Route path="/sekretariat/panel" component={SecretariatPanel} />
        <Route path="/sekretariat/peringkat" component={SecretariatRankings} />
        <Route path="/sekretariat/sanggahan" component={SecretariatObjections} />
        <Route path="/sekretariat" component={SecretariatDashboard} />
        <Route path="/sekretariat/kepatuhan" component={SecretariatCompliance} />
        <Route path="/sekretariat/jadwal" component={SecretariatCalendar} />
        <Route path="/sekretariat/pengumuman" component={SecretariatAnnouncement} />
        <Route path="/sekretariat/ekspor" component={SecretariatExports} />
        <Route path="/sekretariat/audit" component={SecretariatAudit} />
        <Route path="/sekretariat/audit/:id" component={SecretariatAudit} />
        {/* Listed in the navigation on the local stack only; elsewhere its endpoint does not exist. */}
        <Route path="/kotak-keluar" component={Outbox} />
        <Route default component={NotFound} />
      </Router>
    </Layout>
  </LocationProvider>
);

// The stage's settings first: they say who signs people in and where the API is.
void loadSiteConfig().then(async (config) => {
  await startAuth(config);
  configureClient({
    baseUrl: config.signIn === 'cognito' ? config.apiUrl : '',
    token: () => {
      const state = auth.state();
      return state.kind === 'signed-in' ? state.session.token : undefined;
    },
    onUnauthorized: () => auth.expire(),
    language: currentLanguage,
  });
  render(<App />, document.getElementById('app')!);
});
