// What each method does to the app's data: a read names the data its answer depends on, a write
// the data it changes. The renderer derives its cache from this table and nothing else: a
// query's key is [method, input], and a successful write refreshes every cached read whose data
// it touched — so a journal entry saved while a client's Value tab is open refreshes the tab,
// because the valuation reads the journal. It is also the names-only list of methods the
// preload exposes (./method-names.ts): it imports nothing, so no zod and no schema reach the
// preload. ./index.ts checks at compile time that it names exactly the contract's methods, so a
// new method does not compile until it says what it reads or writes (tests/shared/effects.test.ts).

/** The kinds of data the owner's screens show. `'*'`: everything (a restore, the sample). */
export const dataAreas = [
  'settings',
  'clients',
  'journal',
  'money',
  'valuation',
  'screening',
  'offboarding',
  'reports',
  'backups',
  'health',
  'lock',
  'app',
  'team',
] as const;
export type DataArea = (typeof dataAreas)[number];

export interface MethodEffect {
  readonly kind: 'read' | 'write';
  readonly data: readonly (DataArea | '*')[];
}

const read = (...data: DataArea[]): MethodEffect => ({ kind: 'read', data });
/** A write; with no data, an action that changes nothing the screens show (a dialog, a file). */
const write = (...data: (DataArea | '*')[]): MethodEffect => ({ kind: 'write', data });

/** Everything a client's value is computed from. */
const valued: DataArea[] = ['valuation', 'settings', 'clients', 'journal', 'money', 'offboarding', 'screening'];
/** What a team sync may change: everything it pulls (clients, money, journal, settings, cases) and its own state. */
const teamSync: DataArea[] = ['team', 'clients', 'money', 'journal', 'settings', 'offboarding', 'valuation', 'screening'];
/** What an offboarding step may change: the case, the client's status, journal entries, money. */
const offboardingStep: DataArea[] = ['offboarding', 'clients', 'journal', 'money'];

export const methodEffects = {
  // system, settings
  getAppInfo: read('app', 'clients', 'journal', 'money', 'offboarding'),
  getSettings: read('settings'),
  saveProfile: write('settings'),
  // clients
  listClients: read('clients'),
  getClient: read('clients'),
  findLookalikeClients: read('clients'),
  createClient: write('clients'),
  updateClient: write('clients'),
  archiveClient: write('clients'),
  restoreClient: write('clients'),
  // money
  getLedger: read('money', 'clients', 'settings'),
  listRevisions: read('money'),
  createInvoice: write('money'),
  correctInvoice: write('money'),
  voidInvoice: write('money'),
  addPayment: write('money'),
  correctPayment: write('money'),
  voidPayment: write('money'),
  addDirectCost: write('money'),
  correctDirectCost: write('money'),
  voidDirectCost: write('money'),
  // valuation, screening, sample
  getValueSettings: read('valuation', 'settings'),
  saveValuationSettings: write('valuation'),
  saveConversionRate: write('valuation'),
  saveActivityCatalogue: write('valuation'),
  saveDeliveryHours: write('valuation'),
  clientValuation: read(...valued),
  portfolio: read(...valued),
  listScreenings: read('screening'),
  screenProspect: write('screening'),
  sampleDataStatus: read('clients', 'journal', 'money'),
  loadSampleData: write('*'),
  removeSampleData: write('*'),
  // reports
  exportDossier: write('reports'),
  exportDossierBundle: write('reports'),
  exportValueReport: write('reports'),
  getReportProgress: read('reports'),
  openLastReport: write(),
  verifyAgainstDossier: write(),
  // a receipt is a file plus a line in the list of receipts made
  makeReceipt: write('reports'),
  listReceipts: read('reports', 'journal', 'clients'),
  getReceiptReminder: read('reports', 'journal'),
  getTimestampSettings: read('reports'),
  setTimestampAuthority: write('reports'),
  retryTimestamps: write('reports'),
  // journal, complaints
  addJournalEntry: write('journal'),
  amendJournalEntry: write('journal'),
  getJournalEntry: read('journal', 'clients'),
  listJournal: read('journal', 'clients'),
  searchJournal: read('journal', 'clients'),
  chooseAttachments: write(),
  addJournalEntries: write('journal'),
  // read a file the owner chose (dialog or drop) into the attachment store; nothing the screens show
  proposeEvidence: write(),
  proposeDroppedEvidence: write(),
  rereadChatEvidence: write(),
  openAttachment: write(),
  startJournalVerification: write(),
  getJournalVerification: read('journal'),
  listComplaints: read('journal', 'clients'),
  getToday: read('journal', 'clients', 'offboarding'),
  addComplaintUpdate: write('journal'),
  getComplaintPattern: read('journal', 'clients'),
  // safety
  listBackups: read('backups'),
  backupNow: write('backups', 'health'),
  previewRestore: write(),
  restoreBackup: write('*'),
  getHealth: read('health'),
  moveDataFolder: write('health'),
  startFresh: write('*'),
  getLockState: read('lock'),
  setLockPassphrase: write('lock'),
  removeLock: write('lock'),
  setLockIdle: write('lock'),
  // locking hides every screen's data and unlocking shows it again: every read is fetched anew
  lockNow: write('*'),
  unlock: write('*'),
  // transfer
  previewImport: write(),
  rereadImport: write(),
  checkImport: write(),
  commitImport: write('*'),
  exportAll: write(),
  exportCsv: write(),
  // offboarding
  startOffboardingCase: write(...offboardingStep),
  getOffboardingCase: read(...offboardingStep),
  listOffboardingCases: read(...offboardingStep),
  listOffboardingDue: read(...offboardingStep),
  saveOffboardingStep: write(...offboardingStep),
  openOffboardingStep: write(...offboardingStep),
  overrideOffboardingHold: write(...offboardingStep),
  abandonOffboardingCase: write(...offboardingStep),
  recordOffboardingPayment: write(...offboardingStep),
  listOffboardingAchievements: read(...offboardingStep),
  listOffboardingTimeline: read(...offboardingStep),
  listLessonsLearned: read('offboarding', 'clients'),
  exportDueCalendar: write(),
  exportClientStatement: write(),
  // sending a letter is logged in the journal
  exportOffboardingPdf: write('offboarding', 'journal'),
  emailOffboardingLetter: write(), // opens the mail program; changes nothing
  recordOffboardingLetterSent: write('journal'),
  exportOffboardingLetterPdf: write(),
  // the owner's per-person counts: the journal's authors, and the valuation's difficult clients
  getPeopleCounts: read(...valued),
  // team (issue 18): joining, leaving and re-opening switch the open file
  getTeamStatus: read('team'),
  syncTeamNow: write(...teamSync),
  joinTeam: write('*'),
  leaveTeam: write('*'),
  reopenTeamFile: write('*'),
  setTeamPassword: write(...teamSync),
  listTeamConflicts: read('team', 'clients', 'money', 'settings', 'offboarding'),
  resolveTeamConflict: write(...teamSync),
} as const satisfies Record<string, MethodEffect>;

/** Every method's name (the same set as the contract's, checked in ./index.ts). */
export type EffectMethod = keyof typeof methodEffects;

/** True when a successful `writer` may have changed what `reader` answers. */
export function writeAffects(writer: EffectMethod, reader: EffectMethod): boolean {
  const w = methodEffects[writer];
  const r = methodEffects[reader];
  if (w.kind !== 'write' || r.kind !== 'read') return false;
  return w.data.some((d) => d === '*' || (r.data as readonly string[]).includes(d));
}
