/** "Verifikasi lapangan": the nominees a field verifier is to visit, per category, each with its
 * institution and district (from the institution registry) or affiliation, and whom to call. */
import type { Institution } from '../../api/contract';
import { CATEGORY_LABELS, getEdition, serverOffset } from '../../api/editions';
import { institutions, panelEntries, windowEnd } from '../../api/judging';
import { Countdown } from '../../components/countdown';
import { Loading, Problem } from '../../components/problem';
import { RoleOnly } from '../../components/role-only';
import { CURRENT_EDITION } from '../../config';
import { formatWita, useTexts } from '../../i18n';
import { useLoad } from '../../load';
import './style.css';

export default function Verification() {
  const t = useTexts();
  return (
    <RoleOnly role="verifier" refusal={t.verifiersOnly}>
      {() => <Nominees />}
    </RoleOnly>
  );
}

const Nominees = () => {
  const t = useTexts();
  const loaded = useLoad(() => Promise.all([getEdition(CURRENT_EDITION), serverOffset(), panelEntries(CURRENT_EDITION), institutions()]), []);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const [edition, offset, entries, registry] = loaded.data;
  const byId = new Map<string, Institution>(registry.map((i) => [i.institutionId, i]));
  const open = edition.currentStage === 'FIELD_VERIFICATION';
  const end = open && windowEnd(edition, 'FIELD_VERIFICATION');
  const byCategory = edition.categories.map((c) => [c, entries.filter((i) => i.category === c).sort((a, b) => a.title.localeCompare(b.title, 'id'))] as const).filter(([, list]) => list.length);
  return (
    <>
      <h1>{t.verificationTitle}</h1>
      {open ? (
        end && (
          <div class="panel">
            <p>{t.verificationWindow(formatWita(end, t))}</p>
            <p>
              {t.timeLeft}: <strong><Countdown until={end} offset={offset} /></strong>
            </p>
          </div>
        )
      ) : (
        <p class="panel">{t.verificationNotOpen}</p>
      )}
      <h2>{t.nomineesToVisit}</h2>
      {entries.length === 0 && <p>{t.noNominees}</p>}
      {byCategory.map(([category, list]) => (
        <section key={category} aria-labelledby={`cat-${category}`}>
          <h3 id={`cat-${category}`}>{CATEGORY_LABELS[category]}</h3>
          <ul class="plain">
            {list.map((i) => {
              const institution = i.institutionId ? byId.get(i.institutionId) : undefined;
              return (
                <li key={i.id} class="visit">
                  <a class="visit__title" href={`/verifikasi/${i.id}`}>
                    {i.title}
                  </a>
                  <p>
                    {institution?.name ?? i.affiliation ?? i.institutionId}
                    {institution?.district && (
                      <>
                        <br />
                        {t.district} {institution.district}
                      </>
                    )}
                  </p>
                  {i.contact?.phone && (
                    <p>
                      {t.contactPerson}: {i.contact.name} · <a class="tel" href={`tel:${i.contact.phone.replace(/[^\d+]/g, '')}`}>{i.contact.phone}</a>
                    </p>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ))}
    </>
  );
};
