import { useTranslation } from 'react-i18next';
import { CatalogSection } from '@/components/options/catalog-section';
import { FaqSection } from '@/components/options/faq-section';
import { FaqSettings } from '@/components/faq/faq-settings';
import { StorageSection } from '@/components/options/storage-section';
import { StorageNotice } from '@/components/storage-notice';
import { ModelBackendSetting } from '@/components/model-backend-setting';
import { UiLanguageSetting } from '@/components/ui-language-setting';
import { ADAPTERS } from '@/lib/platforms/registry';

/** Settings: language, the seller's catalog and FAQ, capture (which pages each adapter reads, when its selectors were checked), models. */
export function App() {
  const { t } = useTranslation();
  const { t: to } = useTranslation('options');
  return (
    <main style={{ padding: 12, maxWidth: 960 }}>
      <h1 style={{ fontSize: 16 }}>{t('settings')}</h1>
      <StorageNotice />
      <UiLanguageSetting />
      <CatalogSection />
      <FaqSection />
      <FaqSettings />
      <h2 style={{ fontSize: 14 }}>{to('capture.heading')}</h2>
      <table className="streams" data-testid="adapter-list">
        <thead>
          <tr><th>{to('capture.platform')}</th><th>{to('capture.pages')}</th><th>{to('capture.checked')}</th></tr>
        </thead>
        <tbody>
          {ADAPTERS.map((a) => (
            <tr key={a.platform}>
              <td>{a.platform}</td>
              <td>{a.matches.join(' ')}</td>
              <td title={a.selectors.source}>{a.selectors.verified}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <ModelBackendSetting />
      <StorageSection />
      <p>{t('privacy')}</p>
    </main>
  );
}
