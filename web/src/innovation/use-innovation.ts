/** One entry being edited: loaded from the API, and saved field by field as the participant goes,
 * one PATCH at a time, each with the version it read (If-Match) so no edit overwrites another. */
import { useRef } from 'preact/hooks';
import { call } from '../api/client';
import type { Innovation, InnovationPatch } from '../api/contract';
import { ApiError, type FieldError } from '../api/errors';
import { checkPatch } from '../api/validation';
import { currentLanguage } from '../i18n';
import { useLoad } from '../load';

export const getInnovation = (id: string) => call('getInnovation', { path: { id } });

export const useInnovation = (id: string | undefined) => {
  const loaded = useLoad(() => (id ? getInnovation(id) : Promise.resolve(undefined)), [id]);
  const latest = useRef<Innovation | undefined>(undefined);
  latest.current = loaded.data ?? latest.current;
  const queue = useRef<Promise<unknown>>(Promise.resolve());

  /** Saves changes after any save still under way; answers the problems found (none: saved). */
  const save = (changes: InnovationPatch): Promise<FieldError[]> => {
    const problems = checkPatch(changes, currentLanguage());
    if (problems.length) return Promise.resolve(problems);
    const run = queue.current.then(async (): Promise<FieldError[]> => {
      const current = latest.current!;
      try {
        const next = await call('updateInnovation', { path: { id: current.id }, body: changes, ifMatch: current.version });
        latest.current = next;
        loaded.set(next);
        return [];
      } catch (err) {
        if (!(err instanceof ApiError)) throw err;
        // Someone (another tab of theirs) saved first: show what is stored now, and say so.
        if (err.code === 'VERSION_CONFLICT') loaded.reload();
        return err.fieldErrors().length ? err.fieldErrors() : [{ field: '', message: err.message }];
      }
    });
    queue.current = run.catch(() => undefined);
    return run;
  };
  return { ...loaded, innovation: loaded.data, save };
};
