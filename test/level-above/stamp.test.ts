import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import { committeeWorkbook } from "../cli/committee-workbook";
import { runCli } from "../cli/cli-harness";

let dir: string;
const file = (name: string) => join(dir, name);
const decode = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "committee-check-stamp-"));
});

afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** The package with one cell's cached value replaced in the sheet part that holds it. */
function editValue(bytes: Uint8Array, from: string, to: string): Uint8Array {
  const parts = unzipSync(bytes);
  let edited = 0;
  for (const [name, data] of Object.entries(parts)) {
    if (!/^xl\/worksheets\/sheet\d+\.xml$/.test(name)) continue;
    const xml = decode(data);
    if (xml.includes(from)) {
      parts[name] = new TextEncoder().encode(xml.replace(from, to));
      edited++;
    }
  }
  expect(edited).toBe(1);
  return zipSync(parts);
}

describe("committee-check validate --stamp", () => {
  it("stamps a ready workbook and changes no other part of the package", async () => {
    const before = await committeeWorkbook();
    writeFileSync(file("ready.xlsx"), before);
    const result = await runCli(["validate", file("ready.xlsx"), "--stamp"]);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/Đã đóng dấu “đã kiểm tra” vào/);

    const oldParts = unzipSync(before);
    const newParts = unzipSync(readFileSync(file("ready.xlsx")));
    const added = Object.keys(newParts).filter((name) => !(name in oldParts));
    expect(added).toEqual([expect.stringMatching(/^xl\/worksheets\/sheet\d+\.xml$/)]);
    const changed = Object.keys(oldParts)
      .filter((name) => decode(oldParts[name]) !== decode(newParts[name]))
      .sort();
    expect(changed).toEqual([
      "[Content_Types].xml",
      "xl/_rels/workbook.xml.rels",
      "xl/workbook.xml",
    ]);
    // Each changed part gained exactly one element and lost nothing.
    const workbookXml = decode(newParts["xl/workbook.xml"]);
    const sheetTag = /<sheet name="CommitteeCheck.Stamp"[^>]*\/>/.exec(workbookXml)![0];
    expect(sheetTag).toContain('state="veryHidden"');
    expect(workbookXml.replace(sheetTag, "")).toBe(decode(oldParts["xl/workbook.xml"]));
    const rels = decode(newParts["xl/_rels/workbook.xml.rels"]);
    expect(
      rels.replace(
        /<Relationship Id="rId\d+" Type="[^"]+worksheet" Target="worksheets\/sheet\d+\.xml"\/><\/Relationships>$/,
        "</Relationships>"
      )
    ).toBe(decode(oldParts["xl/_rels/workbook.xml.rels"]));
    const types = decode(newParts["[Content_Types].xml"]);
    expect(
      types.replace(
        /<Override PartName="\/xl\/worksheets\/sheet\d+\.xml" ContentType="[^"]+"\/><\/Types>$/,
        "</Types>"
      )
    ).toBe(decode(oldParts["[Content_Types].xml"]));
  });

  it("reads the stamp back: unchanged, then changed after a figure is edited", async () => {
    writeFileSync(file("kept.xlsx"), await committeeWorkbook());
    expect((await runCli(["validate", file("kept.xlsx"), "--stamp"])).code).toBe(0);

    const again = await runCli(["validate", file("kept.xlsx"), "--format", "json"]);
    expect(JSON.parse(again.stdout).findings.map((f: { code: string }) => f.code)).not.toContain(
      "stamp-changed"
    );

    // Kim Long's 458 members become 459: the stamp no longer matches.
    writeFileSync(
      file("edited.xlsx"),
      editValue(readFileSync(file("kept.xlsx")), "<v>458</v>", "<v>459</v>")
    );
    const edited = await runCli([
      "validate",
      file("edited.xlsx"),
      "--format",
      "json",
      "--lang",
      "en",
    ]);
    const finding = JSON.parse(edited.stdout).findings.find(
      (f: { code: string }) => f.code === "stamp-changed"
    );
    expect(finding).toMatchObject({ severity: "warning", sheet: "CommitteeCheck.Stamp" });
    expect(finding.message).toMatch(/changed after that/);

    const many = await runCli(["validate", file("kept.xlsx"), file("edited.xlsx"), "--lang", "en"]);
    expect(many.stdout).toMatch(/kept\.xlsx · .* · stamped, unchanged/);
    expect(many.stdout).toMatch(/edited\.xlsx · .* · CHANGED SINCE STAMPED/);
  });

  it("does not stamp a workbook with errors, and leaves its bytes alone", async () => {
    const bytes = await committeeWorkbook({ membersNow: 14 });
    writeFileSync(file("errors.xlsx"), bytes);
    const result = await runCli(["validate", file("errors.xlsx"), "--stamp"]);
    expect(result.code).toBe(1);
    expect(result.stdout).toMatch(/Không đóng dấu .*errors\.xlsx: sổ tính còn lỗi cần sửa/);
    expect(Buffer.compare(readFileSync(file("errors.xlsx")), Buffer.from(bytes))).toBe(0);
  });

  it("stamps again over an old stamp without adding a second stamp sheet", async () => {
    writeFileSync(file("twice.xlsx"), await committeeWorkbook());
    await runCli(["validate", file("twice.xlsx"), "--stamp"]);
    const once = Object.keys(unzipSync(readFileSync(file("twice.xlsx")))).sort();
    await runCli(["validate", file("twice.xlsx"), "--stamp"]);
    const parts = unzipSync(readFileSync(file("twice.xlsx")));
    expect(Object.keys(parts).sort()).toEqual(once);
    expect(decode(parts["xl/workbook.xml"]).match(/CommitteeCheck\.Stamp/g)).toHaveLength(1);
  });

  it("keeps JSON on standard output exactly the report, the stamp note on standard error", async () => {
    writeFileSync(file("json.xlsx"), await committeeWorkbook());
    const result = await runCli([
      "validate",
      file("json.xlsx"),
      "--stamp",
      "--format",
      "json",
      "--lang",
      "en",
    ]);
    expect(() => JSON.parse(result.stdout)).not.toThrow();
    expect(result.stderr).toMatch(/^Stamped .*json\.xlsx as checked\.\n$/);
  });
});
