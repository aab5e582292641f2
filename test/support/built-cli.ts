/**
 * The command line as it ships (lib/cli/main.js, built by `npm run build:cli`: tsc, then linked into one file),
 * built here first when it is missing or older than any source it is built from or the script that links it.
 */
import { execFileSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const ROOT = join(__dirname, "..", "..");
export const BINARY = join(ROOT, "lib", "cli", "main.js");
const BUNDLER = join(ROOT, "scripts", "bundle-cli.js");

function newestSource(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

export function ensureBuiltCli(): void {
  let newest = statSync(BUNDLER).mtimeMs;
  for (const layer of ["core", "xlsx", "cli"])
    newest = Math.max(newest, newestSource(join(ROOT, "src", layer)));
  if (existsSync(BINARY) && statSync(BINARY).mtimeMs >= newest) return;
  try {
    execFileSync(
      process.execPath,
      [require.resolve("typescript/bin/tsc"), "-p", "tsconfig.cli.json"],
      { cwd: ROOT, stdio: "pipe" }
    );
  } catch (error) {
    // tsc still writes its output when it reports type errors elsewhere; only a missing binary is fatal.
    if (!existsSync(BINARY)) throw error;
  }
  execFileSync(process.execPath, [BUNDLER], { cwd: ROOT, stdio: "pipe" });
}
