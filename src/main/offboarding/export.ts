// Exporting a case's final handover report and letters as PDF, saved where the owner chooses.
import type { ExportedPdf } from '../../shared/contract/offboarding';
import { finalReport, savedLetters } from '../../shared/domain/offboarding/final-report';
import { interpolate, pathTitle } from '../../shared/domain/offboarding/journal-text';
import { AppError } from '../../shared/errors';
import { renderHandover } from '../pdf/handover';
import { translatorFor, documentFormat } from '../pdf/translate';
import type { ServiceContext } from '../core/context';
import type { Dialogs } from '../core/dialogs';
import type { JournalService } from '../journal/service';
import type { OffboardingFacts } from './facts';
import type { CaseStore } from './store';
import { toCase } from './store';
import { saveFileAs } from '../reports/files';
import type { SettingsService } from '../settings/service';
import { nowIso } from '../core/context';
import { catalogues } from '../../shared/i18n';
import type { Language } from '../../shared/domain/format';
import { ownerLanguage } from '../dialog-text';
import { accessDetail, recordAccess } from '../team/access-log';

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
  /**
   * A case's final report or letters as PDF bytes, nothing saved or journaled. The app's export
   * and `npm run cli -- report handover` both render here, so the same case, language, time
   * zone and creation time give the same bytes. The language is the owner's unless given.
   */
  async function renderPdf(
    caseId: number,
    document: 'report' | 'letters',
    at: { createdAt?: string; timeZone?: string; language?: Language } = {},
  ) {
    const c = toCase(deps.store.load(caseId).row);
    const profile = deps.settings.profile();
    const lang = at.language ?? profile?.language ?? 'en';
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
    // one spelling of the instant (it is part of the document id): 10:00Z and 10:00:00.000Z alike
    const createdAt = at.createdAt ? new Date(at.createdAt).toISOString() : nowIso(ctx);
    const t = translatorFor(lang);
    const f = documentFormat(lang, at.timeZone ?? deps.timeZone);
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
      owner: profile ? { name: profile.ownerName, title: profile.ownerTitle } : null,
      timeZone: at.timeZone ?? deps.timeZone,
    });
    return { ...rendered, case: c, title, m };
  }

  async function exportPdf(caseId: number, document: 'report' | 'letters'): Promise<ExportedPdf> {
    const { bytes, pages, case: c, title, m } = await renderPdf(caseId, document);
    const path = await saveFileAs(deps.dialogs, {
      lang: ownerLanguage(deps.settings),
      purpose: document === 'report' ? 'saveHandoverReport' : 'saveLetters',
      name: `${c.clientName} - ${title}`,
      filter: 'pdf',
      extension: 'pdf',
      bytes,
    });
    if (!path) return { status: 'cancelled' };
    recordAccess(ctx, {
      action: document === 'report' ? 'export.handover_report' : 'export.letters',
      clientId: c.clientId,
      detail: accessDetail(path, `${pages} pages`),
    });
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
    return { status: 'saved', path, pages };
  }

  return { renderPdf, exportPdf };
}
