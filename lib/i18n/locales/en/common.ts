/** Strings shared by every surface. Keys are the contract; zh/common.ts must have the same ones. */
export const common = {
  appName: 'Live Copilot',
  noStream: 'No live stream yet',
  followingLatest: 'following the latest live stream',
  comments_one: '{{count}} comment',
  comments_other: '{{count}} comments',
  emptyFeed: "Open a live stream's chat; messages appear here as they arrive.",
  openSidePanel: 'Open side panel',
  recordedStreams: 'Recorded streams',
  noStreams: 'No streams recorded yet.',
  settings: 'Live Copilot settings',
  privacy: 'Everything Live Copilot captures stays in this browser. It makes no network requests.',
  language: 'Language',
  langAuto: 'Browser language',
  live: 'live',
};
