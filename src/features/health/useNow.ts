import { useEffect, useState } from 'react';

/** The current time, re-read every `intervalMs`, for relative times ("3 days ago") computed in render. */
export function useNow(intervalMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const id = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return now;
}
