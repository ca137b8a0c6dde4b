import { describe, expect, it } from 'vitest';
import { finalReport, reportText, savedLetters } from '../../src/shared/domain/offboarding/final-report';
import { catalogues } from '../../src/shared/i18n';

const values = {
  handover: {
    checklist: {
      account_access: { done: true, doneOn: '2026-11-25', note: 'Admin rights transferred' },
      credentials: { done: true, doneOn: '2026-11-25', note: '' },
      files: { done: false, doneOn: null, note: 'Waiting for their drive' },
      domains: { done: true, doneOn: '2026-11-26', note: 'kaya.com.tr' },
      assets: { done: true, doneOn: '2026-11-26', note: '' },
    },
    clientConfirmed: true,
    confirmedOn: '2026-11-27',
  },
  final_report: { achievements: 'Cut page load time by half\n\n', deliverables: 'Online shop\nBrand guide', openItems: '' },
  letter: { letter: 'Our work together\n\nDear Mehmet' },
};

describe('final handover report', () => {
  it('lists the picked and entered achievements, the checklist, the confirmation and the money', () => {
    const r = finalReport({
      m: catalogues.en.offboarding,
      lang: 'en',
      clientName: 'Mehmet Kaya',
      owner: { businessName: 'Atölye Studio', ownerName: 'Ayşe Yılmaz', ownerTitle: 'Kurucu' },
      values,
      picks: [{ occurredAt: '2026-09-15T10:00:00.000Z', summary: 'Launched the new online shop' }],
      unpaidMinor: 0,
      currency: 'TRY',
    });
    expect(r.subtitle).toBe('Prepared for Mehmet Kaya · Prepared by Ayşe Yılmaz, Atölye Studio');
    const [achievements, deliverables, handover, confirmation, finances, ...rest] = r.sections;
    expect(achievements!.items).toEqual(['15 Sept 2026: Launched the new online shop', 'Cut page load time by half']);
    expect(deliverables!.paragraphs).toEqual(['Online shop', 'Brand guide']);
    expect(handover!.table!.rows).toEqual([
      ['Account access', '25 Nov 2026', 'Admin rights transferred'],
      ['Credentials', '25 Nov 2026', ''],
      ['Files', 'Not done', 'Waiting for their drive'],
      ['Domains', '26 Nov 2026', 'kaya.com.tr'],
      ['Assets', '26 Nov 2026', ''],
    ]);
    expect(confirmation!.paragraphs).toEqual(['Confirmed on 27 Nov 2026']);
    expect(finances!.paragraphs).toEqual(['All invoices are paid.']);
    expect(rest).toEqual([]); // no open items: no empty section
    expect(reportText(r)).toContain('Handover checklist\n• Account access — 25 Nov 2026 — Admin rights transferred\n• Credentials — 25 Nov 2026\n');
  });

  it('speaks Azerbaijani and shows what is still owed', () => {
    const r = finalReport({
      m: catalogues.az.offboarding,
      lang: 'az',
      clientName: 'Leyla Əliyeva',
      owner: null,
      values: {},
      picks: [],
      unpaidMinor: 50_000,
      currency: 'AZN',
    });
    expect(r.title).toBe('Yekun təhvil hesabatı');
    expect(r.sections[2]!.table!.rows[0]).toEqual(['Hesablara giriş', 'Görülməyib', '']);
    expect(r.sections[4]!.paragraphs[0]).toMatch(/^Qalıq borc: 500,00/);
  });

  it('collects the saved letters of a case in step order', () => {
    expect(savedLetters(catalogues.en.offboarding, 'part_ways', values)).toEqual([
      { title: 'Termination letter', text: 'Our work together\n\nDear Mehmet' },
    ]);
  });
});
