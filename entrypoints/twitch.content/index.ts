import { runAdapter } from '@/lib/capture/run-adapter';
import { twitch } from '@/lib/platforms/twitch';

export default defineContentScript({
  matches: [...twitch.matches],
  main: (ctx) => runAdapter(twitch, ctx),
});
