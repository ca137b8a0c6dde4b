// What the main process asks the person through the shell: where to save, which file to open.
// The Electron implementation is src/main/dialogs.ts; tests and the CLI pass their own.
// Paths for writing never come from the renderer: only from here.

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Dialogs {
  /**
   * Asks where to save. Resolves null when cancelled. An existing file is returned only after
   * the person agreed to replace it (the OS save dialog asks); writers still write a temp file
   * and rename it, so a failed write never leaves half a file.
   */
  chooseSavePath(req: { title: string; defaultName: string; filters: FileFilter[] }): Promise<string | null>;
  /** Asks for an existing file to read. Resolves null when cancelled. */
  chooseOpenPath(req: { title: string; filters: FileFilter[] }): Promise<string | null>;
}

/** For contexts without a person to ask (CLI, services built for scripts): every request is cancelled. */
export const noDialogs: Dialogs = {
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenPath: () => Promise.resolve(null),
};
