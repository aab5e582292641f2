import { useState } from "react";
import {
  Button,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Lang, SelfCheckResult, WorkbookHost } from "../../core";
import { usePaneText } from "../pane-text";

const TEXT = {
  vi: {
    heading: "Kiểm tra cài đặt",
    intro:
      "Thử mọi thao tác của Kiểm tra hồ sơ trên một trang tạm, rồi gỡ trang đó. Không đụng đến các trang của bạn.",
    run: "Kiểm tra cài đặt",
    running: "Đang thử…",
    copy: "Sao chép",
    copied: "Đã sao chép.",
    copyFailed: "Không sao chép được: hãy chọn bảng và sao chép bằng tay.",
    failed: "Không chạy được phần kiểm tra cài đặt.",
    excel: "Excel",
    platform: "Nền tảng",
    item: "Mục",
    result: "Kết quả",
    detail: "Chi tiết",
    yes: "Có",
    no: "Không",
    works: "Được",
    broken: "Lỗi",
    skipped: "Không thử",
    tableName: "Kết quả kiểm tra cài đặt",
  },
  en: {
    heading: "Check this Excel",
    intro:
      "Tries every action of Committee Check on a temporary sheet, then removes it. Your sheets are not touched.",
    run: "Check this Excel",
    running: "Checking…",
    copy: "Copy",
    copied: "Copied.",
    copyFailed: "Could not copy: select the table and copy it by hand.",
    failed: "The check could not run.",
    excel: "Excel",
    platform: "Platform",
    item: "Item",
    result: "Result",
    detail: "Detail",
    yes: "Yes",
    no: "No",
    works: "Works",
    broken: "Failed",
    skipped: "Not tried",
    tableName: "Results of the check of this Excel",
  },
} as const;

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
  intro: { margin: 0, color: tokens.colorNeutralForeground2, fontSize: tokens.fontSizeBase200 },
  buttons: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
  broken: { color: tokens.colorStatusDangerForeground1, fontWeight: tokens.fontWeightSemibold },
  works: { color: tokens.colorStatusSuccessForeground1 },
});

/** The table as plain text, one row a line, tab-separated: what "copy" puts on the clipboard for a support request. */
export function selfCheckText(result: SelfCheckResult, lang: Lang): string {
  const text = TEXT[lang];
  const mark = (value: boolean | null) =>
    value === null ? text.skipped : value ? text.works : text.broken;
  return [
    `${text.excel}\t${result.version}`,
    `${text.platform}\t${result.platform}`,
    ...result.sets.map((set) => `${set.name}\t${set.supported ? text.yes : text.no}`),
    ...result.checks.map(
      (check) => `${check.label[lang]}\t${mark(check.ok)}\t${check.detail[lang]}`
    ),
  ].join("\n");
}

async function copyText(value: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(value);
      return true;
    }
  } catch {
    // Office's webviews may refuse the clipboard API: fall back to the selection.
  }
  const area = document.createElement("textarea");
  area.value = value;
  area.setAttribute("readonly", "");
  area.style.position = "fixed";
  area.style.opacity = "0";
  document.body.appendChild(area);
  area.select();
  try {
    return document.execCommand?.("copy") === true;
  } catch {
    return false;
  } finally {
    area.remove();
  }
}

/**
 * "Kiểm tra cài đặt" / "Check this Excel": runs the host's self-check and shows a plain table — Excel's version
 * and platform, each requirement set, each feature working or not and why — with a button to copy it as text.
 * Shown only where the host has a self-check (Excel, not the preview).
 */
export function SelfCheckSection({
  host,
  busy,
}: {
  readonly host: WorkbookHost;
  readonly busy: boolean;
}) {
  const styles = useStyles();
  const { lang } = usePaneText();
  const [running, setRunning] = useState(false);
  const [result, setResult] = useState<SelfCheckResult | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const text = TEXT[lang];
  if (!host.selfCheck) return null;
  const selfCheck = host.selfCheck.bind(host);

  const run = async () => {
    setRunning(true);
    setMessage(null);
    try {
      setResult(await selfCheck());
    } catch {
      setMessage(text.failed);
    } finally {
      setRunning(false);
    }
  };
  const copy = async () => {
    if (result)
      setMessage((await copyText(selfCheckText(result, lang))) ? text.copied : text.copyFailed);
  };
  const mark = (value: boolean | null) =>
    value === null ? (
      text.skipped
    ) : value ? (
      <span className={styles.works}>{text.works}</span>
    ) : (
      <span className={styles.broken}>{text.broken}</span>
    );

  return (
    <section className={styles.root} aria-labelledby="self-check-heading">
      <Subtitle2 as="h2" id="self-check-heading">
        {text.heading}
      </Subtitle2>
      <p className={styles.intro}>{text.intro}</p>
      <div className={styles.buttons}>
        <Button onClick={() => void run()} disabled={busy || running}>
          {text.run}
        </Button>
        {result && <Button onClick={() => void copy()}>{text.copy}</Button>}
        {running && <Spinner size="tiny" label={text.running} labelPosition="after" />}
        {message && <span role="status">{message}</span>}
      </div>
      {result && (
        <Table size="extra-small" aria-label={text.tableName}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{text.item}</TableHeaderCell>
              <TableHeaderCell>{text.result}</TableHeaderCell>
              <TableHeaderCell>{text.detail}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            <TableRow>
              <TableCell>{text.excel}</TableCell>
              <TableCell>{result.version}</TableCell>
              <TableCell>{result.platform}</TableCell>
            </TableRow>
            {result.sets.map((set) => (
              <TableRow key={set.name} data-set={set.name}>
                <TableCell>{set.name}</TableCell>
                <TableCell>{set.supported ? text.yes : text.no}</TableCell>
                <TableCell />
              </TableRow>
            ))}
            {result.checks.map((check) => (
              <TableRow
                key={check.label.en}
                data-check={check.ok === null ? "skipped" : check.ok ? "works" : "failed"}
              >
                <TableCell>{check.label[lang]}</TableCell>
                <TableCell>{mark(check.ok)}</TableCell>
                <TableCell>{check.detail[lang]}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
