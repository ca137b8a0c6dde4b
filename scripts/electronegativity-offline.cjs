// Preloaded into Electronegativity by scripts/electronegativity.ts. Offline, its attempt to
// fetch translations ends in an uncaught p-cancelable error from `got`; that one error is
// ignored so the analysis (which needs no network) finishes. Anything else still crashes.
process.on('uncaughtException', (e) => {
  if (/onCancel` handler was attached after the promise settled/.test(String(e && e.message))) return;
  throw e;
});
