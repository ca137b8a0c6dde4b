// Offboarding cases: a wizard per path whose progress is saved after every step, whose every
// completed step is journaled (caseId set), and whose client status moves are explicit and dated.
import type { z } from 'zod';
import type { ExportedCalendar, ExportedPdf, LessonLearned, OffboardingCaseView } from '../../shared/contract/offboarding';
import { statementOf } from '../../shared/domain/offboarding/statement';
import { renderStatement } from '../pdf/statement';
import { stepValuesSchema } from '../../shared/contract/offboarding-values';
import type { ClientStatus } from '../../shared/domain/client-status';
import type { Channel, JournalKind } from '../../shared/domain/journal-kinds';
import { formatMoney, type Language } from '../../shared/domain/format';
import { interpolate, pathTitle, stepDetails, stepTitle } from '../../shared/domain/offboarding/journal-text';
import { dueItems } from '../../shared/domain/offboarding/due';
import { dueCalendar } from '../../shared/domain/offboarding/calendar';
import { saveFileAs } from '../reports/files';
import { complete, goTo, holdOn, skip, type Move } from '../../shared/domain/offboarding/machine';
import { conflictedPerson } from '../../shared/domain/offboarding/messenger';
import { pathSpecs, stepSpec } from '../../shared/domain/offboarding/paths';
import { pathOptions } from '../../shared/domain/offboarding/availability';
import type { Facts, OffboardingPath, StepValues } from '../../shared/domain/offboarding/types';
import { AppError } from '../../shared/errors';
import { catalogues } from '../../shared/i18n';
import type { ClientsService } from '../clients/service';
import { nowIso, type ServiceContext } from '../core/context';
import type { Dialogs } from '../core/dialogs';
import type { JournalService } from '../journal/service';
import { createOffboardingExport } from './export';
import { createOffboardingFacts } from './facts';
import { createLetterSending } from './send';
import { createCaseStore, emptyData, toCase, type CaseData } from './store';
import type { MoneyService } from '../money/service';
import type { SettingsService } from '../settings/service';
import type { ValuationService } from '../valuation/service';
import { accessDetail, recordAccess } from '../team/access-log';

export interface OffboardingDeps {
  clients: ClientsService;
  settings: SettingsService;
  money: MoneyService;
  valuation: ValuationService;
  journal: JournalService;
  dialogs: Dialogs;
  /** where the PDF fonts are; the IANA zone PDFs print times in */
  fontsDir: string;
  timeZone: string;
}

