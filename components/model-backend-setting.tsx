import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import type { MlBackendChoice } from '@/lib/ml/labels';
import { getSettings, saveSettings } from '@/lib/settings/settings';
import { BackendMeasurementView } from './backend-measurement';
import { ModelStatus } from './model-status';

const CHOICES: MlBackendChoice[] = ['auto', 'webgl', 'wasm', 'cpu'];

export function ModelBackendSetting() {
  const { t } = useTranslation('models');
  const [choice, setChoice] = useState<MlBackendChoice>();
  useEffect(() => void getSettings().then((s) => setChoice(s.mlBackend)), []);
  const change = async (value: MlBackendChoice) => {
    setChoice(value);
    await saveSettings({ mlBackend: value });
    await bgMessaging.sendMessage('bg:reloadModels');
  };
  return (
    <section>
      <h2 style={{ fontSize: 14 }}>{t('heading')}</h2>
      <label>
        {t('backend')}{' '}
        <select data-testid="ml-backend" value={choice ?? 'auto'} onChange={(e) => void change(e.target.value as MlBackendChoice)}>
          {CHOICES.map((c) => (
            <option key={c} value={c}>
              {t(`choice.${c}`)}
            </option>
          ))}
        </select>
      </label>{' '}
      <ModelStatus />
      {(choice ?? 'auto') === 'auto' && <BackendMeasurementView />}
    </section>
  );
}
