import { useEffect, useState } from 'react';
import { getStorageHealth, watchStorageHealth, type StorageHealth } from '../retention/storage-health';

/** The storage state the worker reports (full, streams deleted), kept current. */
export function useStorageHealth(): StorageHealth | undefined {
  const [h, setH] = useState<StorageHealth>();
  useEffect(() => {
    void getStorageHealth().then(setH);
    return watchStorageHealth(setH);
  }, []);
  return h;
}
