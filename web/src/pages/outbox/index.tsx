/** "Kotak keluar" (local stack only): every e-mail the system would have sent through SES, newest
 * first, as its recipient would read it — so a newcomer or a test can see who was told what. */
import { localOutbox } from '../../api/local';
import { Loading, Problem } from '../../components/problem';
import { formatWita, useAreaTexts } from '../../i18n';
import { outboxTexts } from './texts';
import { useLoad } from '../../load';
import './style.css';

export default function Outbox() {
  const t = useAreaTexts(outboxTexts);
  const loaded = useLoad(localOutbox, []);
  return (
    <>
      <h1>{t.outboxTitle}</h1>
      <p>{t.outboxIntro}</p>
      <p>
        <button type="button" class="button secondary" onClick={loaded.reload} disabled={loaded.loading}>
          {t.outboxRefresh}
        </button>
      </p>
      {loaded.error ? (
        <Problem error={loaded.error} retry={loaded.reload} />
      ) : !loaded.data ? (
        <Loading />
      ) : loaded.data.length === 0 ? (
        <p class="panel">{t.outboxEmpty}</p>
      ) : (
        <>
          <p aria-live="polite">{t.outboxCount(loaded.data.length)}</p>
          <ol class="plain outbox">
            {loaded.data.map((mail, i) => (
              <li key={`${mail.key}-${mail.sentAt}-${i}`} class="mail">
                <article aria-labelledby={`mail-${i}`}>
                  {/* The e-mails are written in Indonesian whatever the page's language. */}
                  <h2 id={`mail-${i}`} class="mail__subject" lang="id">
                    {mail.subject}
                  </h2>
                  <dl class="mail__meta">
                    <dt>{t.outboxTo}</dt>
                    <dd>{mail.to}</dd>
                    <dt>{t.outboxEvent}</dt>
                    <dd>{t.outboxEvents[mail.event]}</dd>
                    <dt>{t.outboxSent}</dt>
                    <dd>{formatWita(mail.sentAt, t)}</dd>
                  </dl>
                  <p class="mail__text" lang="id">
                    {mail.text}
                  </p>
                </article>
              </li>
            ))}
          </ol>
        </>
      )}
    </>
  );
}
