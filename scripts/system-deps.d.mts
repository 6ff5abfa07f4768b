export declare const CHROMIUM: string;
/** Debian packages missing for the browser checks and the demo (chromium, CJK and emoji fonts). */
export declare function missingPackages(): string[];
/** Installs what is missing (root + apt) or prints the command; false when Chromium is still missing. */
export declare function ensureSystemPackages(why: string): boolean;
