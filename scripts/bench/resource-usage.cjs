// Preloaded into the command line with `node -r` by scripts/bench.ts: on exit, writes the
// process's peak resident set and CPU time to BENCH_RESOURCE_FILE. It costs well under a
// millisecond (node:fs is loaded anyway), so the timed runs carry it too.
"use strict";
const fs = require("node:fs");

const target = process.env.BENCH_RESOURCE_FILE;
if (target) {
  process.on("exit", () => {
    const usage = process.resourceUsage();
    fs.writeFileSync(
      target,
      JSON.stringify({
        peakRssMb: usage.maxRSS / 1024,
        userCpuMs: usage.userCPUTime / 1000,
        systemCpuMs: usage.systemCPUTime / 1000,
      })
    );
  });
}