export function createOffboardingService(ctx: ServiceContext, deps: OffboardingDeps) {
  const facts = createOffboardingFacts(ctx, deps);
  const s = ctx.sqlite;
  const store = createCaseStore(ctx);
  const { load, write, openCaseOf, insert, list } = store;
  const pdf = createOffboardingExport(ctx, { ...deps, store, facts });
  const send = createLetterSending(ctx, { ...deps, store });

  function lang(): Language {
    return deps.settings.profile()?.language ?? 'en';
  }
  function currency(): string {
    return deps.settings.profile()?.currency ?? 'TRY';
  }
  const messages = () => catalogues[lang()].offboarding;

  function machineFacts(clientId: number, data: CaseData, unpaidCount = facts.unpaid(clientId).length): Facts {
    return { today: facts.today(), unpaidCount, hasOverride: data.override !== null };
  }

  function view(caseId: number): OffboardingCaseView {
    const { row, data } = load(caseId);
    const c = toCase(row);
    const spec = pathSpecs[c.path];
    const unpaid = facts.unpaid(c.clientId);
    const f = machineFacts(c.clientId, data, unpaid.length);
    const isOpen = c.status === 'open';
    return {
      ...c,
      hold: isOpen ? holdOn(spec, c.step, data.values, f) : null,
      canSkip: isOpen && c.step !== spec.steps.at(-1)?.id && (spec.canSkip?.(c.step, data.values, f) ?? false),
      facts: {
        today: f.today,
        unpaid,
        unpaidMinor: unpaid.reduce((a, i) => a + i.openMinor, 0),
        incidentPeople: facts.namedInIncidents(c.clientId),
        daysSinceCancellation: facts.daysSinceCancellation(c.clientId),
      },
    };
  }

  /** One journal entry per step, through the journal service (the chain's only writer), tagged with the case. */
  function journal(clientId: number, caseId: number, kind: JournalKind, channel: Channel, summary: string, details = '') {
    // the case keeps every answer in full; the entry keeps as much as the journal allows
    const capped = details.length > 20_000 ? `${details.slice(0, 19_999)}…` : details;
    deps.journal.add({ clientId, kind, channel, summary: summary.slice(0, 1000), details: capped }, { caseId });
  }

  function moveStatus(clientId: number, to: ClientStatus, reason: string) {
    deps.clients.setStatus(clientId, to, reason);
  }

  function start(clientId: number, path: OffboardingPath): OffboardingCaseView {
    const client = deps.clients.get(clientId);
    const open = list({ clientId, openOnly: true }).map((c) => ({ id: c.id, path: c.path }));
    const option = pathOptions(client.status, open).find((o) => o.path === path)!;
    if (!option.ok && option.reason === 'open_case')
      throw new AppError('CONFLICT', `Client ${clientId} already has an open case (${path} cannot start beside it)`, {
        details: { caseId: option.caseId ?? null, reason: 'open_case' },
      });
    if (!option.ok)
      throw new AppError('INVALID_STATE', `The ${path} path does not fit a ${client.status} client`, {
        details: { reason: option.reason },
      });
    const at = nowIso(ctx);
    const spec = pathSpecs[path];
    const id = s.transaction(() => {
      const data = emptyData();
      if (path === 'part_ways') {
        data.valuation = facts.valuationSnapshot(clientId);
        data.statusBefore = client.status;
      }
      const caseId = insert(clientId, path, spec.steps[0]!.id, data, at);
      journal(clientId, caseId, 'note', 'other', interpolate(messages().journal.started, { path: pathTitle(messages(), path) }));
      if (path === 'part_ways') moveStatus(clientId, 'offboarding', 'offboarding: part ways started');
      return caseId;
    })();
    return view(id);
  }

  function refuse(move: Exclude<Move, { ok: true }>, step: string): never {
    if (move.reason === 'held') {
      throw new AppError('INVALID_STATE', `Step ${step} is on hold: ${move.hold?.code}`, {
        details: { hold: move.hold?.code ?? null },
      });
    }
    throw new AppError('INVALID_STATE', `Step ${step} cannot be done now: ${move.reason}`, { details: { reason: move.reason } });
  }

  function parseValues(path: OffboardingPath, step: string, raw: Record<string, unknown>): Record<string, unknown> {
    const schema = stepValuesSchema(path, step);
    if (!schema)
      throw new AppError('INVALID_STATE', `The ${path} path has no step ${step}`, { details: { reason: 'unknown_step' } });
    const parsed = (schema as z.ZodType<Record<string, unknown>>).safeParse(raw);
    if (!parsed.success) {
      throw new AppError('VALIDATION', 'The answers are not valid.', {
        issues: parsed.error.issues.slice(0, 50).map((i) => ({
          path: i.path.map(String).join('.'),
          message: i.message.startsWith('validation.') ? i.message : 'validation.invalid',
        })),
      });
    }
    return parsed.data;
  }

  /** A warning the owner saw and went past, kept with the step's journal entry. */
  function warningOf(path: OffboardingPath, step: string, clientId: number, values: StepValues): string {
    if (path !== 'part_ways' || step !== 'messenger') return '';
    const named = conflictedPerson(String(values['messenger']?.['messengerName'] ?? ''), facts.namedInIncidents(clientId));
    return named ? `\n${interpolate(messages().warnings.messenger, { name: named })}` : '';
  }

  /** Saves and completes (or skips) a step; completing the last step closes the case. */
  function save(caseId: number, step: string, raw: Record<string, unknown>, isSkip: boolean): OffboardingCaseView {
    const { row, data } = load(caseId);
    if (row.status !== 'open')
      throw new AppError('INVALID_STATE', 'This case is closed', { details: { reason: 'case_finished' } });
    const path = row.path as OffboardingPath;
    const spec = pathSpecs[path];
    const m = messages();
    const values: StepValues = isSkip ? data.values : { ...data.values, [step]: parseValues(path, step, raw) };
    const state = { step: row.step, completed: data.completed };
    const f = machineFacts(row.client_id, data);
    const move = isSkip ? skip(spec, state, step, values, f) : complete(spec, state, step, values, f);
    if (!move.ok) refuse(move, step);
    const stepSpecOf = stepSpec(path, step)!;
    s.transaction(() => {
      const next: CaseData = {
        ...data,
        values,
        completed: [...move.state.completed],
        skipped: isSkip ? [...new Set([...data.skipped, step])] : data.skipped.filter((x) => x !== step),
      };
      const vars = { path: pathTitle(m, path), step: stepTitle(m, path, step) };
      if (isSkip) journal(row.client_id, caseId, 'note', 'other', interpolate(m.journal.skipped, vars));
      else
        journal(
          row.client_id,
          caseId,
          stepSpecOf.journalKind,
          stepSpecOf.channel,
          interpolate(m.journal.step, vars),
          stepDetails(m, path, step, values[step]!, { lang: lang(), currency: currency(), seqOf: facts.seqOf(row.client_id) }) +
            warningOf(path, step, row.client_id, values),
        );
      if (!move.isFinished) {
        write(caseId, { step: move.state.step }, next);
        return;
      }
      const outcome = spec.outcomeOf(values);
      write(caseId, { step, status: 'completed', outcome, completedAt: nowIso(ctx) }, next);
      journal(
        row.client_id,
        caseId,
        'resolution',
        'other',
        interpolate(m.journal.completed, { ...vars, outcome: m.outcomes[outcome as keyof typeof m.outcomes] ?? outcome }),
      );
      applyOutcome(row.client_id, caseId, path, outcome, next);
    })();
    return view(caseId);
  }

  /** The explicit, dated status move each outcome implies (active → offboarding → former; at risk → active). */
  function applyOutcome(clientId: number, caseId: number, path: OffboardingPath, outcome: string, data: CaseData) {
    const status = deps.clients.get(clientId).status;
    const reason = `offboarding: ${path} ${outcome}`;
    const settled = ['agreed', 'paid', 'responded', 'accepted'];
    if (settled.includes(outcome) && status === 'at_risk') moveStatus(clientId, 'active', reason);
    if ((outcome === 'not_agreed' || outcome === 'still_silent') && status === 'active') moveStatus(clientId, 'at_risk', reason);
    if (outcome === 'referred' || outcome === 'parted') {
      if (status !== 'offboarding' && status !== 'former') moveStatus(clientId, 'offboarding', reason);
      moveStatus(clientId, 'former', reason);
    }
    if (outcome === 'won_back') moveStatus(clientId, 'active', reason);
    // still unpaid, or demands they will not drop ("if they won't listen, walk away"): part ways
    if (outcome === 'escalated' || outcome === 'walk_away') {
      // an already open part-ways case is the one to continue, not a second one
      const open = openCaseOf(clientId, 'part_ways');
      write(caseId, {}, { ...data, escalatedToCaseId: open ?? start(clientId, 'part_ways').id });
    }
  }

  function open(caseId: number, step: string): OffboardingCaseView {
    const { row, data } = load(caseId);
    const move = goTo(pathSpecs[row.path as OffboardingPath], { step: row.step, completed: data.completed }, step);
    if (!move.ok) refuse(move, step);
    if (row.status === 'open') write(caseId, { step }, data);
    return view(caseId);
  }

  function override(caseId: number, reason: string): OffboardingCaseView {
    const { row, data } = load(caseId);
    if (row.status !== 'open' || row.path !== 'part_ways') throw new AppError('INVALID_STATE', 'Nothing to override');
    const m = messages();
    s.transaction(() => {
      write(caseId, {}, { ...data, override: { reason: reason.trim(), at: nowIso(ctx) } });
      journal(
        row.client_id,
        caseId,
        'note',
        'other',
        interpolate(m.journal.override, { path: pathTitle(m, 'part_ways') }),
        reason.trim(),
      );
    })();
    return view(caseId);
  }

  function abandon(caseId: number, reason: string): OffboardingCaseView {
    const { row, data } = load(caseId);
    if (row.status !== 'open')
      throw new AppError('INVALID_STATE', 'This case is closed', { details: { reason: 'case_finished' } });
    const m = messages();
    s.transaction(() => {
      write(caseId, { status: 'abandoned', completedAt: nowIso(ctx) }, data);
      const path = row.path as OffboardingPath;
      journal(
        row.client_id,
        caseId,
        'note',
        'other',
        interpolate(m.journal.abandoned, { path: pathTitle(m, path) }),
        reason.trim(),
      );
      const client = deps.clients.get(row.client_id);
      if (data.statusBefore && client.status === 'offboarding')
        moveStatus(row.client_id, data.statusBefore, `offboarding: ${path} abandoned`);
    })();
    return view(caseId);
  }

  function recordPayment(caseId: number, invoiceId: number, amountMinor: number, paidOn: string): OffboardingCaseView {
    const { row } = load(caseId);
    if (row.status !== 'open')
      throw new AppError('INVALID_STATE', 'This case is closed', { details: { reason: 'case_finished' } });
    const m = messages();
    s.transaction(() => {
      const inv = facts.recordPayment(row.client_id, invoiceId, amountMinor, paidOn);
      const amount = formatMoney(amountMinor, inv.currency, lang());
      journal(
        row.client_id,
        caseId,
        'note',
        'other',
        interpolate(m.journal.payment, { number: inv.number, amount }),
        `${paidOn}`,
      );
    })();
    return view(caseId);
  }

  function achievements(caseId: number) {
    return facts.achievementPicks(load(caseId).row.client_id);
  }

  function timeline(caseId: number) {
    const { row } = load(caseId);
    return facts.timeline(row.client_id, caseId);
  }

  /** Every win-back case's lessons learned, newest first: what each lost client taught. */
  function lessons(): LessonLearned[] {
    const text = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
    return list({ clientId: null, openOnly: false })
      .filter((c) => c.path === 'win_back' && c.completed.includes('lessons'))
      .map((c) => {
        const l = c.values['lessons'] ?? {};
        return {
          caseId: c.id,
          clientId: c.clientId,
          clientName: c.clientName,
          outcome: c.outcome,
          completedAt: c.completedAt,
          rootCause: text(l['rootCause']),
          whatWeChange: text(l['whatWeChange']),
          earlySigns: text(l['earlySigns']),
        };
      });
  }

  const due = () => dueItems(list({ clientId: null, openOnly: false }), facts.today());

  /** The Due list as iCalendar text, in the owner's language; `stamp` fixes DTSTAMP (default now). */
  function calendar(stamp = nowIso(ctx)): { ics: string; events: number } {
    const items = due();
    const m = messages();
    return { ics: dueCalendar(items, { kinds: m.dueKinds, name: m.calendarName }, stamp, lang()), events: items.length };
  }

  async function exportCalendar(): Promise<ExportedCalendar> {
    const { ics, events } = calendar();
    const bytes = new TextEncoder().encode(ics);
    const path = await saveFileAs(deps.dialogs, {
      lang: lang(),
      purpose: 'saveCalendar',
      name: messages().calendarName,
      filter: 'calendar',
      extension: 'ics',
      bytes,
    });
    if (path) recordAccess(ctx, { action: 'export.calendar', detail: accessDetail(path, `${events} events`) });
    return path ? { status: 'saved', path, events } : { status: 'cancelled' };
  }

  /** The client statement PDF; `at` fixes the creation time, zone and language (CLI, tests). */
  function statementPdf(clientId: number, at: { createdAt?: string; timeZone?: string; language?: Language } = {}) {
    const client = deps.clients.get(clientId);
    const ledger = deps.money.ledger(clientId);
    const language = at.language ?? lang();
    return renderStatement({
      lang: language,
      createdAt: at.createdAt ? new Date(at.createdAt).toISOString() : nowIso(ctx),
      timeZone: at.timeZone ?? deps.timeZone,
      fontsDir: deps.fontsDir,
      businessName: deps.settings.profile()?.businessName ?? '',
      clientName: client.name,
      model: statementOf(ledger.invoices, ledger.currency, ledger.today),
    });
  }

  async function exportStatement(clientId: number, language?: Language): Promise<ExportedPdf> {
    const { bytes, pages } = await statementPdf(clientId, language ? { language } : {});
    const owner = lang();
    const name = `${deps.clients.get(clientId).name} - ${catalogues[language ?? owner].offboarding.statement.title}`;
    const path = await saveFileAs(deps.dialogs, {
      lang: owner,
      purpose: 'saveStatement',
      name,
      filter: 'pdf',
      extension: 'pdf',
      bytes,
    });
    if (path) recordAccess(ctx, { action: 'export.statement', clientId, detail: accessDetail(path, `${pages} pages`) });
    return path ? { status: 'saved', path, pages } : { status: 'cancelled' };
  }

  return {
    start,
    get: view,
    save,
    open,
    override,
    abandon,
    recordPayment,
    list,
    due,
    calendar,
    statementPdf,
    exportStatement,
    exportCalendar,
    achievements,
    timeline,
    lessons,
    exportPdf: pdf.exportPdf,
    renderPdf: pdf.renderPdf,
    emailLetter: send.email,
    recordLetterSent: send.recordSent,
    exportLetterPdf: send.savePdf,
  };
}
export type OffboardingService = ReturnType<typeof createOffboardingService>;
