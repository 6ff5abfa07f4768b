/** The machine a benchmark ran on, noted beside every figure. */
import { execSync } from 'node:child_process';
import { cpus, loadavg, release, totalmem, type as osType } from 'node:os';
import { CHROMIUM } from '../../e2e/harness/launch';

export interface Machine {
  cpu: string;
  cores: number;
  memoryGiB: number;
  os: string;
  node: string;
  browser: string;
  gpu: string;
  /** 1-minute load average when the run started and ended (other work on the machine). */
  loadAvg: { start: number; end: number | null };
}

export function machine(): Machine {
  let browser = 'unknown';
  try {
    browser = execSync(`${CHROMIUM} --version 2>/dev/null`).toString().trim();
  } catch {
    // Reported as unknown: the bench itself would have failed to launch it.
  }
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${osType()} ${release()}`,
    node: process.version,
    browser,
    gpu: 'none: WebGL runs on SwiftShader, a CPU rasteriser, so webgl figures here say nothing about a real GPU',
    loadAvg: { start: Math.round(loadavg()[0]! * 10) / 10, end: null },
  };
}

export const loadNow = (): number => Math.round(loadavg()[0]! * 10) / 10;
