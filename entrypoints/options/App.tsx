import { useTranslation } from 'react-i18next';
import { CatalogSection } from '@/components/options/catalog-section';
import { FaqSection } from '@/components/options/faq-section';
import { FaqSettings } from '@/components/faq/faq-settings';
import { ModelBackendSetting } from '@/components/model-backend-setting';
import { UiLanguageSetting } from '@/components/ui-language-setting';
import { ADAPTERS } from '@/lib/platforms/registry';

/** Settings: language, the seller's catalog and FAQ, capture (which pages each adapter reads, when its selectors were checked), models. */
export function App() {
  const { t } = useTranslation();
  return (
    <main style={{ padding: 12, maxWidth: 960 }}>
      <h1 style={{ fontSize: 16 }}>{t('settings')}</h1>
      <UiLanguageSetting />
      <CatalogSection />
      <FaqSection />
      <FaqSettings />
      <h2 style={{ fontSize: 14 }}>Capture</h2>
      <table className="streams" data-testid="adapter-list">
        <thead>
          <tr><th>Platform</th><th>Pages</th><th>Selectors checked</th></tr>
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
      <p>{t('privacy')}</p>
    </main>
  );
}
