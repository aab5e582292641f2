import JSZip from "jszip";
import { UnreadableWorkbookError, readWorkbook, unreadableMessage } from "../../src/xlsx";
import type { UnreadableReason } from "../../src/xlsx";
import { buildXlsx } from "./build-xlsx";

async function reasonFor(bytes: Uint8Array): Promise<UnreadableReason> {
  try {
    await readWorkbook(bytes);
  } catch (error) {
    expect(error).toBeInstanceOf(UnreadableWorkbookError);
    return (error as UnreadableWorkbookError).reason;
  }
  throw new Error("readWorkbook accepted bytes it should refuse");
}

describe("readWorkbook: files it cannot read", () => {
  it("refuses an empty file as empty", async () => {
    expect(await reasonFor(new Uint8Array(0))).toBe("empty");
  });

  it("refuses an OLE compound file (a password-protected .xlsx or an old .xls) as encrypted", async () => {
    const ole = new Uint8Array(4096);
    ole.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect(await reasonFor(ole)).toBe("encrypted");
  });

  it("refuses random bytes and a text file as not an .xlsx", async () => {
    let seed = 7;
    const random = Uint8Array.from(
      { length: 2048 },
      () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) & 0xff
    );
    random[0] = 0x13;
    expect(await reasonFor(random)).toBe("not-xlsx");
    expect(
      await reasonFor(
        new TextEncoder().encode("Mã;Tên tổ chức;Số đảng viên\nX01;Xã Kim Long;412\n")
      )
    ).toBe("not-xlsx");
  });

  it("refuses a zip that holds no workbook (a .docx) as not an .xlsx", async () => {
    const zip = new JSZip();
    zip.file("word/document.xml", "<w:document/>");
    expect(await reasonFor(await zip.generateAsync({ type: "uint8array" }))).toBe("not-xlsx");
  });

  it("refuses a truncated .xlsx as damaged", async () => {
    const bytes = await buildXlsx((workbook) => {
      workbook.addWorksheet("Tổ chức cơ sở đảng").getCell("A1").value = "Mã";
    });
    expect(await reasonFor(bytes.slice(0, Math.floor(bytes.length / 2)))).toBe("damaged");
  });

  it("has one line per reason in each language, different between languages", () => {
    const reasons: UnreadableReason[] = ["empty", "encrypted", "not-xlsx", "damaged", "too-large"];
    for (const reason of reasons) {
      const vi = unreadableMessage(reason, "vi");
      const en = unreadableMessage(reason, "en");
      expect(vi).not.toMatch(/\n/);
      expect(en).not.toMatch(/\n/);
      expect(vi).not.toBe(en);
    }
    expect(unreadableMessage("encrypted", "en")).toMatch(/encrypted with a password/);
    expect(unreadableMessage("encrypted", "vi")).toMatch(/mật khẩu/);
  });
});
