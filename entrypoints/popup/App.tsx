import { useEffect, useState } from 'react';
import { useLiveQuery } from 'dexie-react-hooks';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { StreamExportButton } from '@/components/popup/stream-export-button';
import { StreamImport } from '@/components/popup/stream-import';
import { openSidePanel } from '@/lib/browser/side-panel';
import { getDb } from '@/lib/db/db';
import { listStreams } from '@/lib/db/streams-repo';
import { effectiveEnd } from '@/lib/session/session';
import { compact, duration } from '@/lib/ui/format';

export function App() {
  const { t } = useTranslation();
  const streams = useLiveQuery(() => listStreams(getDb())) ?? [];
  const now = Date.now();
  const [windowId, setWindowId] = useState<number>();
  useEffect(() => void browser.windows.getCurrent().then((w) => setWindowId(w.id)), []);
  // sidePanel.open needs the user gesture: it must run synchronously inside the click.
  const open = () => windowId !== undefined && void openSidePanel(windowId).then(() => window.close());
  return (
    <main style={{ minWidth: 480, padding: 8 }}>
      <button onClick={open} data-testid="open-side-panel">{t('openSidePanel')}</button>
      <h2 style={{ fontSize: 14 }}>{t('recordedStreams')}</h2>
      {streams.length === 0 ? (
        <p className="empty">{t('noStreams')}</p>
      ) : (
        <table className="streams" data-testid="stream-list">
          <thead>
            <tr><th>Platform</th><th>Title</th><th>Started</th><th>Duration</th><th>Peak</th><th>Comments</th><th /></tr>
          </thead>
          <tbody>
            {streams.map((s) => {
              const end = effectiveEnd(s, now);
              return (
                <tr key={s.id} data-testid="stream-row" data-platform={s.platform} data-stream-id={s.id}>
                  <td>{s.platform}</td>
                  <td>{s.title ?? s.roomKey}{s.importedFrom && <> <span className="chip">{t('streamLog.imported', { ns: 'popup' })}</span></>}</td>
                  <td>{new Date(s.startedAt).toLocaleString()}</td>
                  <td>{duration((end ?? s.lastEventAt) - s.startedAt)}{end === undefined ? ` · ${t('live')}` : ''}</td>
                  <td>{compact(s.peakViewers)}</td>
                  <td data-testid="stream-comments">{s.commentCount}</td>
                  <td>{s.id !== undefined && <StreamExportButton streamId={s.id} />}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      <StreamImport />
    </main>
  );
}
