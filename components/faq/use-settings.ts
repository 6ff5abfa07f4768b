import { useEffect, useState } from 'react';
import { getSettings, watchSettings, type Settings } from '@/lib/settings/settings';

/** The settings, kept current when any page or the worker saves them. */
export function useSettings(): Settings | undefined {
  const [s, setS] = useState<Settings>();
  useEffect(() => {
    void getSettings().then(setS);
    return watchSettings(setS);
  }, []);
  return s;
}
