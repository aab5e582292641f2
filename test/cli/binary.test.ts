import { execFileSync, spawn, spawnSync } from "node:child_process";
import {
  closeSync,
  copyFileSync,
  mkdirSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeCommitteeWorkbook } from "../../scripts/bench/write-workbook";
import { committeeWorkbook } from "./committee-workbook";
import { runCli } from "./cli-harness";
import { BINARY, ensureBuiltCli } from "../support/built-cli";

let dir: string;

beforeAll(async () => {
  ensureBuiltCli();
  dir = mkdtempSync(join(tmpdir(), "committee-check-bin-"));
  writeFileSync(join(dir, "ready.xlsx"), await committeeWorkbook());
  writeFileSync(join(dir, "too-many-heads.xlsx"), await committeeWorkbook({ membersNow: 14 }));
  await writeCommitteeWorkbook(join(dir, "big.xlsx"), 5_000);
}, 120_000);

/** Runs the binary with stdout on a pipe that its reader empties slowly, as `| less` would. */
function runThroughSlowPipe(args: string[]): Promise<{ code: number | null; stdout: Buffer }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BINARY, ...args], {
      stdio: ["ignore", "pipe", "ignore"],
    });
    const chunks: Buffer[] = [];
    child.stdout.on("data", (chunk: Buffer) => {
      chunks.push(chunk);
      // Stop reading a moment after each chunk: the pipe fills and the binary has to wait for it.
      child.stdout.pause();
      setTimeout(() => child.stdout.resume(), 2);
    });
    child.on("error", reject);
    child.on("close", (code) => resolve({ code, stdout: Buffer.concat(chunks) }));
  });
}

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("the built committee-check binary", () => {
  it("starts with a node shebang, so npm can link it as a command", () => {
    expect(execFileSync("head", ["-c", "19", BINARY]).toString()).toBe("#!/usr/bin/env node");
  });

  it("is one file: it validates and writes a template when copied alone beside the packages it needs", () => {
    // The bin is tsc's output linked into one file (scripts/bundle-cli.js); a module left out of it would be
    // looked for beside the copy and not found.
    const alone = mkdtempSync(join(tmpdir(), "committee-check-alone-"));
    mkdirSync(join(alone, "cli"));
    copyFileSync(BINARY, join(alone, "cli", "main.js"));
    symlinkSync(join(__dirname, "..", "..", "node_modules"), join(alone, "node_modules"));
    const run = (args: string[]) =>
      spawnSync(process.execPath, [join(alone, "cli", "main.js"), ...args], { encoding: "utf8" });

    const ready = run(["validate", join(dir, "ready.xlsx"), "--format", "json"]);
    expect(ready.stderr).toBe("");
    expect(ready.status).toBe(0);
    expect(JSON.parse(ready.stdout)).toMatchObject({ workbook: "ready.xlsx", ready: true });

    const template = run(["template", join(alone, "new.xlsx"), "--lang", "en"]);
    expect(template.stderr).toBe("");
    expect(template.status).toBe(0);
    const again = run(["validate", join(alone, "new.xlsx"), "--format", "json"]);
    expect(again.stderr).toBe("");
    expect(JSON.parse(again.stdout)).toMatchObject({ workbook: "new.xlsx" });
    rmSync(alone, { recursive: true, force: true });
  });

  it("validates real files: exit 0 with JSON for a ready workbook, exit 1 for one with errors, exit 2 for a missing file", () => {
    const ready = spawnSync(
      process.execPath,
      [BINARY, "validate", join(dir, "ready.xlsx"), "--format", "json"],
      { encoding: "utf8" }
    );
    expect(ready.status).toBe(0);
    expect(JSON.parse(ready.stdout)).toMatchObject({ workbook: "ready.xlsx", ready: true });
    expect(ready.stderr).toBe("");

    const withErrors = spawnSync(
      process.execPath,
      [BINARY, "validate", join(dir, "too-many-heads.xlsx")],
      { encoding: "utf8" }
    );
    expect(withErrors.status).toBe(1);
    expect(withErrors.stdout).toContain("[out-of-range]");
    expect(withErrors.stdout).not.toContain("\u001b[");

    const missing = spawnSync(
      process.execPath,
      [BINARY, "validate", join(dir, "gone.xlsx"), "--lang", "en"],
      { encoding: "utf8" }
    );
    expect(missing.status).toBe(2);
    expect(missing.stdout).toBe("");
    expect(missing.stderr.trimEnd().split("\n")).toEqual([
      `${join(dir, "gone.xlsx")}: No such file — check the file name and the folder.`,
    ]);
  });

  it("checks a folder named first as many files (the path read ahead while it starts is no file): no error, one line a file", () => {
    const folder = spawnSync(process.execPath, [BINARY, "validate", dir, "--lang", "en"], {
      encoding: "utf8",
    });
    expect(folder.stderr).toBe("");
    expect(folder.status).toBe(1);
    expect(folder.stdout).toContain("ready.xlsx");
    expect(folder.stdout).toContain("too-many-heads.xlsx");
    expect(folder.stdout).toContain("big.xlsx");
    expect(folder.stdout).toContain("3 files in all");
  });

  it("writes a long report whole through a slow pipe before it exits, the same bytes as in process", async () => {
    const file = join(dir, "big.xlsx");
    for (const format of ["json", "text"]) {
      const piped = await runThroughSlowPipe(["validate", file, "--format", format]);
      const inProcess = await runCli(["validate", file, "--format", format]);
      expect(piped.code).toBe(inProcess.code);
      expect(piped.stdout.length).toBeGreaterThan(format === "json" ? 1_000_000 : 1_000);
      expect(piped.stdout.toString("utf8")).toBe(inProcess.stdout);
    }
  }, 120_000);

  it("writes a long report whole to a file (> report.json), the same bytes as in process", async () => {
    const file = join(dir, "big.xlsx");
    for (const format of ["json", "text"]) {
      const out = join(dir, `report.${format}`);
      const fd = openSync(out, "w");
      let status: number | null;
      try {
        ({ status } = spawnSync(process.execPath, [BINARY, "validate", file, "--format", format], {
          stdio: ["ignore", fd, "ignore"],
        }));
      } finally {
        closeSync(fd);
      }
      const inProcess = await runCli(["validate", file, "--format", format]);
      expect(status).toBe(inProcess.code);
      const written = readFileSync(out, "utf8");
      expect(Buffer.byteLength(written)).toBeGreaterThan(format === "json" ? 1_000_000 : 1_000);
      expect(written).toBe(inProcess.stdout);
    }
  }, 120_000);

  it("stops quietly, exit 0, when the reader closes the pipe early (| head)", () => {
    const result = spawnSync(
      "bash",
      [
        "-o",
        "pipefail",
        "-c",
        `"${process.execPath}" "${BINARY}" validate "${join(dir, "big.xlsx")}" --format json | head -c 100`,
      ],
      { encoding: "utf8" }
    );
    // pipefail: the status is the binary's, not head's.
    expect(result.status).toBe(0);
    expect(result.stdout).toHaveLength(100);
    expect(result.stderr).toBe("");
  });
});
