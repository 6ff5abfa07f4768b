import { useEffect, useState } from 'react';
import { bgMessaging } from '@/lib/messaging/bg-protocol';
import type { MlBackendChoice } from '@/lib/ml/labels';
import { getSettings, saveSettings } from '@/lib/settings/settings';
import { ModelStatus } from './model-status';

const CHOICES: { value: MlBackendChoice; label: string }[] = [
  { value: 'auto', label: 'Automatic (WebGL, then WebAssembly, then CPU)' },
  { value: 'webgl', label: 'WebGL (GPU)' },
  { value: 'wasm', label: 'WebAssembly' },
  { value: 'cpu', label: 'CPU (slowest)' },
];

export function ModelBackendSetting() {
  const [choice, setChoice] = useState<MlBackendChoice>();
  useEffect(() => void getSettings().then((s) => setChoice(s.mlBackend)), []);
  const change = async (value: MlBackendChoice) => {
    setChoice(value);
    await saveSettings({ mlBackend: value });
    await bgMessaging.sendMessage('bg:reloadModels');
  };
  return (
    <section>
      <h2 style={{ fontSize: 14 }}>Models</h2>
      <label>
        Backend{' '}
        <select data-testid="ml-backend" value={choice ?? 'auto'} onChange={(e) => void change(e.target.value as MlBackendChoice)}>
          {CHOICES.map((c) => (
            <option key={c.value} value={c.value}>{c.label}</option>
          ))}
        </select>
      </label>{' '}
      <ModelStatus />
    </section>
  );
}
