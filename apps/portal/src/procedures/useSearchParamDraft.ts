import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useDebouncedValue } from '@mantine/hooks';

/**
 * A text field whose value lives in the URL (`?q=`), so a search survives a reload and can be
 * shared as a link. What the user types (`draft`) reaches the URL (`committed`) after a pause,
 * so a query is not sent for every keystroke; `commitNow` skips the wait (Enter).
 */
export function useSearchParamDraft(name: string, delayMs: number) {
  const [params, setParams] = useSearchParams();
  const committed = params.get(name) ?? '';
  const [draft, setDraft] = useState(committed);
  const [debounced, , { flush }] = useDebouncedValue(draft, delayMs);

  useEffect(() => {
    const next = debounced.trim();
    if (next === committed) return;
    setParams(
      (previous) => {
        const updated = new URLSearchParams(previous);
        if (next) updated.set(name, next);
        else updated.delete(name);
        return updated;
      },
      // Replace, not push: Back should leave the page, not undo one keystroke at a time.
      { replace: true },
    );
    // `committed` is read, not watched: watching it would undo typing when the URL catches up.
  }, [debounced, name, setParams]);

  // The URL changed without typing (a link, Back/Forward): show what is being searched.
  useEffect(() => {
    setDraft((current) => (current.trim() === committed ? current : committed));
  }, [committed]);

  return { draft, setDraft, committed, commitNow: flush };
}
