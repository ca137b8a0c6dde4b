import { describe, expect, it } from 'vitest';
import { line, requiredLine, text, isoDate, isoDateTime } from '../../src/shared/contract/text';
import { normaliseDate } from '../../src/shared/domain/csv-import';
import { catalogues } from '../../src/shared/i18n';

describe('text rules at the boundary', () => {
  it('refuses a lone surrogate with a translated key', () => {
    const r = text().safeParse('abc\uD800def');
    expect(r.success).toBe(false);
    expect(r.error?.issues[0]?.message).toBe('validation.malformedUnicode');
  });

  it('accepts emoji (paired surrogates), RTL text and Turkish letters verbatim', () => {
    for (const s of ['😀 ok', 'مرحبا بالعالم', 'ğüşıöçİ əƏ', 'line1\nline2\ttab']) {
      expect(text().parse(s)).toBe(s);
    }
  });

  it('refuses control characters; single-line text also refuses newlines', () => {
    expect(text().safeParse('a\u0007b').error?.issues[0]?.message).toBe('validation.controlChars');
    expect(line().safeParse('a\nb').error?.issues[0]?.message).toBe('validation.controlChars');
    expect(line().parse('  Ayşe  ')).toBe('Ayşe');
  });

  it('refuses an empty required line and an over-long text', () => {
    expect(requiredLine().safeParse('   ').error?.issues[0]?.message).toBe('validation.required');
    expect(text(10).safeParse('x'.repeat(11)).error?.issues[0]?.message).toBe('validation.tooLong');
    expect(text(10_000).parse('x'.repeat(10_000))).toHaveLength(10_000);
  });

  it('accepts real calendar dates only', () => {
    expect(isoDate.safeParse('2026-02-28').success).toBe(true);
    expect(isoDate.safeParse('2026-02-30').success).toBe(false);
    expect(isoDate.safeParse('28.02.2026').success).toBe(false);
  });

  it('refuses impossible days, hours and offsets with their own translated key', () => {
    const msg = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;
    for (const d of ['2026-02-30', '2025-02-29', '2026-04-31', '2026-13-01', '2026-00-10', '0000-01-01', '0226-05-01'])
      expect(msg(isoDate.safeParse(d)), d).toBe('validation.dateImpossible');
    expect(isoDate.parse('2028-02-29')).toBe('2028-02-29');
    for (const d of [
      '2026-02-30T10:00:00Z',
      '2026-03-01T24:00:00Z',
      '2026-03-01T23:60:00Z',
      '2026-03-01T23:59:60Z',
      '0000-01-01T00:00:00Z',
      '2026-03-01T10:00:00+14:59',
      '2026-03-01T10:00:00+15:00',
      '2026-03-01T10:00:00-13:00',
      '2026-03-01T10:00:00+03:07',
    ])
      expect(msg(isoDateTime.safeParse(d)), d).toBe('validation.dateTimeImpossible');
    expect(isoDateTime.parse('2026-03-01T10:00:00+14:00')).toBe('2026-02-28T20:00:00.000Z');
    expect(isoDateTime.parse('2026-03-01T10:00+05:45')).toBe('2026-03-01T04:15:00.000Z');
    expect(isoDateTime.parse('2026-03-01T10:00:00-12:00')).toBe('2026-03-01T22:00:00.000Z');
    // every key is in every catalogue
    for (const lang of ['en', 'tr', 'az'] as const)
      for (const k of ['dateImpossible', 'dateTimeImpossible', 'bidiChars', 'invisibleChars'])
        expect((catalogues[lang].validation as Record<string, string>)[k], `${lang} ${k}`).toBeTruthy();
  });

  it('a spreadsheet date changes form only: 30.02.2026 is refused, not rolled over to March', () => {
    expect(normaliseDate('01.03.2026')).toBe('2026-03-01');
    expect(normaliseDate('2026/3/1')).toBe('2026-03-01');
    expect(normaliseDate('30.02.2026')).toBe('2026-02-30');
    expect(isoDate.safeParse(normaliseDate('30.02.2026')).error?.issues[0]?.message).toBe('validation.dateImpossible');
  });

  it('refuses bidi controls and invisible characters, but keeps emoji joined by ZWJ', () => {
    const msg = (r: { error?: { issues: { message: string }[] } }) => r.error?.issues[0]?.message;
    // "Paid 1000 TRY" on screen, "Paid 0001 TRY" where the override is not applied
    for (const s of ['Paid \u202E0001\u202C TRY', 'a\u2066b\u2069', 'x\u200Fy', 'x\u200Ey', 'ا\u061Cب', 'a\u202Ab'])
      for (const schema of [text(), line(), requiredLine()])
        expect(msg(schema.safeParse(s)), JSON.stringify(s)).toBe('validation.bidiChars');
    for (const s of ['Ay\u200Bşe', 'Ay\u200Cşe', 'Ay\u200Dşe', 'Ay\u2060şe', 'Ay\uFEFFşe', 'Ay\u00ADşe', '\u200D👨'])
      for (const schema of [text(), line()])
        expect(msg(schema.safeParse(s)), JSON.stringify(s)).toBe('validation.invisibleChars');
    for (const s of ['👨‍👩‍👧 family', '🏳️‍🌈', '👩🏽‍💻 works', 'مرحبا'])
      for (const schema of [text(), line()]) expect(schema.parse(s)).toBe(s);
  });

  it('normalises date-times to UTC ISO', () => {
    expect(isoDateTime.parse('2026-11-23T13:00:00+03:00')).toBe('2026-11-23T10:00:00.000Z');
    expect(isoDateTime.safeParse('yesterday').success).toBe(false);
  });
});

import { fold } from '../../src/shared/domain/fold';
describe('search folding', () => {
  it('matches Turkish and Azerbaijani letters typed on an English keyboard', () => {
    for (const typed of ['insaat', 'inşaat', 'İNŞAAT', 'INSAAT']) expect(fold('Kaya İnşaat')).toContain(fold(typed));
    expect(fold('Əliyeva')).toBe('eliyeva');
    expect(fold('Işık')).toBe('isik');
  });
});

import { matchesClientSearch } from '../../src/shared/domain/fold';
describe('client search rule', () => {
  const c = { name: 'Leyla Əliyeva', company: 'Kaya İnşaat', email: 'leyla@example.az', phone: '+994 50 123 45 67' };
  it('matches name, company, e-mail (folded) and phone (as typed)', () => {
    for (const q of ['eliyeva', 'INSAAT', 'example.az', '123 45', '']) expect(matchesClientSearch(c, q), q).toBe(true);
    expect(matchesClientSearch(c, 'mehmet')).toBe(false);
  });
});
