// Exporting a case's final handover report and letters as PDF, saved where the owner chooses.
import type { ExportedPdf } from '../../shared/contract/offboarding';
import { finalReport, savedLetters } from '../../shared/domain/offboarding/final-report';
import { interpolate, pathTitle } from '../../shared/domain/offboarding/journal-text';
import { AppError } from '../../shared/errors';
import { renderHandover } from '../pdf/handover';
import { translatorFor, documentFormat } from '../pdf/translate';
import type { ServiceContext } from './context';
import type { Dialogs } from './dialogs';
import type { JournalService } from './journal';
import type { OffboardingFacts } from './offboarding-facts';
import type { CaseStore } from './offboarding-store';
import { toCase } from './offboarding-store';
import { safeFileName, writeFileAtomically } from './report-files';
import type { SettingsService } from './settings';
import { nowIso } from './context';
import { catalogues } from '../../shared/i18n';
import { dialogText, fileFilter } from '../dialog-text';

export function createOffboardingExport(
  ctx: ServiceContext,
  deps: {
    journal: JournalService;
    store: CaseStore;
    facts: OffboardingFacts;
    settings: SettingsService;
    dialogs: Dialogs;
    fontsDir: string;
    timeZone: string;
  },
) {
  return async function exportPdf(caseId: number, document: 'report' | 'letters'): Promise<ExportedPdf> {
    const c = toCase(deps.store.load(caseId).row);
    const profile = deps.settings.profile();
    const lang = profile?.language ?? 'en';
    const m = catalogues[lang].offboarding;
    const letters = savedLetters(m, c.path, c.values);
    if (document === 'report' && c.path !== 'part_ways')
      throw new AppError('INVALID_STATE', 'Only a part-ways case has a final report', { details: { reason: 'no_report' } });
    if (document === 'letters' && letters.length === 0)
      throw new AppError('INVALID_STATE', 'This case has no saved letters yet', { details: { reason: 'no_letters' } });
    const chosen = new Set((c.values['final_report']?.['achievementEntries'] as number[] | undefined) ?? []);
    const unpaid = deps.facts.unpaid(c.clientId);
    const report = finalReport({
      m,
      lang,
      clientName: c.clientName,
      owner: profile,
      values: c.values,
      picks: deps.facts.entries(c.clientId, [...chosen]),
      unpaidMinor: unpaid.reduce((a, i) => a + i.openMinor, 0),
      currency: unpaid[0]?.currency ?? profile?.currency ?? 'TRY',
    });
    const createdAt = nowIso(ctx);
    const t = translatorFor(lang);
    const f = documentFormat(lang, deps.timeZone);
    const title = document === 'report' ? m.report.title : m.report.letters;
    const businessName = profile?.businessName ?? '';
    const rendered = await renderHandover({
      document,
      lang,
      createdAt,
      fontsDir: deps.fontsDir,
      businessName,
      clientName: c.clientName,
      report,
      letters,
      footer: `${businessName} · ${t('reports.generatedAt', { at: f.dateTime(createdAt) })}`,
    });
    const path = await deps.dialogs.chooseSavePath({
      ...dialogText(lang, document === 'report' ? 'saveHandoverReport' : 'saveLetters'),
      defaultName: `${safeFileName(`${c.clientName} - ${title}`)}.pdf`,
      filters: [fileFilter(lang, 'pdf', ['pdf'])],
    });
    if (!path) return { status: 'cancelled' };
    // The OS save dialog has already asked before returning an existing file's path.
    writeFileAtomically(path, rendered.bytes, { replace: true });
    // the journal shows the report and letters were produced, not only drafted
    deps.journal.add(
      {
        clientId: c.clientId,
        kind: 'note',
        channel: 'other',
        summary: interpolate(m.journal.exported, { path: pathTitle(m, c.path), document: title }),
      },
      { caseId },
    );
    return { status: 'saved', path, pages: rendered.pages };
  };
}
