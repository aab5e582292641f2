/** Terminal colours; a Painter that paints nothing is used whenever colour is off (pipes, files, NO_COLOR). */
export interface Painter {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly magenta: (text: string) => string;
  readonly green: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly dim: (text: string) => string;
}

const wrap = (open: number, close: number) => (text: string) =>
  `\u001b[${open}m${text}\u001b[${close}m`;

const COLOUR: Painter = {
  red: wrap(31, 39),
  yellow: wrap(33, 39),
  magenta: wrap(35, 39),
  green: wrap(32, 39),
  bold: wrap(1, 22),
  dim: wrap(2, 22),
};

const same = (text: string) => text;
const PLAIN: Painter = {
  red: same,
  yellow: same,
  magenta: same,
  green: same,
  bold: same,
  dim: same,
};

export function painter(useColour: boolean): Painter {
  return useColour ? COLOUR : PLAIN;
}

/** Colour only for a person at a terminal, and never when NO_COLOR is set (https://no-color.org). */
export function wantsColour(
  stdoutIsTTY: boolean,
  env: Readonly<Record<string, string | undefined>>
): boolean {
  const noColour = env.NO_COLOR;
  return stdoutIsTTY && (noColour === undefined || noColour === "");
}
