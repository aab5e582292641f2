/**
 * The roll-up's picture must open where the level above opens it: LibreOffice renders the roll-up
 * workbook headless (to PDF, then the picture page to PNG). LibreOffice and poppler come from Debian's
 * packages (.ci/run installs them).
 */
import { execFileSync } from "node:child_process";
import {
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { committeeFile } from "./committee-file";
import { runCli } from "../cli/cli-harness";

jest.setTimeout(180_000);

let dir: string;

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-picture-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

it("opens in LibreOffice without repair and draws the picture sheet", async () => {
  mkdirSync(join(dir, "in"));
  // Three committees with their own units; their village-head rates differ, one of them short of the goal.
  const figures: Array<[string, number]> = [
    ["kim-long", 11],
    ["huong-dao", 12],
    ["dao-tu", 9],
  ];
  for (const [i, [name, now]] of figures.entries()) {
    const unit = {
      code: `X${i}`,
      name: `Xã ${name}`,
      type: "Đảng bộ xã, thị trấn",
      members: 300,
      target: 10,
      admitted: 10,
      villages: { groups: 12, start: 9, now },
    };
    writeFileSync(join(dir, "in", `${name}.xlsx`), await committeeFile([unit]));
  }
  const out = join(dir, "tinh.xlsx");
  const rolled = await runCli(["rollup", join(dir, "in"), "--out", out, "--lang", "en"]);
  expect(rolled.stdout).toMatch(/Rolled up 3 of 3 workbooks/);

  execFileSync("soffice", ["--headless", "--convert-to", "pdf", "--outdir", dir, out], {
    stdio: "pipe",
    timeout: 150_000,
  });
  const pdf = join(dir, "tinh.pdf");
  expect(statSync(pdf).size).toBeGreaterThan(1000);
  const text = execFileSync("pdftotext", [pdf, "-"], { encoding: "utf8" });
  expect(text).toContain("Village and group heads who are party members — goal > 90%");
  expect(text).toContain("Inputs");

  const pages = Number(
    /Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))![1]
  );
  execFileSync("pdftoppm", [
    "-png",
    "-r",
    "50",
    "-f",
    String(pages),
    "-l",
    String(pages),
    pdf,
    join(dir, "picture"),
  ]);
  const png = readdirSync(dir).find((name) => name.startsWith("picture") && name.endsWith(".png"))!;
  const bytes = readFileSync(join(dir, png));
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.length).toBeGreaterThan(2000);

  // The same page as raw pixels: the bars are drawn, blue for the rates and red for the committee short of the goal.
  execFileSync("pdftoppm", [
    "-r",
    "50",
    "-f",
    String(pages),
    "-l",
    String(pages),
    pdf,
    join(dir, "pixels"),
  ]);
  const ppm = readFileSync(
    join(
      dir,
      readdirSync(dir).find((name) => name.startsWith("pixels") && name.endsWith(".ppm"))!
    )
  );
  const header = /^P6\s+(\d+)\s+(\d+)\s+255\s/.exec(ppm.subarray(0, 40).toString("latin1"))!;
  const pixels = ppm.subarray(header[0].length);
  const near = (r: number, g: number, b: number) => {
    let count = 0;
    for (let i = 0; i + 2 < pixels.length; i += 3) {
      if (
        Math.abs(pixels[i] - r) < 24 &&
        Math.abs(pixels[i + 1] - g) < 24 &&
        Math.abs(pixels[i + 2] - b) < 24
      )
        count++;
    }
    return count;
  };
  expect(near(0x5b, 0x9b, 0xd5)).toBeGreaterThan(200); // rate bars
  expect(near(0xd9, 0x53, 0x4f)).toBeGreaterThan(50); // short of the goal
});
