import { runAdapter } from '@/lib/capture/run-adapter';
import { taobao } from '@/lib/platforms/taobao';

export default defineContentScript({
  matches: [...taobao.matches],
  main: (ctx) => runAdapter(taobao, ctx),
});
