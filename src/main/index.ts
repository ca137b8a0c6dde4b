// The Electron shell: app lifecycle, the window, IPC wiring. All logic lives in plain modules.
import { app, BrowserWindow, dialog, ipcMain, protocol, session, shell } from 'electron';
import { join } from 'node:path';
import { createApi } from './api';
import { startBackupSchedule } from './safety/backup-schedule';
import { electronDialogs, electronSecrets } from './dialogs';
import { registerIpc } from './ipc';
import { dataLocation, locationFileOf, teamPointerOf, teamSecretsOf } from './paths';
import { startupPlace } from './team/pointer';
import { openAtStartup } from './startup';
import { ownPlace } from './workers/locate';
import {
  appIndexUrl,
  appScheme,
  appSchemePrivileges,
  contentSecurityPolicy,
  createAppProtocolHandler,
  createAppWindow,
  hardenWebContents,
  isSafeExternalUrl,
  isTrustedSender,
} from './window';
import { AppError } from '../shared/errors';
import { loadIntlPolyfills } from '../shared/intl-polyfill';

// The built renderer is served from app://client-dossier/ (window.ts); the dev server only in development.
const rendererUrl =
  process.env['ELECTRON_RENDERER_URL'] && !app.isPackaged ? process.env['ELECTRON_RENDERER_URL'] : appIndexUrl;
// DevTools only where the app is run from source (npm run dev / npm start), never in a packaged build.
const devTools = !app.isPackaged;

function openExternal(url: string): void {
  if (isSafeExternalUrl(url)) void shell.openExternal(url);
}

function createWindow(): BrowserWindow {
  const win = createAppWindow(BrowserWindow, join(import.meta.dirname, '../preload/index.cjs'), devTools);
  hardenWebContents(win.webContents, rendererUrl, openExternal, devTools);
  win.once('ready-to-show', () => win.show());
  void win.loadURL(rendererUrl);
  return win;
}

async function start(): Promise<void> {
  // Electron's ICU is Chromium's, without Azerbaijani: the app's own data, before any text is formatted
  await loadIntlPolyfills();
  // the owner's own file, or the team file when the person was working in it (Settings → Team)
  const teamPointerFile = teamPointerOf(app.getPath('userData'));
  const { databasePath, dataDir } = startupPlace(teamPointerFile, dataLocation(app.getPath('userData')));
  let started;
  try {
    // Damaged or missing files are quarantined and reported on the recovery screen; only a
    // database from a newer app version (never touched) stops the start here.
    started = await openAtStartup({ databasePath, dataDir });
  } catch (e) {
    const message = e instanceof AppError ? e.message : `Could not open ${databasePath}: ${(e as Error).message}`;
    dialog.showErrorBox('Client Dossier', message);
    app.exit(1);
    return;
  }
  const { api, runtime } = createApi(
    {
      database: started.database,
      dataDir,
      version: app.getVersion(),
      dialogs: electronDialogs(),
      locationFile: locationFileOf(app.getPath('userData')),
      teamPointerFile,
      secrets: electronSecrets(teamSecretsOf(app.getPath('userData'))),
      // a team file syncs every 30 s while online, and soon after each journal entry
      teamLoop: true,
      // electron-builder ships resources/fonts as extraResources `fonts`
      fontsDir: app.isPackaged ? join(process.resourcesPath, 'fonts') : join(import.meta.dirname, '../../resources/fonts'),
      // verification and PDFs run on worker threads, built beside this bundle
      workers: ownPlace(),
    },
    { startup: started.findings, databasePath },
  );

  registerIpc(ipcMain, api, (event) => isTrustedSender(event.senderFrame, rendererUrl));

  // The renderer's files, each with the CSP as a response header.
  protocol.handle(appScheme, createAppProtocolHandler(join(import.meta.dirname, '../renderer')));
  session.defaultSession.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  session.defaultSession.setPermissionCheckHandler(() => false);
  // The same CSP on the dev server's responses.
  session.defaultSession.webRequest.onHeadersReceived((details, callback) => {
    callback({
      responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [contentSecurityPolicy] },
    });
  });

  app.on('web-contents-created', (_e, contents) => hardenWebContents(contents, rendererUrl, openExternal, devTools));
  const stopSchedule = startBackupSchedule(async () => {
    if (!runtime.control.inRecovery()) await runtime.services().backup.runScheduled();
  });
  // Timestamps that could not be had (no network, the authority down) are asked for again soon
  // after start and then every 15 minutes; nothing is sent unless the owner set an authority.
  const stopTimestamps = startBackupSchedule(
    async () => {
      if (!runtime.control.inRecovery()) await runtime.services().receipts.retryTimestamps();
    },
    {
      firstAfterMs: 30_000,
      everyMs: 15 * 60_000,
      log: (l) => console.warn(l.replace('[backup] scheduled backup', '[timestamps] retry')),
    },
  );
  // The journal is verified in a worker thread: the window opens and works meanwhile.
  void runtime.control.checkJournal();
  app.on('before-quit', () => {
    stopSchedule();
    stopTimestamps();
    runtime.close();
  });

  let win = createWindow();
  app.on('second-instance', () => {
    if (win.isMinimized()) win.restore();
    win.focus();
  });
  app.on('activate', () => {
    if (BrowserWindow.getAllWindows().length === 0) win = createWindow();
  });
}

if (!app.requestSingleInstanceLock()) {
  // Another Client Dossier already has the database open: two writers must never share it.
  app.quit();
} else {
  // Before the app is ready, as Electron requires: app:// is a standard, secure scheme.
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  void app.whenReady().then(start);
}
