/** The program's version, written into stamps and reports (kept equal to package.json's by a test). */
export const PROGRAM_VERSION = "0.1.0";
