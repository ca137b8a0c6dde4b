// The names of every API method, and nothing else: the preload script exposes one function per
// name without importing zod or a single schema (the full contract made it 205 KB). Kept by
// hand in the order of the contract's domain files; a compile-time check in ./index.ts and
// tests/shared/contract-names.test.ts say when it differs from the keys of the full contract.
export const methodNames = [
  // system.ts
  'getAppInfo',
  // settings.ts
  'getSettings',
  'saveProfile',
  // clients.ts
  'listClients',
  'getClient',
  'createClient',
  'updateClient',
  'archiveClient',
  'restoreClient',
  // money.ts
  'getLedger',
  'createInvoice',
  'correctInvoice',
  'voidInvoice',
  'addPayment',
  'correctPayment',
  'voidPayment',
  'addDirectCost',
  'correctDirectCost',
  'voidDirectCost',
  'listRevisions',
  // valuation.ts
  'getValueSettings',
  'saveValuationSettings',
  'saveActivityCatalogue',
  'clientValuation',
  'portfolio',
  // screening.ts
  'listScreenings',
  'screenProspect',
  // sample.ts
  'sampleDataStatus',
  'loadSampleData',
  'removeSampleData',
  // reports.ts
  'exportDossier',
  'exportValueReport',
  'getReportProgress',
  'openLastReport',
  'verifyAgainstDossier',
  // journal.ts
  'addJournalEntry',
  'amendJournalEntry',
  'getJournalEntry',
  'listJournal',
  'searchJournal',
  'chooseAttachments',
  'openAttachment',
  'startJournalVerification',
  'getJournalVerification',
  // complaints.ts
  'listComplaints',
  'getToday',
  'getComplaintPattern',
  // safety.ts
  'listBackups',
  'backupNow',
  'previewRestore',
  'restoreBackup',
  'getHealth',
  'startFresh',
  'getLockState',
  'setLockPassphrase',
  'removeLock',
  'lockNow',
  'setLockIdle',
  'unlock',
  // transfer.ts
  'previewImport',
  'checkImport',
  'commitImport',
  'exportAll',
  'exportCsv',
  // offboarding.ts
  'startOffboardingCase',
  'getOffboardingCase',
  'listOffboardingCases',
  'listOffboardingDue',
  'saveOffboardingStep',
  'openOffboardingStep',
  'overrideOffboardingHold',
  'abandonOffboardingCase',
  'recordOffboardingPayment',
  'listOffboardingAchievements',
  'exportOffboardingPdf',
] as const;

export type MethodNameInList = (typeof methodNames)[number];
