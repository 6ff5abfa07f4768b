// playwright-core bundles the `ws` WebSocket client and exports it (package.json "exports":
// ./lib/utilsBundle); Node 20 has no WebSocket without a flag. Only what cdp-memory.ts and profile-capture.ts use.
declare module 'playwright-core/lib/utilsBundle' {
  import type { EventEmitter } from 'node:events';
  export class ws extends EventEmitter {
    constructor(url: string, opts?: { maxPayload?: number });
    send(data: string): void;
    close(): void;
  }
}
