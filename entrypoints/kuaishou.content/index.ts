import { runAdapter } from '@/lib/capture/run-adapter';
import { kuaishou } from '@/lib/platforms/kuaishou';

export default defineContentScript({
  matches: [...kuaishou.matches],
  main: (ctx) => runAdapter(kuaishou, ctx),
});
