import { useCallback, useState } from "preact/hooks";

export interface Action {
  /** Runs `work`, showing it as busy; a failure becomes `error`, in words. Resolves true on success. */
  readonly run: (work: () => Promise<unknown>) => Promise<boolean>;
  readonly busy: boolean;
  readonly error: string | null;
  readonly clearError: () => void;
}

/** The loading state and the error of one thing a person can do. Nothing fails silently. */
export function useAction(): Action {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(async (work: () => Promise<unknown>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
      return true;
    } catch (thrown) {
      setError(thrown instanceof Error ? thrown.message : String(thrown));
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  return { run, busy, error, clearError: useCallback(() => setError(null), []) };
}
