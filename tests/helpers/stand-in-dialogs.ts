import type { Dialogs } from '../../src/main/core/dialogs';

/**
 * A stand-in for the OS dialogs: answers are queued by the test (a save path in a temp folder,
 * files to attach…), and every request is recorded so tests can check what was asked.
 */
export function standInDialogs() {
  const queue = { save: [] as (string | null)[], open: [] as string[][], folder: [] as (string | null)[] };
  const requests: { kind: string; opts: unknown }[] = [];
  const opened: string[] = [];
  const restarts: number[] = [];
  /** mailto: links handed to the mail program */
  const mailed: string[] = [];
  const dialogs: Dialogs = {
    chooseSavePath: (opts) => (requests.push({ kind: 'save', opts }), Promise.resolve(queue.save.shift() ?? null)),
    chooseOpenFiles: (opts) => (requests.push({ kind: 'open', opts }), Promise.resolve(queue.open.shift() ?? [])),
    chooseFolder: (opts) => (requests.push({ kind: 'folder', opts }), Promise.resolve(queue.folder.shift() ?? null)),
    openPath: (path) => (opened.push(path), Promise.resolve()),
    openMailLink: (url) => (mailed.push(url), Promise.resolve()),
    restartApp: () => void restarts.push(Date.now()),
  };
  return { dialogs, queue, requests, opened, restarts, mailed };
}
