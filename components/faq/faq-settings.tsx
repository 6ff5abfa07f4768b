import './faq.css';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PLATFORMS } from '@/lib/events/live-event';
import { chatBoxOf } from '@/lib/faq/modes';
import { FAQ_MODES, type FaqMode } from '@/lib/faq/types';
import { saveSettings, type Settings } from '@/lib/settings/settings';
import { useSettings } from './use-settings';

type NumberKey = 'faqThreshold' | 'faqGlobalCooldownS' | 'faqUserCooldownS' | 'faqEntryCooldownS' | 'faqConfirmTimeoutS' | 'faqMaxAgeS';
type ListKey = 'faqBannedWords' | 'faqBots' | 'faqSelfNames';

const NUMBERS: { key: NumberKey; label: string; step: number }[] = [
  { key: 'faqThreshold', label: 'settings.threshold', step: 0.05 },
  { key: 'faqGlobalCooldownS', label: 'settings.globalCooldown', step: 1 },
  { key: 'faqUserCooldownS', label: 'settings.userCooldown', step: 1 },
  { key: 'faqEntryCooldownS', label: 'settings.entryCooldown', step: 1 },
  { key: 'faqConfirmTimeoutS', label: 'settings.confirmTimeout', step: 1 },
  { key: 'faqMaxAgeS', label: 'settings.maxAge', step: 1 },
];
const LISTS: { key: ListKey; label: string }[] = [
  { key: 'faqBannedWords', label: 'settings.banned' },
  { key: 'faqBots', label: 'settings.bots' },
  { key: 'faqSelfNames', label: 'settings.selfNames' },
];

/** A textarea holding one entry per line, saved when it loses focus. */
function ListField({ k, label, s }: { k: ListKey; label: string; s: Settings }) {
  const [text, setText] = useState(s[k].join('\n'));
  useEffect(() => setText(s[k].join('\n')), [s, k]);
  return (
    <label className="faq-field">
      {label}
      <textarea data-testid={`faq-${k}`} rows={4} value={text} onChange={(e) => setText(e.target.value)} onBlur={() => void saveSettings({ [k]: text.split('\n').map((x) => x.trim()).filter(Boolean) })} />
    </label>
  );
}

/**
 * The options page's auto-answer section: every setting of the FAQ auto-answer, and which
 * platforms it can post to (and why not where it cannot).
 */
export function FaqSettings() {
  const { t } = useTranslation('faq');
  const s = useSettings();
  if (!s) return null;
  const save = (patch: Partial<Settings>) => void saveSettings(patch);
  return (
    <section data-testid="faq-settings">
      <h2 style={{ fontSize: 14 }}>{t('settings.heading')}</h2>
      <p>{t('settings.intro')}</p>
      <label className="faq-field">
        {t('settings.defaultMode')}{' '}
        <select data-testid="faq-default-mode" value={s.faqMode} onChange={(e) => save({ faqMode: e.target.value as FaqMode })}>
          {FAQ_MODES.map((m) => (
            <option key={m} value={m}>{t(`mode.${m}`)}</option>
          ))}
        </select>
      </label>
      {NUMBERS.map((n) => (
        <label key={n.key} className="faq-field">
          {t(n.label)}{' '}
          <input type="number" data-testid={`faq-${n.key}`} step={n.step} min={0} defaultValue={s[n.key]} key={s[n.key]} onBlur={(e) => save({ [n.key]: Number(e.target.value) })} />
        </label>
      ))}
      {LISTS.map((l) => (
        <ListField key={l.key} k={l.key} label={t(l.label)} s={s} />
      ))}
      <h3 style={{ fontSize: 13 }}>{t('settings.support')}</h3>
      <table className="streams" data-testid="faq-support">
        <thead>
          <tr><th>{t('settings.platform')}</th><th>{t('settings.sending')}</th><th>{t('settings.rates')}</th><th>{t('settings.why')}</th></tr>
        </thead>
        <tbody>
          {PLATFORMS.map((p) => {
            const box = chatBoxOf(p);
            return (
              <tr key={p} data-platform={p} data-sends={box ? 'yes' : 'no'}>
                <td>{p}</td>
                <td>{box ? (box.evidence === 'weak' ? t('settings.weak') : t('settings.yes')) : t('settings.no')}</td>
                <td>
                  {box && (
                    <input type="number" min={0} max={30} style={{ width: 48 }} data-testid={`faq-rate-${p}`} defaultValue={s.faqRatePerMin[p]} key={s.faqRatePerMin[p]} onBlur={(e) => save({ faqRatePerMin: { ...s.faqRatePerMin, [p]: Number(e.target.value) } })} />
                  )}
                </td>
                <td title={box ? `${box.source} (${box.verified})` : undefined}>{t(`support.${p}`)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
