import { useCallback, useEffect, useRef, useState } from 'react';
import type { ApiSchemas } from '@nianbao/api-client';
import type { ReportValues } from '@nianbao/rules';
import { api, ApiRequestError, errorMessage, unwrap } from '../../api/api';

export type SaveStatus =
  | { kind: 'saved'; at?: Date }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'conflict'; message: string }
  | { kind: 'failed'; message: string };

interface Draft {
  values: ReportValues;
  explanations: Record<string, string>;
  narrative?: ApiSchemas['NarrativeDto'];
}

const AUTOSAVE_DELAY_MS = 1200;

/**
 * Saves the report a moment after the last change, naming the version it edits. A 409 means someone else saved
 * in between: nothing is overwritten, the user is told and can load the latest version.
 */
export function useAutosave(reportId: number, initialVersion: number) {
  const [status, setStatus] = useState<SaveStatus>({ kind: 'saved' });
  const version = useRef(initialVersion);
  const draft = useRef<Draft | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const inFlight = useRef<Promise<boolean> | null>(null);
  const isConflicted = useRef(false);

  const saveNow = useCallback(async (): Promise<boolean> => {
    clearTimeout(timer.current);
    if (inFlight.current) await inFlight.current;
    const pending = draft.current;
    if (!pending) return !isConflicted.current;
    if (isConflicted.current) return false;
    draft.current = null;
    setStatus({ kind: 'saving' });
    const request = unwrap(
      api.PUT('/api/reports/{id}', {
        params: { path: { id: reportId } },
        body: {
          version: version.current,
          values: pending.values,
          explanations: pending.explanations,
          narrative: pending.narrative,
        },
      }),
    ).then(
      (saved) => {
        version.current = saved.version;
        setStatus(draft.current ? { kind: 'pending' } : { kind: 'saved', at: new Date() });
        return true;
      },
      (error: unknown) => {
        if (error instanceof ApiRequestError && error.status === 409) {
          isConflicted.current = true;
          setStatus({ kind: 'conflict', message: error.message });
        } else {
          draft.current ??= pending;
          setStatus({ kind: 'failed', message: errorMessage(error) });
        }
        return false;
      },
    );
    inFlight.current = request;
    const isSaved = await request;
    inFlight.current = null;
    return isSaved;
  }, [reportId]);

  const schedule = useCallback(
    (next: Draft) => {
      draft.current = next;
      if (isConflicted.current) return;
      setStatus({ kind: 'pending' });
      clearTimeout(timer.current);
      timer.current = setTimeout(() => void saveNow(), AUTOSAVE_DELAY_MS);
    },
    [saveNow],
  );

  // Leaving the page saves what is still waiting for the timer.
  useEffect(
    () => () => {
      if (draft.current) void saveNow();
    },
    [saveNow],
  );

  return { status, schedule, saveNow, currentVersion: () => version.current };
}
