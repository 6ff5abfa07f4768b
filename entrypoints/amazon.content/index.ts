import { runAdapter } from '@/lib/capture/run-adapter';
import { amazon } from '@/lib/platforms/amazon';

export default defineContentScript({
  matches: [...amazon.matches],
  main: (ctx) => runAdapter(amazon, ctx),
});
