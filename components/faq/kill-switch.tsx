import './faq.css';
import { useTranslation } from 'react-i18next';
import { saveSettings } from '@/lib/settings/settings';
import { useSettings } from './use-settings';

/**
 * The FAQ auto-answer's kill switch, for the side panel header: one click stops every auto-send
 * and approval at once (the worker drops its queue); another lets them go again.
 */
export function FaqKillSwitch() {
  const { t } = useTranslation('faq');
  const s = useSettings();
  if (!s) return null;
  const killed = s.faqKillSwitch;
  return (
    <button
      type="button"
      className={`chip ${killed ? 'chip-bad' : 'chip-good'}`}
      data-testid="faq-kill-switch"
      data-killed={killed ? 'true' : 'false'}
      title={killed ? t('kill.resume') : t('kill.stop')}
      onClick={() => void saveSettings({ faqKillSwitch: !killed })}
    >
      {killed ? `⏹ ${t('kill.stopped')}` : `🤖 ${t('kill.running')}`}
    </button>
  );
}
