// Preloaded with `node --import <this file's URL> …`: when the process exits, writes its peak
// resident set size in KiB to the file named by TAILPOLICY_BENCH_RSS_FILE (nothing when unset).
//
// The peak is /proc/self/status's VmHWM where there is one, not process.resourceUsage().maxRSS:
// on Linux a spawned child's maxRSS starts at its parent's RSS at fork time (the kernel carries
// the pre-exec peak across execve), so a bench process holding 10 MB policies would raise the
// floor of every number. VmHWM belongs to the new process image alone.

import { closeSync, openSync, readFileSync, writeSync } from 'node:fs';

function peakKiB() {
  try {
    const match = /^VmHWM:\s*(\d+)\s*kB$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    if (match) return Number(match[1]);
  } catch {
    // No procfs: fall back to getrusage.
  }
  return process.resourceUsage().maxRSS;
}

const out = process.env.TAILPOLICY_BENCH_RSS_FILE;
if (out) {
  process.on('exit', () => {
    const fd = openSync(out, 'w');
    try {
      writeSync(fd, JSON.stringify(peakKiB()));
    } finally {
      closeSync(fd);
    }
  });
}
