/** Models: backend setting, 'auto' measurement, model status. zh/models.ts has the same keys. */
export const models = {
  heading: 'Models',
  backend: 'Backend',
  choice: {
    auto: 'Automatic (the fastest measured here)',
    webgl: 'WebGL (GPU)',
    wasm: 'WebAssembly',
    cpu: 'CPU (slowest)',
  },
  name: { webgl: 'WebGL', wasm: 'WebAssembly', cpu: 'CPU' },
  auto: {
    picked: 'Automatic choice: {{backend}} — measured {{when}} in {{seconds}} s, kept until the browser or Live Copilot is updated.',
    notYet: 'Not measured yet: the models measure each backend the first time they start.',
    again: 'Measure again',
    colBackend: 'Backend',
    colSpeed: 'Comments / s',
    colLoad: 'Load',
    colAgree: 'Same outputs as {{reference}}',
    yes: 'yes (max difference {{diff}})',
    no: 'no',
    chosen: 'chosen',
    ms: '{{ms}} ms',
  },
  status: {
    ready: 'Models: {{backend}}',
    loading: 'Models loading…',
    measuring: 'Models: measuring which backend is fastest here…',
    failed: 'Models unavailable — messages are kept unlabelled ({{detail}})',
    noDetail: 'no detail',
    behind_one: '{{count}} message waiting for labels (~{{seconds}} s)',
    behind_other: '{{count}} messages waiting for labels (~{{seconds}} s)',
  },
};
