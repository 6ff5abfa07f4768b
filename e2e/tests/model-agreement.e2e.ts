import { afterAll, beforeAll, expect, it } from 'vitest';
import { launchWithExtension, type ExtensionBrowser } from '../harness/launch';
import { heldOutTexts, openModelLab } from '../pages/model-lab';
import type { ModelLab } from '../../lib/offscreen/model-lab';

let b: ExtensionBrowser;
beforeAll(async () => {
  b = await launchWithExtension();
});
afterAll(async () => {
  await b?.close();
});

// Tolerance on every class probability; WebGL computes in lower precision than the CPU backend.
const TOLERANCE = 0.02;

it('WebGL and CPU give the same labels, probabilities within 0.02', async () => {
  const lab = await openModelLab(b);
  const texts = heldOutTexts(32);
  const report = await lab.evaluate(([t, tol]) => (window as unknown as { modelLab: ModelLab }).modelLab.agreement(t, tol), [texts, TOLERANCE] as const);
  expect(report.n).toBe(32);
  expect(report.backends).toEqual(['webgl', 'cpu']);
  expect(report.maxProbDiff).toBeLessThanOrEqual(TOLERANCE);
  expect(report.labelAgreement).toBe(1);
});
