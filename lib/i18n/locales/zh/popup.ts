import type { popup as en } from '../en/popup';

export const popup: typeof en = {
  streamLog: {
    export: '导出',
    exportTitle: '把这场直播下载为事件日志（.jsonl）：按采集顺序的全部事件，含标签和讲解标记',
    importHeading: '导入直播',
    choose: '事件日志（.jsonl）',
    ready_one: '{{file}}：{{lines}} 行，{{count}} 场直播可以导入。',
    ready_other: '{{file}}：{{lines}} 行，{{count}} 场直播可以导入。',
    bad_one: '{{file}}：{{count}} 行有问题，尚未导入任何内容。请修改文件后重新选择，或只导入没有问题的行。',
    bad_other: '{{file}}：{{count}} 行有问题，尚未导入任何内容。请修改文件后重新选择，或只导入没有问题的行。',
    empty: '{{file}} 里没有事件。',
    importAll: '导入',
    importGood: '导入 {{good}} 行正确的，跳过 {{bad}} 行',
    cancel: '取消',
    done_one: '已导入 {{file}}：{{count}} 场直播。',
    done_other: '已导入 {{file}}：{{count}} 场直播。',
    failed: '导入失败，未保存任何内容：{{message}}',
    imported: '导入',
  },
};
