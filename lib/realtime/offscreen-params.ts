/** What the worker tells the models' document in its URL (offscreen documents get no storage). */
import type { MlBackend, MlBackendChoice } from '../ml/labels';

export interface OffscreenParams {
  choice: MlBackendChoice;
  /** With 'auto': the backend a still-valid measurement picked (absent: measure now). */
  picked?: MlBackend;
}

const BACKENDS: readonly MlBackend[] = ['webgl', 'wasm', 'cpu'];
const isBackend = (v: string | null): v is MlBackend => BACKENDS.includes(v as MlBackend);

export function offscreenQuery(p: OffscreenParams): string {
  return `?backend=${p.choice}${p.choice === 'auto' && p.picked ? `&picked=${p.picked}` : ''}`;
}

export function parseOffscreenQuery(search: string): OffscreenParams {
  const q = new URLSearchParams(search);
  const b = q.get('backend');
  const choice: MlBackendChoice = b === 'auto' || isBackend(b) ? b : 'auto';
  const picked = q.get('picked');
  return choice === 'auto' && isBackend(picked) ? { choice, picked } : { choice };
}
