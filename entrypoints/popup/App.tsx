import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { browser } from 'wxt/browser';
import { StreamImport } from '@/components/popup/stream-import';
import { StreamList } from '@/components/popup/stream-list';
import { StreamSummaryView } from '@/components/popup/stream-summary';
import { openSidePanel } from '@/lib/browser/side-panel';

export function App() {
  const { t } = useTranslation();
  const [windowId, setWindowId] = useState<number>();
  const [open, setOpen] = useState<number>();
  useEffect(() => void browser.windows.getCurrent().then((w) => setWindowId(w.id)), []);
  // sidePanel.open needs the user gesture: it must run synchronously inside the click.
  const panel = () => windowId !== undefined && void openSidePanel(windowId).then(() => window.close());
  return (
    <main className="popup">
      <button onClick={panel} data-testid="open-side-panel">{t('openSidePanel')}</button>
      {open === undefined ? (
        <>
          <h2 style={{ fontSize: 14 }}>{t('recordedStreams')}</h2>
          <StreamList onOpen={setOpen} />
          <StreamImport />
        </>
      ) : (
        <StreamSummaryView streamId={open} onBack={() => setOpen(undefined)} />
      )}
    </main>
  );
}
