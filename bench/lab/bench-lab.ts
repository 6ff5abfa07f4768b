/**
 * Runs inside the extension (the bench-only `bench-lab.html` page): what the benchmark asks the
 * extension through its own messages and database, exactly as its pages do.
 */
import Dexie from 'dexie';
import { getDb } from '@/lib/db/db';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import { mlMessaging } from '@/lib/messaging/ml-protocol';
import type { MlBackendChoice } from '@/lib/ml/labels';
import { loadMeasurement } from '@/lib/realtime/backend-store';
import { saveSettings, type Settings } from '@/lib/settings/settings';
import { idbWrites } from './idb-writes';
import { summaryBench } from './summary';

export function createBenchLab() {
  const db = getDb();
  return {
    mlStatus: () => mlMessaging.sendMessage('ml:status'),
    mlPerf: () => mlMessaging.sendMessage('ml:perf'),
    labelling: () => bgMessaging.sendMessage('bg:labelling', { batches: 512 }),
    measurement: () => loadMeasurement(),
    /** As the options page does: save the setting, restart the models' document. */
    async setBackend(choice: MlBackendChoice): Promise<void> {
      await saveSettings({ mlBackend: choice });
      await bgMessaging.sendMessage('bg:reloadModels');
    },
    remeasure: () => bgMessaging.sendMessage('bg:remeasureBackends'),
    /** As the options page saves them (bench --settings: experiments, e.g. a longer question wait). */
    settings: (patch: Partial<Settings>) => saveSettings(patch),
    async stream(roomKey: string) {
      const rows = await db.streams.where('roomKey').equals(roomKey).toArray();
      return rows.sort((a, b) => b.startedAt - a.startedAt)[0] ?? null;
    },
    /** Id, seq and whether labelled, for every event of a stream (compact: tens of thousands of rows). */
    async rows(streamId: number): Promise<{ ids: string[]; seqs: number[]; labelled: number }> {
      const ids: string[] = [];
      const seqs: number[] = [];
      let labelled = 0;
      await db.events
        .where('[streamId+seq]')
        .between([streamId, Dexie.minKey], [streamId, Dexie.maxKey])
        .each((r) => {
          ids.push(r.id);
          seqs.push(r.seq);
          if (r.labels) labelled += 1;
        });
      return { ids, seqs, labelled };
    },
    idbWrites,
    summary: summaryBench,
  };
}

export type BenchLab = ReturnType<typeof createBenchLab>;
