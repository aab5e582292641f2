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
import type { Lang, Report } from "../../core";
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
import type { HostErrorReason, PaneStrings } from "../strings";

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
  readonly lang: Lang;
  readonly strings: PaneStrings;
  readonly busy: boolean;
  readonly onSave: (mapping: HeaderMapping) => Promise<HostErrorReason | null>;
}

/**
 * "Match headers": for each form sheet the engine could not find, or found without some required columns, the
 * workbook's own sheets and headers to pick from. Saving lays the picks over the saved mapping and validates again.
 */
export function MappingPanel({ report, snapshot, lang, strings, busy, onSave }: MappingPanelProps) {
  const styles = useStyles();
  const text = strings.mapping;
  const needs = useMemo(
    () => (needsMatching(report) ? mappingNeeds(snapshot) : []),
    [report, snapshot]
  );
  const saved = useMemo(() => readMapping(snapshot), [snapshot]);
  // Picks belong to the workbook as read; a new read starts them afresh.
  const [draftOf, setDraftOf] = useState<{ snapshot: WorkbookSnapshot; draft: MappingDraft }>({
    snapshot,
    draft: EMPTY_DRAFT,
  });
  const draft = draftOf.snapshot === snapshot ? draftOf.draft : EMPTY_DRAFT;
  const [saving, setSaving] = useState(false);
  const [message, setMessage] = useState<string | null>(null);

  if (needs.length === 0) return null;
  const shown = needs.map((need) => needWithPick(snapshot, need, draft, saved));
  const change = (next: MappingDraft) => {
    setDraftOf({ snapshot, draft: next });
    setMessage(null);
  };
  const pickedElsewhere = (sheetId: MappingNeed["sheetId"]) =>
    new Set(
      Object.entries(draft.sheets)
        .filter(([id]) => id !== sheetId)
        .map(([, name]) => name)
    );
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
      {shown.map((need, index) => {
        const formName = SHEETS[need.sheetId].names[lang];
        const missingSheet = needs[index].sheet === null;
        const repeated = repeatedPicks(draft, need.sheetId, need.fields);
        const candidates = needs[index].candidateSheets.filter(
          (name) => !pickedElsewhere(need.sheetId).has(name)
        );
        return (
          <fieldset key={need.sheetId} className={styles.group} data-sheet-id={need.sheetId}>
            <legend className={styles.legend}>
              {text.sheetHeading(
                formName,
                missingSheet || sameName(need.sheet, formName) ? null : need.sheet
              )}
            </legend>
            {missingSheet && candidates.length > 0 && (
              <Field className={styles.field} label={text.whichSheet(formName)}>
                <Select
                  root={{ className: styles.selectRoot }}
                  className={styles.select}
                  value={draft.sheets[need.sheetId] ?? ""}
                  disabled={disabled}
                  onChange={(_, data) => change(pickSheet(draft, need.sheetId, data.value))}
                >
                  <option value="">{text.choose}</option>
                  {candidates.map((name) => (
                    <option key={name} value={name}>
                      {name}
                    </option>
                  ))}
                </Select>
              </Field>
            )}
            {need.sheet === null ? (
              <p className={styles.note}>
                {candidates.length > 0 ? text.pickSheetFirst : text.noCandidateSheets}
              </p>
            ) : need.fields.length > 0 && need.headers.length === 0 ? (
              <p className={styles.note}>{text.noHeaders}</p>
            ) : (
              need.fields.map((field) => {
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
                      onChange={(_, data) =>
                        change(pickColumn(draft, need.sheetId, field, data.value))
                      }
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
              })
            )}
          </fieldset>
        );
      })}
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
