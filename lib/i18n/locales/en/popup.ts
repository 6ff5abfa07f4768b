/** Popup strings (stream export/import here; the per-stream summary adds its own keys). zh/popup.ts has the same keys. */
export const popup = {
  streamLog: {
    export: 'Export',
    exportTitle: 'Download this stream as an event log (.jsonl): every event in capture order, with its labels and pitch markers',
    importHeading: 'Import a stream',
    choose: 'Event log (.jsonl)',
    ready_one: '{{file}}: {{lines}} lines, {{count}} stream ready to import.',
    ready_other: '{{file}}: {{lines}} lines, {{count}} streams ready to import.',
    bad_one: '{{file}}: {{count}} line has problems. Nothing has been imported. Fix the file and choose it again, or import only the good lines.',
    bad_other: '{{file}}: {{count}} lines have problems. Nothing has been imported. Fix the file and choose it again, or import only the good lines.',
    empty: '{{file}} holds no events.',
    importAll: 'Import',
    importGood: 'Import {{good}} good lines, skip {{bad}}',
    cancel: 'Cancel',
    done_one: 'Imported {{file}}: {{count}} stream.',
    done_other: 'Imported {{file}}: {{count}} streams.',
    failed: 'Import failed, nothing was stored: {{message}}',
    imported: 'imported',
  },
};
