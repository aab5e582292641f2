import { readFile } from "node:fs/promises";
import { run } from "../../src/cli/run";
import type { CliIo } from "../../src/cli/run";

export interface CliResult {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the command line in-process, reading real files, with stdout/stderr captured. */
export async function runCli(argv: string[], io: Partial<CliIo> = {}): Promise<CliResult> {
  let stdout = "";
  let stderr = "";
  const code = await run(argv, {
    readFile: (path) => readFile(path),
    stdoutIsTTY: false,
    env: {},
    ...io,
    stdout: (text) => {
      // A long report comes as UTF-8 chunks, each ending on a whole character.
      stdout += typeof text === "string" ? text : new TextDecoder().decode(text);
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}

/** A stack trace line as Node prints it. */
export const STACK_LINE = /^\s+at\s/m;
