import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import {
  isDarkColor,
  langFromDisplayLanguage,
  paneLookFromOffice,
} from "../../src/taskpane/office-context";

describe("following Office", () => {
  it.each([
    ["#000000", true],
    ["#262626", true],
    ["#1f1f1f", true],
    ["#444444", true],
    ["1E1E1E", true],
    ["#333", true],
    ["#ffffff", false],
    ["#F3F2F1", false],
    ["#e6e6e6", false],
    ["fff", false],
    ["#FFEB3B", false],
  ])("treats the body background %s as dark: %s", (hex, dark) => {
    expect(isDarkColor(hex)).toBe(dark);
  });

  it("judges saturated colours by luminance, not by averaging channels", () => {
    // Pure blue averages to 85 of 255 (looks "light-ish" by average) yet is dark to the eye; yellow the reverse.
    expect(isDarkColor("#0000ff")).toBe(true);
    expect(isDarkColor("#ffff00")).toBe(false);
  });

  it("takes anything unreadable as Office’s default light theme", () => {
    expect(isDarkColor(undefined)).toBe(false);
    expect(isDarkColor("")).toBe(false);
    expect(isDarkColor("black")).toBe(false);
    expect(isDarkColor("#12345")).toBe(false);
  });

  it.each([
    ["vi-VN", "vi"],
    ["vi", "vi"],
    ["VI-vn", "vi"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    ["", "en"],
    [undefined, "en"],
  ] as const)("reads the display language %s as %s", (displayLanguage, lang) => {
    expect(langFromDisplayLanguage(displayLanguage)).toBe(lang);
  });

  it("gives the pane Vietnamese and the dark theme in a Vietnamese Office with a dark theme, and so on", () => {
    expect(
      paneLookFromOffice({
        displayLanguage: "vi-VN",
        officeTheme: { bodyBackgroundColor: "#262626" },
      })
    ).toEqual({ lang: "vi", theme: webDarkTheme });
    expect(
      paneLookFromOffice({
        displayLanguage: "en-GB",
        officeTheme: { bodyBackgroundColor: "#FFFFFF" },
      })
    ).toEqual({ lang: "en", theme: webLightTheme });
    // Excel on some platforms has no officeTheme: light, as Office's default.
    expect(paneLookFromOffice({ displayLanguage: "vi-VN" })).toEqual({
      lang: "vi",
      theme: webLightTheme,
    });
    expect(paneLookFromOffice(undefined)).toEqual({ lang: "en", theme: webLightTheme });
  });
});
