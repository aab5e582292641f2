import { Select, makeStyles, tokens, useId } from "@fluentui/react-components";
import type { Lang } from "../../core";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  root: { display: "inline-flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  label: { fontSize: tokens.fontSizeBase200, color: tokens.colorNeutralForeground2 },
});

/** Each language is named in itself, so someone who cannot read the current one still finds theirs. */
export function LanguageSwitch({
  disabled,
  onChange,
}: {
  readonly disabled: boolean;
  readonly onChange: (lang: Lang) => void;
}) {
  const styles = useStyles();
  const { lang, strings } = usePaneText();
  const id = useId("language");
  return (
    <span className={styles.root}>
      <label className={styles.label} htmlFor={id}>
        {strings.language}
      </label>
      <Select
        id={id}
        size="small"
        value={lang}
        disabled={disabled}
        onChange={(_, data) => onChange(data.value === "en" ? "en" : "vi")}
      >
        <option value="vi" lang="vi">
          Tiếng Việt
        </option>
        <option value="en" lang="en">
          English
        </option>
      </Select>
    </span>
  );
}
