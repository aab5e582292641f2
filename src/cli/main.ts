#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { escapeControls } from "./escape";
import { run } from "./run";

// A reader that closes the pipe early (`| head`) is not a failure of the check.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
});

// Last resort: whatever escapes run() still ends as one line and exit 2, never a stack trace.
process.on("uncaughtException", (error) => {
  process.stderr.write(
    `committee-check: ${escapeControls((error instanceof Error ? error.message : String(error)).replace(/\s*\n\s*/g, " "))}\n`
  );
  process.exit(2);
});

run(process.argv.slice(2), {
  // A full pipe (`| less`) makes write() return false: wait for it to drain, so a huge report never piles up in memory.
  stdout: (text) =>
    process.stdout.write(text)
      ? undefined
      : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())),
  stderr: (text) => process.stderr.write(text),
  readFile: (path) => readFile(path),
  stdoutIsTTY: process.stdout.isTTY === true,
  stderrIsTTY: process.stderr.isTTY === true,
  env: process.env,
}).then((code) => {
  // exitCode, not exit(): a long report piped to a file must be flushed first.
  process.exitCode = code;
});
