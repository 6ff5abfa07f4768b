import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { getSettings, saveSettings, type UiLangChoice } from '@/lib/settings/settings';

/** The UI language switch; open pages follow the change at once (see lib/i18n). */
export function UiLanguageSetting() {
  const { t } = useTranslation();
  const [choice, setChoice] = useState<UiLangChoice>('auto');
  useEffect(() => void getSettings().then((s) => setChoice(s.uiLang)), []);
  const change = (value: UiLangChoice) => {
    setChoice(value);
    void saveSettings({ uiLang: value });
  };
  return (
    <label>
      {t('language')}{' '}
      <select data-testid="ui-lang" value={choice} onChange={(e) => change(e.target.value as UiLangChoice)}>
        <option value="auto">{t('langAuto')}</option>
        <option value="en">English</option>
        <option value="zh">中文</option>
      </select>
    </label>
  );
}
