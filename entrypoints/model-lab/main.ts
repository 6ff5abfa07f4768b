import { createModelLab, type ModelLab } from '@/lib/offscreen/model-lab';

(window as unknown as { modelLab: ModelLab }).modelLab = createModelLab();
document.documentElement.dataset.ready = 'true';
