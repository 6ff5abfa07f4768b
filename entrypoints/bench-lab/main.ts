import { createBenchLab, type BenchLab } from '@/bench/lab/bench-lab';

(window as unknown as { benchLab: BenchLab }).benchLab = createBenchLab();
document.documentElement.dataset.ready = 'true';
