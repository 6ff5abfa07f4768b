import { useEffect, useState } from 'react';

/** The wall clock, ticking every `everyMs` (the strip's windows and the alerts' ages move with it). */
export function useNow(everyMs = 5000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const t = setInterval(() => setNow(Date.now()), everyMs);
    return () => clearInterval(t);
  }, [everyMs]);
  return now;
}
