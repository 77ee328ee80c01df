/** The announcement: whether the final ranking exists and the winners it names, then a confirm step,
 * then the published state. A refusal (409: the wrong stage, with its window, or no final ranking
 * yet) is explained in the reader's language. */
import { useEffect, useRef, useState } from 'preact/hooks';
import { CATEGORY_LABELS, getEdition } from '../../api/editions';
import type { EditionView, FinalRow } from '../../api/contract';
import { ApiError } from '../../api/errors';
import { institutions } from '../../api/judging';
import { announce, finalRanking } from '../../api/secretariat';
import { Loading, Problem } from '../../components/problem';
import { CURRENT_EDITION } from '../../config';
import { formatWita, useAreaTexts } from '../../i18n';
import { useLoad } from '../../load';
import { SecretariatFrame } from '../../secretariat/frame';
import { announcementTexts } from './texts';
import './style.css';

export default function SecretariatAnnouncement() {
  return <SecretariatFrame>{() => <Announcement />}</SecretariatFrame>;
}

type Texts = ReturnType<typeof useAreaTexts<typeof announcementTexts.id>>;
type Window = { stage: EditionView['currentStage']; start: string | null; end: string | null };

const windowText = (t: Texts, w: Pick<Window, 'start' | 'end'>): string =>
  `${w.start ? formatWita(w.start, t) : '…'} – ${w.end ? formatWita(w.end, t) : t.openEnded}`;

const load = async () => {
  const [edition, ranking, registry] = await Promise.all([getEdition(CURRENT_EDITION), finalRanking(CURRENT_EDITION), institutions()]);
  return { edition, ranking, names: new Map(registry.map((i) => [i.institutionId, i.name])) };
};

const Announcement = () => {
  const t = useAreaTexts(announcementTexts);
  const loaded = useLoad(load, []);
  if (loaded.error) return <Problem error={loaded.error} retry={loaded.reload} />;
  if (!loaded.data) return <Loading />;
  const { edition, ranking, names } = loaded.data;
  const determination = edition.stages.find((w) => w.stage === 'WINNER_DETERMINATION')!;
  const current = edition.stages.find((w) => w.stage === edition.currentStage)!;
  const ready = edition.currentStage === 'WINNER_DETERMINATION' && ranking !== undefined;
  return (
    <>
      <h1>{t.announcementTitle}</h1>
      {edition.announcedAt ? (
        <Announced at={edition.announcedAt} />
      ) : (
        <>
          <h2>{t.finalRankingTitle}</h2>
          <p>{ranking ? t.finalRankingComputed(formatWita(ranking.computedAt, t)) : t.finalRankingMissing(formatWita(determination.start!, t))}</p>
          {!ready && (
            <div class="notice">
              <p>{t.onlyDuring(t.stages.WINNER_DETERMINATION, windowText(t, determination))}</p>
              <p>{t.stageNowWindow(t.stages[edition.currentStage], windowText(t, current))}</p>
            </div>
          )}
        </>
      )}
      {ranking && <Winners categories={edition.categories} rows={ranking.categories as Record<string, FinalRow[]>} names={names} />}
      {ready && !edition.announcedAt && <Confirm onAnnounced={(next) => loaded.set({ ...loaded.data!, edition: next })} reload={loaded.reload} />}
    </>
  );
};

const Winners = ({ categories, rows, names }: { categories: readonly string[]; rows: Record<string, FinalRow[]>; names: Map<string, string> }) => {
  const t = useAreaTexts(announcementTexts);
  return (
    <section aria-labelledby="winners">
      <h2 id="winners">{t.winnersTitle}</h2>
      {categories
        .filter((c) => rows[c])
        .map((c) => {
          const winners = rows[c]!.filter((r) => r.place !== null).sort((a, b) => a.place! - b.place!);
          return (
            <section key={c} class="panel announcement__category" aria-labelledby={`winners-${c}`}>
              <h3 id={`winners-${c}`}>{CATEGORY_LABELS[c as keyof typeof CATEGORY_LABELS]}</h3>
              {winners.length === 0 ? (
                <p>{t.noWinners}</p>
              ) : (
                <ol class="plain">
                  {winners.map((w) => (
                    <li key={w.innovationId}>
                      <strong>{t.placeN(w.place!)}</strong>: {w.title}
                      {w.institutionId && <span class="muted"> — {names.get(w.institutionId) ?? w.institutionId}</span>}
                      {w.tie && <span class="tag gold"> {t.tied}</span>}
                    </li>
                  ))}
                </ol>
              )}
            </section>
          );
        })}
    </section>
  );
};

/** A refusal's details: the stage now and the stages that allow the action, each with its window. */
const Refusal = ({ error }: { error: unknown }) => {
  const t = useAreaTexts(announcementTexts);
  if (!(error instanceof ApiError)) return <Problem error={error} />;
  const windows = (error.details as Partial<Window>[]).filter((d): d is Window => typeof d.stage === 'string');
  return (
    <div class="notice error" role="alert">
      <h2>{t.refused}</h2>
      <p>{error.message}</p>
      {windows.length > 0 && (
        <ul>
          {windows.map((w, i) => (
            <li key={i}>{i === 0 ? t.stageNowWindow(t.stages[w.stage], windowText(t, w)) : t.onlyDuring(t.stages[w.stage], windowText(t, w))}</li>
          ))}
        </ul>
      )}
    </div>
  );
};

const Confirm = ({ onAnnounced, reload }: { onAnnounced(edition: EditionView): void; reload(): void }) => {
  const t = useAreaTexts(announcementTexts);
  const [step, setStep] = useState<'ask' | 'confirm' | 'sending' | 'refused'>('ask');
  const [error, setError] = useState<unknown>();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (step === 'confirm') heading.current?.focus();
  }, [step]);
  const send = async () => {
    setStep('sending');
    setError(undefined);
    try {
      onAnnounced(await announce(CURRENT_EDITION));
    } catch (err) {
      setError(err);
      // A refusal (409) means the edition is not what this page shows: read it again rather than retry.
      setStep(err instanceof ApiError && err.status === 409 ? 'refused' : 'ask');
    }
  };
  if (step === 'refused')
    return (
      <>
        <Refusal error={error} />
        <button type="button" class="button secondary" onClick={reload}>
          {t.reloadPage}
        </button>
      </>
    );
  return (
    <>
      {error !== undefined && <Refusal error={error} />}
      {step === 'ask' ? (
        <button type="button" class="button" onClick={() => setStep('confirm')}>
          {t.announceCta}
        </button>
      ) : (
        <section class="notice" aria-labelledby="confirm-title">
          <h2 id="confirm-title" tabIndex={-1} ref={heading}>
            {t.confirmTitle}
          </h2>
          <p>{t.confirmBody}</p>
          <button type="button" class="button warning" onClick={send} disabled={step === 'sending'}>
            {step === 'sending' ? t.announcing : t.confirmYes}
          </button>
          <button type="button" class="button secondary" onClick={() => setStep('ask')} disabled={step === 'sending'}>
            {t.confirmNo}
          </button>
        </section>
      )}
    </>
  );
};

const Announced = ({ at }: { at: string }) => {
  const t = useAreaTexts(announcementTexts);
  return (
    <section class="panel" role="status" aria-labelledby="announced">
      <h2 id="announced">{t.announcedTitle}</h2>
      <p>{t.announcedOn(formatWita(at, t))}</p>
      <a href="/hasil">{t.seeResults}</a>
    </section>
  );
};
