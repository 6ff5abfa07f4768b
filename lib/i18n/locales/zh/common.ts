import type { common as en } from '../en/common';

export const common: typeof en = {
  appName: 'Live Copilot 直播助手',
  noStream: '还没有直播',
  platform: { youtube: 'YouTube', twitch: 'Twitch', kick: 'Kick', tiktok: 'TikTok 直播', whatnot: 'Whatnot', amazon: 'Amazon Live', douyin: '抖音', taobao: '淘宝直播', kuaishou: '快手' },
  followingLatest: '正在跟随最新的直播',
  comments_one: '{{count}} 条评论',
  comments_other: '{{count}} 条评论',
  emptyFeed: '打开直播间的聊天，评论会实时显示在这里。',
  openSidePanel: '打开侧边栏',
  recordedStreams: '已记录的直播',
  noStreams: '还没有记录任何直播。',
  settings: 'Live Copilot 设置',
  privacy: 'Live Copilot 采集的一切都只留在本浏览器中，不发出任何网络请求。',
  language: '语言',
  langAuto: '跟随浏览器',
  live: '直播中',
  rowLine: '行号',
  rowKey: '键',
  rowProblem: '问题',
};
