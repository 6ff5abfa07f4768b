import { runAdapter } from '@/lib/capture/run-adapter';
import { douyin } from '@/lib/platforms/douyin';

export default defineContentScript({
  matches: [...douyin.matches],
  main: (ctx) => runAdapter(douyin, ctx),
});
