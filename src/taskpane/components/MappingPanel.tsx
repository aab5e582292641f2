import { useMemo, useState } from "react";
import {
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Select,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Save20Regular } from "@fluentui/react-icons";
import { SHEETS, fieldDef } from "../../core";
import { mappingNeeds, type MappingNeed } from "../../core";
import { readMapping } from "../../core";
import type { HeaderMapping } from "../../core";
import type { Report } from "../../core";
import type { WorkbookSnapshot } from "../../core";
import {
  EMPTY_DRAFT,
  draftMapping,
  mergeMappings,
  needWithPick,
  pickColumn,
  pickSheet,
  repeatedPicks,
  type MappingDraft,
} from "../mapping-draft";
import { isEmptyMapping } from "../../core";
import { normaliseHeader } from "../../core";
import { usePaneText } from "../pane-text";
import type { HostErrorReason } from "../strings";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingVerticalM,
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground1,
  },
  intro: { margin: 0, color: tokens.colorNeutralForeground2 },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: 0,
    border: "none",
    minWidth: 0,
  },
  legend: {
    padding: 0,
    marginBottom: tokens.spacingVerticalXS,
    fontWeight: tokens.fontWeightSemibold,
  },
  note: { margin: 0, color: tokens.colorNeutralForeground3, fontSize: tokens.fontSizeBase200 },
  // A long header must not push the dropdown past the pane's edge: it is cut short inside the box instead.
  field: { minWidth: 0 },
  selectRoot: { width: "100%", minWidth: 0, maxWidth: "100%" },
  select: { width: "100%", minWidth: 0, textOverflow: "ellipsis" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS },
});

/** The sheet carries the form's name (in some spelling): naming it twice in the heading says nothing. */
function sameName(own: string | null, formName: string): boolean {
  return own !== null && normaliseHeader(own) === normaliseHeader(formName);
}

/** The structural findings the panel answers: a sheet or a required column the engine did not recognise. */
function needsMatching(report: Report): boolean {
  return report.findings.some(
    (finding) => finding.code === "missing-sheet" || finding.code === "missing-column"
  );
}

interface MappingPanelProps {
  readonly report: Report;
  readonly snapshot: WorkbookSnapshot;
  readonly busy: boolean;
  readonly onSave: (mapping: HeaderMapping) => Promise<HostErrorReason | null>;
}

/** The picks of the workbook as read: a new read (another snapshot) starts them afresh. */
function useDraft(snapshot: WorkbookSnapshot) {
  const [draftOf, setDraftOf] = useState<{ snapshot: WorkbookSnapshot; draft: MappingDraft }>({
    snapshot,
    draft: EMPTY_DRAFT,
  });
  const draft = draftOf.snapshot === snapshot ? draftOf.draft : EMPTY_DRAFT;
  const setDraft = (next: MappingDraft) => setDraftOf({ snapshot, draft: next });
  return [draft, setDraft] as const;
}

/**
 * "Match headers": for each form sheet the engine could not find, or found without some required columns, the
 * workbook's own sheets and headers to pick from. Saving lays the picks over the saved mapping and validates again.
 */
export function MappingPanel({ report, snapshot, busy, onSave }: MappingPanelProps) {
  const styles = useStyles();
  const { strings } = usePaneText();
  const text = strings.mapping;
  const needs = useMemo(
    () => (needsMatching(report) ? mappingNeeds(snapshot) : []),
    [report, snapshot]
  );
  const saved = useMemo(() => readMapping(snapshot), [snapshot]);
  const [draft, setDraft] = useDraft(snapshot);
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (needs.length === 0) return null;
  const shown = needs.map((need) => needWithPick(snapshot, need, draft, saved));
  const change = (next: MappingDraft) => {
    setDraft(next);
    setMessage(null);
  };
  const anyRepeated = shown.some(
    (need) => repeatedPicks(draft, need.sheetId, need.fields).size > 0
  );

  const save = async () => {
    const picks = draftMapping(draft, shown);
    if (isEmptyMapping(picks)) return setMessage(text.nothingChosen);
    if (anyRepeated) return setMessage(text.sameHeaderTwice);
    setSaving(true);
    const reason = await onSave(mergeMappings(saved, picks));
    setSaving(false);
    if (reason)
      setMessage(reason === "protected" ? text.protectedWorkbook : strings.errors[reason]);
  };

  const disabled = busy || saving;
  return (
    <section className={styles.root} aria-labelledby="mapping-heading" data-testid="mapping-panel">
      <Subtitle2 as="h2" id="mapping-heading">
        {text.heading}
      </Subtitle2>
      <p className={styles.intro}>{text.intro}</p>
      {shown.map((need, index) => (
        <SheetNeed
          key={need.sheetId}
          need={need}
          found={needs[index]}
          draft={draft}
          disabled={disabled}
          onChange={change}
        />
      ))}
      {message && (
        <MessageBar intent="error" politeness="assertive">
          <MessageBarBody>{message}</MessageBarBody>
        </MessageBar>
      )}
      <div className={styles.actions}>
        <Button
          appearance="primary"
          icon={<Save20Regular />}
          disabled={disabled}
          onClick={() => void save()}
        >
          {saving ? text.saving : text.save}
        </Button>
      </div>
    </section>
  );
}

