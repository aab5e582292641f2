import { forwardRef } from "react";
import {
  Button,
  Combobox,
  Dropdown,
  Field,
  Input,
  Option,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { Delete20Regular } from "@fluentui/react-icons";
import { GOAL_SCOPES, INDICATOR_IDS } from "../../core";
import { OPERATORS, scopeLabel, scopesFor, type GoalCheck } from "../../core";
import type { GoalDraft } from "../../core";
import type { GoalScope } from "../../core";
import { indicatorDef, indicatorTitle } from "../../core";
import { isIndicatorId, operatorId, withIndicator } from "../goal-drafts";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    margin: 0,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalS} ${tokens.spacingVerticalM}`,
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    minWidth: 0,
  },
  // A floated legend sits inside the card, as a heading row, rather than on its border.
  legend: {
    float: "left",
    display: "flex",
    alignItems: "center",
    justifyContent: "space-between",
    width: "100%",
    padding: 0,
    fontWeight: tokens.fontWeightSemibold,
    color: tokens.colorNeutralForeground2,
  },
  line: {
    display: "grid",
    gridTemplateColumns: "72px minmax(64px, 1fr) minmax(112px, 1.5fr)",
    columnGap: tokens.spacingHorizontalS,
    alignItems: "start",
  },
  // Fluent's list controls are 250px wide by default: too wide for a task pane's three columns.
  control: { minWidth: 0, width: "100%", boxSizing: "border-box" },
  comboInput: { minWidth: 0, width: "100%" },
});

interface GoalRowFieldsProps {
  readonly index: number;
  readonly draft: GoalDraft;
  readonly check: GoalCheck;
  readonly disabled: boolean;
  readonly onChange: (draft: GoalDraft) => void;
  readonly onRemove: () => void;
}

/** One goal: indicator, operator, value and scope, each with what is wrong with it as the user types. */
export const GoalRowFields = forwardRef<HTMLButtonElement, GoalRowFieldsProps>(
  function GoalRowFields({ index, draft, check, disabled, onChange, onRemove }, indicatorRef) {
    const styles = useStyles();
    const { lang, strings } = usePaneText();
    const text = strings.goals;
    const known = isIndicatorId(draft.indicator) ? draft.indicator : null;
    const scopes: GoalScope[] = known
      ? scopesFor(known)
      : GOAL_SCOPES.map((scope) => scope.id as GoalScope);
    const scopeId = GOAL_SCOPES.some((scope) => scope.id === draft.scope)
      ? (draft.scope as GoalScope)
      : null;
    const operator = operatorId(draft.operator);
    const problem = check.problems;
    const field = (name: keyof typeof problem) => ({
      validationState: problem[name] ? ("error" as const) : ("none" as const),
      validationMessage: problem[name],
    });

    return (
      <fieldset className={styles.root} data-goal-row={index + 1} disabled={disabled}>
        <legend className={styles.legend}>
          {text.rowLabel(index + 1)}
          <Button
            appearance="subtle"
            size="small"
            icon={<Delete20Regular />}
            aria-label={text.remove(index + 1)}
            title={text.remove(index + 1)}
            onClick={onRemove}
            disabled={disabled}
          />
        </legend>
        <Field label={text.indicator} {...field("indicator")}>
          <Dropdown
            ref={indicatorRef}
            className={styles.control}
            placeholder={text.pickIndicator}
            value={known ? indicatorTitle(known, lang) : draft.indicator}
            selectedOptions={known ? [known] : []}
            onOptionSelect={(_, data) =>
              data.optionValue &&
              isIndicatorId(data.optionValue) &&
              onChange(withIndicator(draft, data.optionValue))
            }
          >
            {INDICATOR_IDS.map((id) => (
              <Option key={id} value={id}>
                {indicatorTitle(id, lang)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <div className={styles.line}>
          <Field label={text.operator} {...field("operator")}>
            <Combobox
              freeform
              className={styles.control}
              input={{ className: styles.comboInput }}
              value={draft.operator}
              selectedOptions={operator ? [operator] : []}
              onChange={(event) => onChange({ ...draft, operator: event.target.value })}
              onOptionSelect={(_, data) => {
                const chosen = OPERATORS.find((choice) => choice.id === data.optionValue);
                if (chosen) onChange({ ...draft, operator: chosen.symbol });
              }}
            >
              {OPERATORS.map((choice) => (
                <Option key={choice.id} value={choice.id} text={choice.symbol}>
                  {`${choice.symbol}  ${text.operatorNames[choice.id]}`}
                </Option>
              ))}
            </Combobox>
          </Field>
          <Field label={text.value} {...field("value")}>
            <Input
              className={styles.control}
              inputMode="decimal"
              value={draft.value}
              contentAfter={known && indicatorDef(known).unit === "points" ? text.unitPoints : "%"}
              onChange={(_, data) => onChange({ ...draft, value: data.value })}
            />
          </Field>
          <Field label={text.scope} {...field("scope")}>
            <Dropdown
              className={styles.control}
              value={scopeId ? scopeLabel(scopeId, lang) : draft.scope}
              selectedOptions={scopeId ? [scopeId] : []}
              onOptionSelect={(_, data) =>
                data.optionValue && onChange({ ...draft, scope: data.optionValue })
              }
            >
              {scopes.map((scope) => (
                <Option key={scope} value={scope}>
                  {scopeLabel(scope, lang)}
                </Option>
              ))}
            </Dropdown>
          </Field>
        </div>
      </fieldset>
    );
  }
);
