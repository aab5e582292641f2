import type { Lang } from "../core";
import { oneLine } from "./read-errors";

/** One line for a file that could not be written, by Node's error code; an existing file is never replaced without --force. */
export function fileWriteErrorMessage(file: string, error: unknown, lang: Lang): string {
  const code =
    typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
  switch (code) {
    case "EEXIST":
      return lang === "vi"
        ? `${file}: Tệp đã có nên không ghi đè. Chọn tên khác, hoặc thêm --force để thay tệp cũ.`
        : `${file}: The file already exists and was left as it is. Choose another name, or add --force to replace it.`;
    case "ENOENT":
      return lang === "vi"
        ? `${file}: Không có thư mục này — hãy tạo thư mục trước.`
        : `${file}: No such folder — create the folder first.`;
    case "EISDIR":
      return lang === "vi"
        ? `${file}: Đây là một thư mục, không ghi được thành tệp.`
        : `${file}: This is a folder; a file cannot be written there.`;
    case "EACCES":
    case "EPERM":
    case "EROFS":
      return lang === "vi"
        ? `${file}: Không có quyền ghi vào đây.`
        : `${file}: Permission denied: the file cannot be written here.`;
    default: {
      const detail = typeof code === "string" ? code : oneLine(error);
      return lang === "vi"
        ? `${file}: Không ghi được tệp (${detail}).`
        : `${file}: The file cannot be written (${detail}).`;
    }
  }
}
