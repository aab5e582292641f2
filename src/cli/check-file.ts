/**
 * One workbook file checked: read, hashed for the stamp, validated. Shared by the single-file report, the
 * many-files run and the roll-up, so that all three read a file the same way.
 */
import { basename } from "node:path";
import {
  formDataText,
  readStamp,
  checkWorkbook,
  stampState,
  type CommitteeIdentity,
  type CommitteeTotals,
  type ScopedGoal,
  type Lang,
  type Locale,
  type Report,
  type StampState,
  type WorkbookSnapshot,
} from "../core";
import { UnreadableWorkbookError, readWorkbook, unreadableMessage } from "../xlsx";
import { fileErrorMessage } from "./read-errors";
import { nodeInflate } from "./native-inflate";

export interface CheckOptions {
  readonly lang: Lang;
  readonly locale: Locale;
  /** Hash the data even without a stamp in the workbook (to stamp it). */
  readonly hashAlways?: boolean;
}

export interface CheckedFile {
  readonly kind: "checked";
  readonly file: string;
  readonly bytes: Uint8Array;
  readonly snapshot: WorkbookSnapshot;
  readonly report: Report;
  readonly totals: CommitteeTotals;
  /** The usable goals of its goals sheet. */
  readonly goals: ReadonlyArray<ScopedGoal>;
  /** Its units' codes as sorted keys, joined: equal for two workbooks of the same committee. */
  readonly unitKeys: string;
  readonly stamp: StampState;
  /** Lower-case hex SHA-256 of the canonical form data; null when the workbook has no stamp to compare and none was asked. */
  readonly hash: string | null;
  readonly committee: CommitteeIdentity;
}

export interface UnreadableFile {
  readonly kind: "unreadable";
  readonly file: string;
  /** One line in the user's language, the file name first. */
  readonly message: string;
}

/**
 * SHA-256 of the canonical form data, as every face computes it. node:crypto is loaded only here: most checks
 * hash nothing (no stamp), and loading it cost a command line start ~10 ms.
 */
export async function formDataHash(snapshot: WorkbookSnapshot): Promise<string> {
  const { createHash } = await import("node:crypto");
  return createHash("sha256").update(formDataText(snapshot), "utf8").digest("hex");
}

export async function checkFile(
  file: string,
  options: CheckOptions,
  readFile: (path: string) => Promise<Uint8Array>
): Promise<CheckedFile | UnreadableFile> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return { kind: "unreadable", file, message: fileErrorMessage(file, error, options.lang) };
  }
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await readWorkbook(bytes, { native: nodeInflate });
  } catch (error) {
    if (!(error instanceof UnreadableWorkbookError)) throw error;
    return {
      kind: "unreadable",
      file,
      message: `${file}: ${unreadableMessage(error.reason, options.lang, error.detail)}`,
    };
  }
  const stamp = readStamp(snapshot);
  // Hashing reads every form sheet a second time: only where a stamp is there to compare or is to be made.
  const hash = stamp || options.hashAlways ? await formDataHash(snapshot) : null;
  const checked = checkWorkbook(snapshot, {
    workbook: basename(file),
    lang: options.lang,
    locale: options.locale,
    ...(hash === null ? {} : { formDataHash: hash }),
  });
  const state = hash === null ? "none" : stampState(stamp, hash);
  const { report, totals, goals, committee } = checked;
  let unitKeys: string | undefined;
  return {
    kind: "checked",
    file,
    bytes,
    snapshot,
    report,
    totals,
    goals,
    // Only a run over many files compares committees: joined when first read.
    get unitKeys() {
      return (unitKeys ??= checked.unitKeys.join("\u0000"));
    },
    stamp: state,
    hash,
    committee,
  };
}
