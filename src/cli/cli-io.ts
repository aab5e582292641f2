/** What the command line touches of the world, injected so that tests run it in-process. */
export interface CliIo {
  /**
   * Text, or UTF-8 bytes (a long report, encoded as it is made). May return a promise when the stream is full
   * (a pipe): the next piece waits for it, so memory stays bounded.
   */
  readonly stdout: (text: string | Uint8Array) => void | Promise<void>;
  /**
   * Whether standard output has written out every byte handed to it (a file, or a pipe that took them at once):
   * the bytes last handed over are then no longer held, and a long report's next chunk reuses them. Absent: never
   * assumed, each chunk is new.
   */
  readonly stdoutDrained?: () => boolean;
  readonly stderr: (text: string) => void;
  readonly readFile: (path: string) => Promise<Uint8Array>;
  /** Writes a new file; without `overwrite` it must fail with EEXIST when the file exists. Default: the file system. */
  readonly writeFile?: (
    path: string,
    bytes: Uint8Array,
    options: { readonly overwrite: boolean }
  ) => Promise<void>;
  readonly stdoutIsTTY?: boolean;
  /** A progress bar is drawn on standard error only when it is a terminal. */
  readonly stderrIsTTY?: boolean;
  readonly env?: Readonly<Record<string, string | undefined>>;
}
