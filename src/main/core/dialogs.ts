// The OS dialogs the services need (save a PDF, pick attachments, pick a backup folder, open a
// file with the OS viewer). The Electron implementation lives in src/main/dialogs.ts; tests and
// the CLI pass a stand-in. Services never receive a write path from the renderer: they ask here.

export interface FileFilter {
  name: string;
  extensions: string[];
}

/** What every dialog shows, in the owner's language (src/main/dialog-text.ts) */
export interface DialogText {
  title?: string;
  /** the confirming button ("Save", "Attach"…) */
  buttonLabel?: string;
}

export interface Dialogs {
  /** where to save a new file; null when the owner cancels */
  chooseSavePath(opts: DialogText & { defaultName: string; filters?: FileFilter[] }): Promise<string | null>;
  /** files to read (attachments, CSV, a dossier to verify against); [] when cancelled */
  chooseOpenFiles(opts: DialogText & { multiple?: boolean; filters?: FileFilter[] }): Promise<string[]>;
  /** a folder (e.g. a USB stick for backups); null when cancelled */
  chooseFolder(opts: DialogText): Promise<string | null>;
  /** opens a file the main process resolved itself (never a path from the renderer) with the OS viewer */
  openPath(path: string): Promise<void>;
  /**
   * hands a mailto: link the main process built (a letter to send) to the owner's mail program;
   * absent outside the app (CLI)
   */
  openMailLink?(url: string): Promise<void>;
  /** quits and starts the app again (after its data was moved); absent outside the app */
  restartApp?(): void;
}

/** For the CLI and headless use: every dialog is cancelled, nothing is opened. */
export const noDialogs: Dialogs = {
  chooseSavePath: () => Promise.resolve(null),
  chooseOpenFiles: () => Promise.resolve([]),
  chooseFolder: () => Promise.resolve(null),
  openPath: () => Promise.resolve(),
};
