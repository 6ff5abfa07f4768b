/** Keeps the MlStatus the UI shows: per-model load results and the overall state. */
import type { MlBackend, MlStatus } from './labels';

export type ModelName = 'backend' | 'use-lite' | 'intent' | 'sentiment' | 'polarity' | 'review' | 'lid' | 'student';

export function createStatusTracker(): {
  get(): MlStatus;
  model(name: ModelName, loaded: boolean, error?: string): void;
  finish(backend: MlBackend | undefined, notes: string[]): MlStatus;
  fail(message: string): MlStatus;
} {
  let status: MlStatus = { state: 'loading', models: [] };
  const model = (name: ModelName, loaded: boolean, error?: string): void => {
    const models = status.models.filter((m) => m.name !== name);
    models.push(error ? { name, loaded, error } : { name, loaded });
    status = { ...status, models };
  };
  const finish = (backend: MlBackend | undefined, notes: string[]): MlStatus => {
    const broken = status.models.filter((m) => !m.loaded);
    // Intent and 3-class sentiment are needed for a label; without either, events stay unlabelled
    // (never dropped). A missing polarity head only lowers accuracy (runtime notes it).
    // The distilled student alone also labels everything (the fast tier; lib/ml/student.ts).
    const loaded = (n: string): boolean => status.models.some((m) => m.name === n && m.loaded);
    const headsOk = (loaded('intent') && loaded('sentiment')) || loaded('student');
    const msgs = [...notes, ...broken.map((m) => `${m.name} failed: ${m.error ?? 'unknown error'}`)];
    status = { state: headsOk ? 'ready' : 'failed', backend, models: status.models, ...(msgs.length ? { message: msgs.join('; ') } : {}) };
    return status;
  };
  const fail = (message: string): MlStatus => {
    status = { ...status, state: 'failed', message };
    return status;
  };
  return { get: () => status, model, finish, fail };
}
