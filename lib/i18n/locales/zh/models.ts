import type { models as en } from '../en/models';

export const models: typeof en = {
  heading: '模型',
  backend: '计算后端',
  choice: {
    auto: '自动（选本机实测最快的）',
    webgl: 'WebGL（显卡）',
    wasm: 'WebAssembly',
    cpu: 'CPU（最慢）',
  },
  name: { webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU' },
  auto: {
    picked: '自动选择：{{backend}} —— {{when}} 实测，用时 {{seconds}} 秒；浏览器或 Live Copilot 更新后会重新测量。',
    notYet: '尚未测量：模型第一次启动时会逐个测量各个后端。',
    again: '重新测量',
    colBackend: '后端',
    colSpeed: '每秒评论数',
    colLoad: '加载',
    colAgree: '与 {{reference}} 结果一致',
    yes: '是（最大差异 {{diff}}）',
    no: '否',
    chosen: '已选用',
    ms: '{{ms}} 毫秒',
  },
  status: {
    ready: '模型：{{backend}}',
    loading: '模型加载中…',
    measuring: '模型：正在测量哪个后端最快…',
    failed: '模型不可用 —— 消息会保留但不打标签（{{detail}}）',
    noDetail: '无详细信息',
    behind_one: '{{count}} 条消息等待打标签（约 {{seconds}} 秒）',
    behind_other: '{{count}} 条消息等待打标签（约 {{seconds}} 秒）',
  },
};
