// What the services need from the operating system, injected so the services stay plain Node:
// the real ones (Electron dialogs and shell) live in src/main/dialogs.ts, tests pass stand-ins.

export interface Dialogs {
  /** lets the owner pick files to attach; [] when cancelled */
  chooseFiles(opts?: { title?: string }): Promise<string[]>;
  /** where to save a file; null when cancelled */
  chooseSavePath(opts: { defaultName: string; title?: string }): Promise<string | null>;
}

/** Opens a file the main process resolved itself (never a path from the renderer). */
export type OpenFile = (path: string) => Promise<void>;

/** Used when no OS is attached (CLI): choosing picks nothing, opening is refused. */
export const noDialogs: Dialogs = {
  chooseFiles: () => Promise.resolve([]),
  chooseSavePath: () => Promise.resolve(null),
};
export const noOpenFile: OpenFile = () => Promise.reject(new Error('Opening files is not available here.'));
