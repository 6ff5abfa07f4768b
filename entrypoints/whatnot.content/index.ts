import { runAdapter } from '@/lib/capture/run-adapter';
import { whatnot, whatnotAuction } from '@/lib/platforms/whatnot';
import { runSideFeed } from './side-feed';

export default defineContentScript({
  matches: [...whatnot.matches],
  // The chat and the auction footer are two feeds of the same room; the chat reports health.
  main: (ctx) => {
    runAdapter(whatnot, ctx);
    runSideFeed(whatnotAuction, ctx);
  },
});
