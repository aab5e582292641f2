/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof`) and says where the self time
 * went: by area of the code (exceljs and its zip and XML parsers, our reader,
 * the engine, the command line, garbage collection) and by function.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

export interface ProfileShare {
  readonly name: string;
  readonly ms: number;
  readonly share: number;
}

export interface ProfileSummary {
  readonly totalMs: number;
  readonly areas: ProfileShare[];
  readonly functions: ProfileShare[];
}

/** A line in a file linked by scripts/bundle-cli.js where one of tsc's modules starts: `// lib/core/validate.js`. */
const MODULE_START = /^\/\/ (lib\/\S+\.js)$/;

/** For each linked file, the line (0-based) where each of its modules starts, in order; empty for any other file. */
const moduleStarts = new Map<string, Array<{ line: number; module: string }>>();

function startsIn(url: string): Array<{ line: number; module: string }> {
  let starts = moduleStarts.get(url);
  if (starts) return starts;
  starts = [];
  if (url.startsWith("file:") && url.endsWith("/lib/cli/main.js")) {
    const lines = fs.readFileSync(fileURLToPath(url), "utf8").split("\n");
    lines.forEach((text, line) => {
      const start = MODULE_START.exec(text);
      if (start) starts!.push({ line, module: start[1] });
    });
  }
  moduleStarts.set(url, starts);
  return starts;
}

/**
 * The command line ships as one linked file; a frame in it is put back in the module it came from
 * (`…/lib/core/validate.js`, with its line in the linked file), so the areas stay those of the modules.
 */
function moduleUrl(url: string, line: number): string {
  const starts = startsIn(url);
  let found: string | undefined;
  for (const start of starts) {
    if (start.line > line) break;
    found = start.module;
  }
  return found ? url.replace(/lib\/cli\/main\.js$/, found) : url;
}

function areaOf(url: string, functionName: string): string {
  if (functionName === "(garbage collector)") return "garbage collection";
  if (functionName === "(program)" || functionName === "(idle)") return "V8/native (program, idle)";
  if (url === "") return "native / builtins";
  const inPackage = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (inPackage) {
    const [, name, rest] = inPackage;
    if (name === "exceljs") {
      if (rest.includes("/xform/")) return "exceljs: XML → model (xforms)";
      if (rest.includes("parse-sax") || rest.includes("saxes"))
        return "exceljs: XML parsing (saxes)";
      return "exceljs: other";
    }
    return name === "saxes"
      ? "exceljs: XML parsing (saxes)"
      : name === "jszip" || name === "pako"
        ? `zip inflate (${name})`
        : name;
  }
  if (url.includes("/lib/core/")) return "our engine (lib/core)";
  if (url.includes("/lib/xlsx/")) return "our reader (lib/xlsx)";
  if (url.includes("/lib/cli/")) return "our command line (lib/cli)";
  if (url.startsWith("node:")) return "node internals";
  return url;
}

export function summariseProfile(file: string, top = 12): ProfileSummary {
  const profile = JSON.parse(fs.readFileSync(file, "utf8")) as CpuProfile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const selfUs = new Map<number, number>();
  profile.samples.forEach((id, i) =>
    selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0))
  );
  const totalUs = [...selfUs.values()].reduce((a, b) => a + b, 0);
  const areas = new Map<string, number>();
  const functions = new Map<string, number>();
  for (const [id, us] of selfUs) {
    const frame = byId.get(id)?.callFrame;
    if (!frame) continue;
    const url = moduleUrl(frame.url, frame.lineNumber);
    const area = areaOf(url, frame.functionName);
    areas.set(area, (areas.get(area) ?? 0) + us);
    const short = (text: string): string =>
      text.replace(/^.*node_modules\//, "").replace(/^.*\/lib\//, "lib/");
    const where =
      url === frame.url
        ? url && `${short(url)}:${frame.lineNumber + 1}`
        : `${short(url)} (${short(frame.url)}:${frame.lineNumber + 1})`;
    const key = `${frame.functionName || "(anonymous)"} ${where}`.trim();
    functions.set(key, (functions.get(key) ?? 0) + us);
  }
  const shares = (map: Map<string, number>, limit: number): ProfileShare[] =>
    [...map]
      .sort((a, b) => b[1] - a[1])
      .slice(0, limit)
      .map(([name, us]) => ({ name, ms: us / 1000, share: totalUs ? us / totalUs : 0 }));
  return { totalMs: totalUs / 1000, areas: shares(areas, top), functions: shares(functions, top) };
}
