import type { Lang } from "../core";

/** One line for a file the system would not hand us, by Node's error code. */
export function fileErrorMessage(file: string, error: unknown, lang: Lang): string {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "ENOENT":
      return lang === "vi"
        ? `${file}: Không tìm thấy tệp này — hãy kiểm tra tên tệp và thư mục.`
        : `${file}: No such file — check the file name and the folder.`;
    case "EISDIR":
      return lang === "vi"
        ? `${file}: Đây là một thư mục, không phải tệp .xlsx.`
        : `${file}: This is a folder, not an .xlsx file.`;
    case "EACCES":
    case "EPERM":
      return lang === "vi"
        ? `${file}: Không có quyền đọc tệp này.`
        : `${file}: Permission denied: this file cannot be read.`;
    default: {
      const detail = typeof code === "string" ? code : oneLine(error);
      return lang === "vi"
        ? `${file}: Không đọc được tệp (${detail}).`
        : `${file}: The file cannot be read (${detail}).`;
    }
  }
}

export function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.replace(/\s+/g, " ").trim();
}
