/**
 * Fuzzing as a habit: the built command line on a damaged-file corpus (fixed seed, bounded count), each file
 * in a fresh node with a capped heap. Every run must end in exit 0, 1 or 2; exit 2 with exactly one line on
 * stderr and no stack trace; a run over the heap cap dies (exit 134) and fails the test.
 *
 * FUZZ_COUNT (default 45) and FUZZ_SEED (default 20261130) widen or change the corpus for long runs.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { committeeWorkbook } from "../cli/committee-workbook";
import { damagedFiles, hostileFiles, type CorpusFile } from "./corpus";
import { BINARY, ensureBuiltCli } from "../support/built-cli";

const ROOT = join(__dirname, "..", "..");
const COUNT = Number(process.env.FUZZ_COUNT ?? "") || 45;
const SEED = Number(process.env.FUZZ_SEED ?? "") || 20261130;
/** The heap a run may use; the largest hostile file here needs well under it. */
const HEAP_MB = 384;

let dir: string;
let intact: CorpusFile[];
const HOSTILE = hostileFiles();

beforeAll(async () => {
  ensureBuiltCli();
  dir = mkdtempSync(join(tmpdir(), "committee-check-fuzz-"));
  intact = [
    { name: "committee.xlsx", bytes: await committeeWorkbook() },
    { name: "too-many-heads.xlsx", bytes: await committeeWorkbook({ membersNow: 14 }) },
  ];
}, 120_000);

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function runOn(file: CorpusFile, format: "text" | "json") {
  const path = join(dir, file.name);
  writeFileSync(path, file.bytes);
  const result = spawnSync(
    process.execPath,
    [`--max-old-space-size=${HEAP_MB}`, BINARY, "validate", path, "--format", format],
    {
      cwd: ROOT,
      encoding: "utf8",
      maxBuffer: 256 * 2 ** 20,
    }
  );
  rmSync(path, { force: true });
  return result;
}

function expectContract(file: CorpusFile, format: "text" | "json"): number | null {
  const result = runOn(file, format);
  const outcome = {
    file: file.name,
    status: result.status,
    signal: result.signal,
    stderr: result.stderr.slice(0, 400),
  };
  // On a miss Jest prints the file, its exit and its stderr (an out-of-memory death is exit 134 with a native stack).
  expect({
    ...outcome,
    keptContract: result.signal === null && [0, 1, 2].includes(result.status ?? -1),
  }).toEqual({ ...outcome, keptContract: true });
  if (result.status === 2) {
    expect(result.stderr.split("\n")).toEqual([expect.any(String), ""]);
    expect(result.stderr).not.toMatch(/^\s+at\s/m);
    expect(result.stderr).not.toMatch(/repair|sửa/);
    expect(result.stdout).toBe("");
  } else {
    expect(outcome.stderr).toBe("");
    if (format === "json") expect(() => JSON.parse(result.stdout)).not.toThrow();
  }
  return result.status;
}

describe("the command line on hostile files", () => {
  it.each(HOSTILE.map((file) => [file.name, file] as const))(
    "%s: exit 0/1/2, one line on stderr, within the heap cap",
    (_name, file) => {
      expectContract(file, "text");
    },
    120_000
  );

  it("refuses the attacks the issue lists with exit 2, and reads the harmless constructs", () => {
    const status = new Map(HOSTILE.map((file) => [file.name, runOn(file, "json").status]));
    for (const name of [
      "zip-bomb.xlsx",
      "entity-bomb.xlsx",
      "missing-sheet.xlsx",
      "ref-beyond-grid.xlsx",
      "rows-with-one-cell-at-xfd.xlsx",
      "deep-nesting.xlsx",
    ])
      expect([name, status.get(name)]).toEqual([name, 2]);
    for (const name of [
      "whole-sheet-validation.xlsx",
      "merge-to-sheet-end.xlsx",
      "col-max.xlsx",
      "unused-compressed-parts.xlsx",
      "many-merges.xlsx",
    ])
      expect([name, status.get(name)]).toEqual([name, 1]);
  }, 300_000);
});

describe(`the command line on ${COUNT} damaged files (seed ${SEED})`, () => {
  it("ends every run in exit 0, 1 or 2, with one stderr line and no stack trace on exit 2", () => {
    const files = damagedFiles(intact, SEED, COUNT);
    const statuses = files.map((file, i) => expectContract(file, i % 2 === 0 ? "text" : "json"));
    // The corpus must reach the reader's refusals, not only the happy path.
    expect(statuses).toContain(2);
  }, 600_000);
});
