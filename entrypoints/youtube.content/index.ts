import { runAdapter } from '@/lib/capture/run-adapter';
import { youtube } from '@/lib/platforms/youtube';

export default defineContentScript({
  matches: [...youtube.matches],
  allFrames: true,
  main: (ctx) => runAdapter(youtube, ctx),
});
