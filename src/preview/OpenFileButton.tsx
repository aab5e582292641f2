import { useRef } from "react";
import { Button } from "@fluentui/react-components";
import { FolderOpen20Regular } from "@fluentui/react-icons";

/**
 * A real button (keyboard reachable) in front of the browser's file input, which stays in the page but out of
 * sight, the tab order and the accessibility tree, so screen readers meet one "Open file…" control, not two.
 */
export function OpenFileButton({
  label,
  disabled,
  onFile,
}: {
  readonly label: string;
  readonly disabled: boolean;
  readonly onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <Button
        icon={<FolderOpen20Regular />}
        disabled={disabled}
        onClick={() => input.current?.click()}
      >
        {label}
      </Button>
      <input
        ref={input}
        type="file"
        accept=".xlsx,.xlsm,.xls,.ods,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel.sheet.macroEnabled.12,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet"
        aria-hidden
        tabIndex={-1}
        style={{
          position: "absolute",
          width: 1,
          height: 1,
          opacity: 0,
          overflow: "hidden",
          clip: "rect(0 0 0 0)",
        }}
        onChange={(event) => {
          const file = event.target.files?.[0];
          event.target.value = ""; // Choosing the same file again still opens it.
          if (file) onFile(file);
        }}
      />
    </>
  );
}
