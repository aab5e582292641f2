import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Report } from "../../src/core";
import { committeeWorkbook, oleFile } from "./committee-workbook";
import { STACK_LINE, runCli } from "./cli-harness";

let dir: string;
const file = (name: string) => join(dir, name);

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-cli-"));
  writeFileSync(file("ready.xlsx"), await committeeWorkbook());
  writeFileSync(file("too-many-heads.xlsx"), await committeeWorkbook({ membersNow: 14 }));
  writeFileSync(file("members-as-text.xlsx"), await committeeWorkbook({ kimLongMembers: "6,300" }));
  writeFileSync(file("empty.xlsx"), new Uint8Array(0));
  writeFileSync(file("notes.xlsx"), "Mã;Tên tổ chức;Số đảng viên\nX11;Xã Kim Long;458\n");
  writeFileSync(file("protected.xlsx"), oleFile());
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("committee-check validate: exit codes", () => {
  it("exits 0 and says the workbook is ready to submit when it has no errors", async () => {
    const result = await runCli(["validate", file("ready.xlsx")]);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")[0]).toContain("SẴN SÀNG NỘP");
    expect(result.stdout).toContain("ready.xlsx");
  });

  it("exits 1 and names the cell when the workbook has an error", async () => {
    const result = await runCli(["validate", file("too-many-heads.xlsx")]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe("");
    expect(result.stdout.split("\n")[0]).toMatch(/1 lỗi cần sửa/);
    // Header on row 2, Kim Long on row 3; members_now is the fourth column.
    expect(result.stdout).toMatch(/D3\s+\[out-of-range\]\s+\S/);
    expect(result.stdout).toContain("Trưởng thôn, tổ dân phố");
  });

  it.each([
    ["a missing file", "no-such-file.xlsx", /Không tìm thấy tệp/],
    ["an empty file", "empty.xlsx", /Tệp trống/],
    ["a text file renamed .xlsx", "notes.xlsx", /không phải sổ Excel \(\.xlsx/],
    ["a password-protected file (OLE container)", "protected.xlsx", /mật khẩu/],
  ])("exits 2 for %s, with one line on stderr and no stack trace", async (_what, name, message) => {
    const path = file(name);
    const result = await runCli(["validate", path]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(result.stderr).toContain(path);
    expect(result.stderr).not.toMatch(STACK_LINE);
  });

  it("says why a file is unreadable in English with --lang en", async () => {
    const result = await runCli(["validate", file("protected.xlsx"), "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/encrypted with a password/);
    const missing = await runCli(["validate", file("gone.xlsx"), "--lang=en"]);
    expect(missing.stderr).toMatch(/No such file/);
  });
});

describe("committee-check validate --format json", () => {
  it("prints exactly the report object and nothing else", async () => {
    const result = await runCli(["validate", file("too-many-heads.xlsx"), "--format", "json"]);
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as Report;
    expect(Object.keys(report).sort()).toEqual([
      "counts",
      "findings",
      "goalsSource",
      "indicators",
      "ready",
      "workbook",
    ]);
    expect(report.workbook).toBe("too-many-heads.xlsx");
    expect(report.ready).toBe(false);
    expect(report.goalsSource).toBe("default");
    expect(report.counts.error).toBeGreaterThanOrEqual(1);
    expect(report.findings).toContainEqual(
      expect.objectContaining({
        code: "out-of-range",
        severity: "error",
        sheet: "Trưởng thôn, tổ dân phố",
        cell: "D3",
        field: "members_now",
      })
    );
    expect(report.indicators).toContainEqual(
      expect.objectContaining({
        id: "admission-attainment",
        scope: "committee",
        numerator: 16,
        denominator: 15,
      })
    );
    expect(result.stdout).toBe(`${JSON.stringify(report, null, 2)}\n`);
  });

  it("gives the ready workbook exit 0 and ready: true", async () => {
    const result = await runCli(["validate", "--format=json", file("ready.xlsx")]);
    expect(result.code).toBe(0);
    const report = JSON.parse(result.stdout) as Report;
    expect(report.ready).toBe(true);
    expect(report.counts.error).toBe(0);
    expect(report.indicators).toContainEqual(
      expect.objectContaining({
        id: "village-head-rate",
        scope: "committee",
        numerator: 11,
        denominator: 12,
        status: "met",
      })
    );
  });
});

describe("committee-check validate: language, culture, colour", () => {
  it("speaks English with --lang en, in the text and in the JSON messages", async () => {
    const text = await runCli(["validate", file("too-many-heads.xlsx"), "--lang", "en"]);
    expect(text.stdout.split("\n")[0]).toMatch(/^Workbook too-many-heads\.xlsx: 1 error to fix/);
    expect(text.stdout).toContain("Indicators");
    expect(text.stdout).not.toContain("lỗi cần sửa");
    const vi = JSON.parse(
      (await runCli(["validate", file("too-many-heads.xlsx"), "--format", "json"])).stdout
    ) as Report;
    const en = JSON.parse(
      (await runCli(["validate", file("too-many-heads.xlsx"), "--format", "json", "--lang", "en"]))
        .stdout
    ) as Report;
    const message = (report: Report) =>
      report.findings.find((f) => f.code === "out-of-range")?.message ?? "";
    expect(message(en)).not.toBe("");
    expect(message(en)).not.toBe(message(vi));
    expect(message(en)).not.toMatch(/[ăâđêôơư]/i);
  });

  it("reads a number stored as text with the culture given by --locale", async () => {
    // `6,300` is six thousand three hundred in en-US, but 6.3 (not a whole number) in vi-VN.
    const enUs = JSON.parse(
      (
        await runCli([
          "validate",
          file("members-as-text.xlsx"),
          "--format",
          "json",
          "--locale",
          "en-US",
        ])
      ).stdout
    ) as Report;
    expect(enUs.findings).toContainEqual(
      expect.objectContaining({ code: "number-as-text", cell: "D3" })
    );
    expect(enUs.findings.filter((f) => f.cell === "D3" && f.severity === "error")).toEqual([]);
    const viVn = JSON.parse(
      (await runCli(["validate", file("members-as-text.xlsx"), "--format", "json"])).stdout
    ) as Report;
    expect(viVn.findings.filter((f) => f.cell === "D3" && f.severity === "error")).not.toEqual([]);
  });

  it("writes no colour codes when stdout is not a terminal", async () => {
    const result = await runCli(["validate", file("too-many-heads.xlsx")], { stdoutIsTTY: false });
    expect(result.stdout).not.toContain("\u001b[");
  });

  it("colours a terminal, unless NO_COLOR is set", async () => {
    const coloured = await runCli(["validate", file("too-many-heads.xlsx")], {
      stdoutIsTTY: true,
      env: {},
    });
    expect(coloured.stdout).toContain("\u001b[31m");
    const plain = await runCli(["validate", file("too-many-heads.xlsx")], {
      stdoutIsTTY: true,
      env: { NO_COLOR: "1" },
    });
    expect(plain.stdout).not.toContain("\u001b[");
    // The words are the same either way.
    // eslint-disable-next-line no-control-regex -- the escape character of ANSI colours is what is removed
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, "")).toBe(plain.stdout);
  });

  it("never colours JSON", async () => {
    const result = await runCli(["validate", file("too-many-heads.xlsx"), "--format", "json"], {
      stdoutIsTTY: true,
      env: {},
    });
    expect(result.stdout).not.toContain("\u001b[");
  });
});

describe("committee-check: usage", () => {
  it.each([
    [["validate", "a.xlsx", "--fromat", "json"], /Không có tuỳ chọn "--fromat"/],
    [["validate", "a.xlsx", "--format", "xml"], /"xml" không hợp lệ cho --format/],
    [["validate", "a.xlsx", "--locale"], /--locale cần một giá trị/],
    [["validate"], /Thiếu tệp cần kiểm tra/],
    [["check", "a.xlsx"], /Không có lệnh "check"/],
    [[], /Thiếu lệnh/],
  ])("exits 2 with one line for %j", async (argv, message) => {
    const result = await runCli(argv as string[]);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe("");
    expect(result.stderr).toMatch(message);
    expect(result.stderr.trimEnd().split("\n")).toHaveLength(1);
  });

  it("explains bad usage in English when --lang en is given", async () => {
    const result = await runCli(["validate", "a.xlsx", "--format", "xml", "--lang", "en"]);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/"xml" is not a valid value for --format: choose text or json/);
  });

  it("prints help on --help and exits 0", async () => {
    const vi = await runCli(["--help"]);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain("committee-check validate <tệp|thư-mục>...");
    expect(vi.stdout).toContain("Mã thoát");
    const en = await runCli(["validate", "-h", "--lang", "en"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("Exit codes");
  });
});
