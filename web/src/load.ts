/** Loading what a page shows: its data, the error that stopped it, and a retry. */
import { useCallback, useEffect, useState } from 'preact/hooks';

export type Loaded<T> = { data?: T; error?: unknown; loading: boolean; reload(): void; set(data: T): void };

export const useLoad = <T,>(load: () => Promise<T>, deps: unknown[]): Loaded<T> => {
  const [state, setState] = useState<{ data?: T; error?: unknown; loading: boolean }>({ loading: true });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => live && setState({ data, loading: false }),
      (error: unknown) => live && setState({ error, loading: false }),
    );
    return () => {
      live = false;
    };
    // `load` is a new closure each render: the caller's deps say when it means something new.
  }, [...deps, attempt]);
  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const set = useCallback((data: T) => setState({ data, loading: false }), []);
  return { ...state, reload, set };
};
