import type { Lang, StampState } from "../core";

/** The stamp: "checked, and unchanged since" for whoever receives the workbook. */
export interface StampStrings {
  readonly heading: string;
  readonly stamp: string;
  readonly stamping: string;
  readonly state: (state: StampState, when: string, version: string) => string;
  /** Why the button is off. */
  readonly notReady: string;
  readonly staleFirst: string;
  readonly explain: string;
  readonly failed: string;
}

const vi: StampStrings = {
  heading: "Dấu “đã kiểm tra”",
  stamp: "Đóng dấu đã kiểm tra",
  stamping: "Đang đóng dấu…",
  state: (state, when, version) =>
    state === "none"
      ? "Sổ chưa được đóng dấu."
      : state === "unchanged"
        ? `Đã đóng dấu lúc ${when} (phiên bản ${version}); số liệu không đổi từ đó.`
        : `Đã đóng dấu lúc ${when} (phiên bản ${version}), nhưng số liệu đã thay đổi sau đó: hãy đóng dấu lại.`,
  notReady: "Chỉ đóng dấu được khi sổ không còn lỗi.",
  staleFirst: "Sổ đã được sửa sau lần kiểm tra: hãy kiểm tra lại trước khi đóng dấu.",
  explain:
    "Dấu ghi vào một sheet ẩn trong tệp: giờ kiểm tra, phiên bản và mã băm của số liệu, để nơi nhận biết số liệu đã được kiểm tra và chưa bị sửa. Dấu không phải chữ ký.",
  failed: "Không ghi được dấu vào sổ. Sổ có thể đang được bảo vệ; hãy thử lại.",
};

const en: StampStrings = {
  heading: "Checked stamp",
  stamp: "Stamp as checked",
  stamping: "Stamping…",
  state: (state, when, version) =>
    state === "none"
      ? "The workbook is not stamped."
      : state === "unchanged"
        ? `Stamped at ${when} (version ${version}); the data has not changed since.`
        : `Stamped at ${when} (version ${version}), but the data changed after that: stamp it again.`,
  notReady: "A workbook can be stamped only when it has no errors.",
  staleFirst: "The workbook was edited after the check: check it again before stamping.",
  explain:
    "The stamp is kept in a hidden sheet of the file: when it was checked, the version, and a hash of the data, so that whoever receives it sees the data was checked and not changed since. It is not a signature.",
  failed: "The stamp could not be written into the workbook. It may be protected; try again.",
};

export const STAMP_STRINGS: Readonly<Record<Lang, StampStrings>> = { vi, en };
