/** What went wrong loading a page, in the reader's language, with a retry. */
import { ApiError, Offline, SessionExpired } from '../../api/errors';
import { useTexts } from '../../i18n';

export const Problem = ({ error, retry }: { error: unknown; retry?: () => void }) => {
  const t = useTexts();
  // The session notice at the top of the page already says what to do.
  if (error instanceof SessionExpired) return null;
  const text = error instanceof ApiError ? error.message : error instanceof Offline ? t.offline : String((error as Error)?.message ?? error);
  return (
    <div class="notice error" role="alert">
      <p>{text}</p>
      {retry && (
        <button type="button" class="button secondary" onClick={retry}>
          {t.retry}
        </button>
      )}
    </div>
  );
};

export const Loading = () => {
  const t = useTexts();
  return <p class="muted" role="status">{t.loading}</p>;
};
