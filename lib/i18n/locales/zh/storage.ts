import type { storage as en } from '../en/storage';

export const storage: typeof en = {
  full: '存储空间已满。新的弹幕事件暂存在直播页面中（页面保持打开就不会丢失），一有空间就会保存。腾出空间：在“设置 → 存储”中缩短保留期限，或在弹出窗口中删除旧的直播记录。',
  prunedQuota: '存储空间已满：已删除最早结束的 {{count}} 场直播记录以腾出空间（设置 → 存储）。',
  prunedRetention: '已按你的保留设置删除 {{count}} 场已结束的直播记录。',
  dismiss: '知道了',
  heading: '存储',
  days: '已结束的直播记录保留天数（0 = 一直保留）',
  maxMB: '存储数据上限（MB，0 = 不限制）',
  pruneWhenFull: '浏览器存储空间已满时，删除最早结束的直播记录以腾出空间',
  usage: '已使用 {{used}} MB，浏览器允许 {{quota}} MB。',
};
