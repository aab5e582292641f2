#!/usr/bin/env node
import { readFile } from "node:fs/promises";
import { escapeControls } from "./escape";
import { readWholeAhead } from "./read-ahead";

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

/**
 * Leaves once standard output and standard error have taken every byte (a write's callback runs after the
 * writes before it; a pipe may still hold some). exit(), not a natural end: after a big workbook, a natural
 * end first frees the whole heap page by page, which took longer than writing the report.
 */
function exitWhenFlushed(code: number): void {
  process.exitCode = code;
  let streams = 2;
  const flushed = () => {
    streams--;
    if (streams === 0) process.exit(code);
  };
  process.stdout.write("", flushed);
  process.stderr.write("", flushed);
}

/** `validate <file>`: the file is read while the checker's modules load (read-ahead.ts). Only the first path named, once. */
const readAhead = new Map<string, Promise<Uint8Array | undefined>>();
const [command, first] = process.argv.slice(2);
if (command === "validate" && first !== undefined && !first.startsWith("-")) {
  readAhead.set(first, readWholeAhead(first));
}

function readFileOnce(path: string): Promise<Uint8Array> {
  const ahead = readAhead.get(path);
  readAhead.delete(path);
  return ahead ? ahead.then((bytes) => bytes ?? readFile(path)) : readFile(path);
}

void import("./run").then(({ run }) =>
  run(process.argv.slice(2), {
    // A full pipe (`| less`) makes write() return false: wait for it to drain, so a huge report never piles up in memory.
    stdout: (text) =>
      process.stdout.write(text)
        ? undefined
        : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())),
    // Nothing left in the stream: the bytes went out at once (a file; a pipe with room), none is still held.
    stdoutDrained: () => process.stdout.writableLength === 0,
    stderr: (text) => process.stderr.write(text),
    readFile: readFileOnce,
    stdoutIsTTY: process.stdout.isTTY === true,
    stderrIsTTY: process.stderr.isTTY === true,
    env: process.env,
  }).then(exitWhenFlushed)
);