interface SheetNeedProps {
  /** The need with the user's and the saved picks laid over it. */
  readonly need: MappingNeed;
  /** The need as the workbook was read (its sheet found or not, the sheets that could be it). */
  readonly found: MappingNeed;
  readonly draft: MappingDraft;
  readonly disabled: boolean;
  readonly onChange: (next: MappingDraft) => void;
}

/** One form sheet: which of the workbook's sheets it is (when it was not found), then which header is each column. */
function SheetNeed({ need, found, draft, disabled, onChange }: SheetNeedProps) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const text = strings.mapping;
  const formName = SHEETS[need.sheetId].names[lang];
  const missingSheet = found.sheet === null;
  const pickedElsewhere = new Set(
    Object.entries(draft.sheets)
      .filter(([id]) => id !== need.sheetId)
      .map(([, name]) => name)
  );
  const candidates = found.candidateSheets.filter((name) => !pickedElsewhere.has(name));
  return (
    <fieldset className={styles.group} data-sheet-id={need.sheetId}>
      <legend className={styles.legend}>
        {text.sheetHeading(
          formName,
          missingSheet || sameName(need.sheet, formName) ? null : need.sheet
        )}
      </legend>
      {missingSheet && candidates.length > 0 && (
        <SheetPicker
          need={need}
          formName={formName}
          candidates={candidates}
          draft={draft}
          disabled={disabled}
          onChange={onChange}
        />
      )}
      {need.sheet === null ? (
        <p className={styles.note}>
          {candidates.length > 0 ? text.pickSheetFirst : text.noCandidateSheets}
        </p>
      ) : need.fields.length > 0 && need.headers.length === 0 ? (
        <p className={styles.note}>{text.noHeaders}</p>
      ) : (
        <ColumnPickers need={need} draft={draft} disabled={disabled} onChange={onChange} />
      )}
    </fieldset>
  );
}

/** "Which sheet is the form's …?": the workbook's sheets not already picked for another form sheet. */
function SheetPicker({
  need,
  formName,
  candidates,
  draft,
  disabled,
  onChange,
}: Omit<SheetNeedProps, "found"> & {
  readonly formName: string;
  readonly candidates: ReadonlyArray<string>;
}) {
  const styles = useStyles();
  const text = usePaneText().strings.mapping;
  return (
    <Field className={styles.field} label={text.whichSheet(formName)}>
      <Select
        root={{ className: styles.selectRoot }}
        className={styles.select}
        value={draft.sheets[need.sheetId] ?? ""}
        disabled={disabled}
        onChange={(_, data) => onChange(pickSheet(draft, need.sheetId, data.value))}
      >
        <option value="">{text.choose}</option>
        {candidates.map((name) => (
          <option key={name} value={name}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}

/** "Which column is …?" for each required field, a header picked twice marked on both. */
function ColumnPickers({ need, draft, disabled, onChange }: Omit<SheetNeedProps, "found">) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const text = strings.mapping;
  const repeated = repeatedPicks(draft, need.sheetId, need.fields);
  return need.fields.map((field) => {
    const header = fieldDef(need.sheetId, field)?.headers[lang] ?? field;
    const twice = repeated.has(field);
    return (
      <Field
        key={field}
        className={styles.field}
        label={text.whichColumn(header)}
        validationState={twice ? "error" : "none"}
        validationMessage={twice ? text.sameHeaderTwice : undefined}
      >
        <Select
          root={{ className: styles.selectRoot }}
          className={styles.select}
          value={draft.columns[need.sheetId]?.[field] ?? ""}
          disabled={disabled}
          data-field={field}
          onChange={(_, data) => onChange(pickColumn(draft, need.sheetId, field, data.value))}
        >
          <option value="">{text.choose}</option>
          {need.headers.map((choice) => (
            <option key={`${choice.row}:${choice.col}`} value={choice.text}>
              {text.headerOption(choice.text, choice.column)}
            </option>
          ))}
        </Select>
      </Field>
    );
  });
}
