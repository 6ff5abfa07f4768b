import { runAdapter } from '@/lib/capture/run-adapter';
import { kick } from '@/lib/platforms/kick';

export default defineContentScript({
  matches: [...kick.matches],
  main: (ctx) => runAdapter(kick, ctx),
});
