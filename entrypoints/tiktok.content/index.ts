import { runAdapter } from '@/lib/capture/run-adapter';
import { tiktok } from '@/lib/platforms/tiktok';

export default defineContentScript({
  matches: [...tiktok.matches],
  main: (ctx) => runAdapter(tiktok, ctx),
});
