/**
 * Per-browser view preferences of the services list (column visibility, row density), kept in
 * localStorage. What is read back is validated: anything unreadable falls back to the defaults,
 * unknown columns are dropped and columns that cannot be hidden stay visible.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import * as z from 'zod/mini';
import { ALWAYS_VISIBLE, COLUMN_IDS, DEFAULT_COLUMN_VISIBILITY, isColumnId, type ColumnId } from './columns';

export const PREFS_KEY = 'lpc.services.view.v1';

export const DENSITIES = ['comfortable', 'compact'] as const;
export type Density = (typeof DENSITIES)[number];

export type ColumnVisibility = Partial<Record<ColumnId, boolean>>;

export interface ServicesPrefs {
  columnVisibility: ColumnVisibility;
  density: Density;
}

export const DEFAULT_PREFS: ServicesPrefs = { columnVisibility: { ...DEFAULT_COLUMN_VISIBILITY }, density: 'comfortable' };

const storedSchema = z.object({
  columnVisibility: z.catch(z.record(z.string(), z.boolean()), {}),
  density: z.catch(z.enum(DENSITIES), 'comfortable'),
});

function cleanVisibility(raw: Record<string, boolean>): ColumnVisibility {
  const out: ColumnVisibility = { ...DEFAULT_COLUMN_VISIBILITY };
  for (const [id, visible] of Object.entries(raw)) {
    if (isColumnId(id) && !ALWAYS_VISIBLE.includes(id)) out[id] = visible;
  }
  return out;
}

/** Parses stored text; never throws. */
export function parsePrefs(text: string | null): ServicesPrefs {
  if (text === null) return DEFAULT_PREFS;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return DEFAULT_PREFS;
  }
  const parsed = storedSchema.safeParse(json);
  if (!parsed.success) return DEFAULT_PREFS;
  return { columnVisibility: cleanVisibility(parsed.data.columnVisibility), density: parsed.data.density };
}

function storage(): Storage | null {
  try {
    return typeof window === 'undefined' ? null : window.localStorage;
  } catch {
    // Access can throw (privacy modes, sandboxed frames): preferences then last for the session only.
    return null;
  }
}

export function loadPrefs(): ServicesPrefs {
  try {
    return parsePrefs(storage()?.getItem(PREFS_KEY) ?? null);
  } catch {
    return DEFAULT_PREFS;
  }
}

export function savePrefs(prefs: ServicesPrefs): void {
  try {
    storage()?.setItem(PREFS_KEY, JSON.stringify(prefs));
  } catch {
    // Full or denied storage: keep working with the in-memory value.
  }
}

export function isColumnVisible(visibility: ColumnVisibility, id: ColumnId): boolean {
  return visibility[id] !== false;
}

export function visibleColumnIds(visibility: ColumnVisibility): ColumnId[] {
  return COLUMN_IDS.filter((id) => isColumnVisible(visibility, id));
}

/** State + setters that write through to localStorage. */
export function useServicesPrefs() {
  const [prefs, setPrefs] = useState<ServicesPrefs>(loadPrefs);

  const loaded = useRef(prefs);

  useEffect(() => {
    // Write only what a person changed, not the value just read.
    if (prefs !== loaded.current) savePrefs(prefs);
  }, [prefs]);

  const update = useCallback((change: (current: ServicesPrefs) => ServicesPrefs) => setPrefs(change), []);

  const setColumnVisible = useCallback(
    (id: ColumnId, visible: boolean) => {
      if (ALWAYS_VISIBLE.includes(id)) return;
      update((current) => ({ ...current, columnVisibility: { ...current.columnVisibility, [id]: visible } }));
    },
    [update],
  );
  const resetColumns = useCallback(() => update((current) => ({ ...current, columnVisibility: { ...DEFAULT_COLUMN_VISIBILITY } })), [update]);
  const setDensity = useCallback((density: Density) => update((current) => ({ ...current, density })), [update]);

  return { prefs, setColumnVisible, resetColumns, setDensity };
}
