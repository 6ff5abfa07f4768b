import { runAdapter } from '@/lib/capture/run-adapter';
import { whatnot, whatnotAuction } from '@/lib/platforms/whatnot';

export default defineContentScript({
  matches: [...whatnot.matches],
  // The chat and the auction footer are two feeds of the same room; the chat reports health.
  main: (ctx) => {
    runAdapter(whatnot, ctx);
    runAdapter(whatnotAuction, ctx, { sideFeed: true });
  },
});
