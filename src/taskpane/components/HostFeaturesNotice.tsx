import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { HostFeatures } from "../../core";
import { usePaneText } from "../pane-text";

const useStyles = makeStyles({
  list: { margin: `${tokens.spacingVerticalXS} 0 0`, paddingLeft: tokens.spacingHorizontalL },
});

const TEXT = {
  vi: { title: (level: string) => `Excel này có ${level}: một số tính năng tắt hoặc làm khác đi` },
  en: {
    title: (level: string) => `This Excel has ${level}: some features are off or work differently`,
  },
} as const;

/**
 * On an older Excel: which features are off or replaced, and why, in plain words (the host words each one in
 * both languages). Nothing is shown where everything works.
 */
export function HostFeaturesNotice({ features }: { readonly features: HostFeatures | undefined }) {
  const styles = useStyles();
  const { lang } = usePaneText();
  const limited = features?.features.filter((feature) => !feature.on || feature.fallback) ?? [];
  if (!features || limited.length === 0) return null;
  return (
    <MessageBar intent="info" layout="multiline" data-testid="host-features">
      <MessageBarBody>
        <MessageBarTitle>{TEXT[lang].title(features.apiLevel)}</MessageBarTitle>
        <ul className={styles.list}>
          {limited.map((feature) => (
            <li key={feature.id} data-feature={feature.id} data-on={feature.on}>
              <strong>{feature.label[lang]}</strong>: {feature.detail[lang]}
            </li>
          ))}
        </ul>
      </MessageBarBody>
    </MessageBar>
  );
}
