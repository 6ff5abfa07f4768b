/**
 * The lines the backend measurement labels: written for it (not from any evaluation split), short
 * and long, English, Chinese, mixed, emoji and slang, as live-shopping chat is.
 */
export const PROBE_TEXTS: readonly string[] = [
  'how much is the blue one?',
  'does it come in size L',
  'just bought two!! 🔥🔥',
  'shipping to Canada takes how long and is it free over $50?',
  'this is the worst stream ever, my order never arrived',
  'W',
  '666',
  '多少钱',
  '扣1',
  '有没有大码的，我平时穿XL',
  '主播好漂亮 😍 已经拍了',
  '发货太慢了，等了一个星期还没到',
  'yyds 绝了',
  'link pls',
  'hi from Manila 👋',
  'is the fabric cotton or polyester? it looked thin on camera',
];
