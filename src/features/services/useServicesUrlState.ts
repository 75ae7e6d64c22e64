/**
 * The view of the services list lives in the URL (`/?q=walter&license=1,2&health=ERROR&sort=-activeUserCount`),
 * so any view can be pasted into a ticket, and back/forward/reload restore it exactly.
 *
 * - Filter and sort changes push a history entry.
 * - Typing in Search updates the list at once (React state, deferred) and writes the URL after a
 *   short pause with `replace`, so a word typed is one entry, not one per letter.
 * - Back/forward (or any outside change of `q`) puts the URL's text back into the box.
 * - Leaving the list (a row, a link, Back or Forward) writes a search still waiting for its pause into
 *   the list's history entry first, so what the person returns to never depends on typing speed.
 */
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'react';
import { getRouteApi, useRouter } from '@tanstack/react-router';
import { normalizeLicense } from './filter';
import { normalizeHealth } from './ovoc-health';
import { readSort, writeSort, type ColumnSort } from './sort';
import { useFlushSearchOnLeave } from './useFlushSearchOnLeave';

const route = getRouteApi('/');

/** Pause after the last keystroke before the URL is written. */
export const SEARCH_URL_DELAY_MS = 300;

export interface ServicesUrlState {
  /** What the Search box shows (ahead of the URL while typing). */
  searchInput: string;
  license: readonly number[];
  /** OVOC health keys (ovoc-health.ts); [] = all. */
  health: readonly string[];
  sort: ColumnSort | null;
  setSearchInput: (text: string) => void;
  setLicense: (codes: readonly number[]) => void;
  setHealth: (keys: readonly string[]) => void;
  setSort: (sort: ColumnSort | null) => void;
  /** Clears search, license and health filters (keeps the sort). */
  clearFilters: () => void;
}

export function useServicesUrlState(): ServicesUrlState {
  const search = route.useSearch();
  const navigate = route.useNavigate();
  const router = useRouter();

  const [searchInput, setInput] = useState(search.q);
  /** The q this hook last wrote, so the router's echo of it is not taken for back/forward. */
  const [echo, setEcho] = useState<string | null>(null);
  const [seenQ, setSeenQ] = useState(search.q);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** Search text typed but not yet in the URL; null when the URL is up to date. */
  const pending = useRef<string | null>(null);

  // An outside change of q (back/forward, a pasted link): show it in the box.
  if (search.q !== seenQ) {
    setSeenQ(search.q);
    setEcho(null);
    if (search.q !== echo) setInput(search.q);
  }

  useEffect(() => () => clearTimeout(timer.current), []);
  useFlushSearchOnLeave(pending, timer);

  const urlQ = search.q;
  const setSearchInput = useCallback(
    (text: string) => {
      setInput(text);
      clearTimeout(timer.current);
      pending.current = text;
      timer.current = setTimeout(() => {
        pending.current = null;
        // Someone who typed and at once opened a row or a link is leaving: the page stays mounted
        // while the next page's chunk loads, and writing the search now would bring them back here.
        if (router.latestLocation.pathname !== '/') return;
        if (text !== urlQ) setEcho(text);
        // If the URL's q moved meanwhile (back/forward), that navigation wins over this write.
        void navigate({ search: (prev) => ('q' in prev && prev.q !== urlQ ? prev : { ...prev, q: text }), replace: true });
      }, SEARCH_URL_DELAY_MS);
    },
    [navigate, router, urlQ],
  );

  // Performance: the text typed so far, read by `push` when it runs, so that setLicense / setSort /
  // clearFilters keep their identity while someone types and the memoized table and filters skip
  // the keystroke's render.
  const typed = useRef(searchInput);
  useLayoutEffect(() => {
    typed.current = searchInput;
  }, [searchInput]);

  /** Pushes a change, taking along any search text not yet written. */
  const push = useCallback(
    (change: { license?: number[]; health?: string[]; sort?: string; q?: string }) => {
      clearTimeout(timer.current);
      pending.current = null;
      const q = change.q ?? typed.current;
      if (q !== urlQ) setEcho(q);
      void navigate({ search: (prev) => ({ ...prev, ...change, q }) });
    },
    [navigate, urlQ],
  );

  const setLicense = useCallback((codes: readonly number[]) => push({ license: normalizeLicense(codes) }), [push]);
  const setHealth = useCallback((keys: readonly string[]) => push({ health: normalizeHealth(keys) }), [push]);
  const setSort = useCallback((sort: ColumnSort | null) => push({ sort: writeSort(sort) }), [push]);
  const clearFilters = useCallback(() => {
    setInput('');
    push({ q: '', license: [], health: [] });
  }, [push]);

  // Stable identity while the param is unchanged (the table keeps it as controlled state).
  const sort = useMemo(() => readSort(search.sort), [search.sort]);

  return {
    searchInput,
    license: search.license,
    health: search.health,
    sort,
    setSearchInput,
    setLicense,
    setHealth,
    setSort,
    clearFilters,
  };
}
