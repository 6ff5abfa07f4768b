// Debian packages the browser checks and the demo need: Chromium itself, and the CJK and colour-emoji
// fonts without which the side panel shows Chinese and emoji as empty boxes. Installed with apt when
// missing and running as root; otherwise the exact command is printed.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FONTS = ['fonts-noto-cjk', 'fonts-noto-color-emoji'];

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
const installed = (pkg) => spawnSync('dpkg-query', ['-W', '-f=${Status}', pkg], { encoding: 'utf8' }).stdout?.includes('install ok installed') ?? false;

/** The packages that are missing: chromium unless CHROMIUM_PATH points at a browser, and the fonts. */
export function missingPackages() {
  const missing = existsSync(CHROMIUM) ? [] : ['chromium'];
  // Without dpkg (not Debian) nobody can say which fonts are there: only Chromium is checked.
  if (has('dpkg-query')) missing.push(...FONTS.filter((p) => !installed(p)));
  return missing;
}

/**
 * Installs what is missing (root + apt), else prints the command. Returns false when Chromium is
 * still missing (nothing in a browser can run); missing fonts only warn: pages work, glyphs don't.
 */
export function ensureSystemPackages(why) {
  const missing = missingPackages();
  if (!missing.length) return true;
  const root = process.getuid?.() === 0;
  if (root && has('apt-get')) {
    console.log(`Installing ${missing.join(', ')} with apt (${why})…`);
    execSync(`apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq ${missing.join(' ')} >/dev/null`, { stdio: 'inherit' });
    return existsSync(CHROMIUM);
  }
  const cmd = `sudo apt-get install -y ${missing.join(' ')}`;
  if (missing.includes('chromium')) {
    console.error(`${why} need Chromium at ${CHROMIUM} and fonts for Chinese and emoji. Install them with:  ${cmd}  (or set CHROMIUM_PATH).`);
    return false;
  }
  console.error(`Chinese and emoji will show as empty boxes: install the fonts with:  ${cmd}`);
  return true;
}
