import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findNonApologies } from '../../src/shared/domain/apology';
import { splitMarked, toFtsQuery } from '../../src/shared/domain/fts-query';
import { isLateEntry, sanitiseFileName, splitSigns, topicSign } from '../../src/shared/domain/journal-entry';

describe('non-apologies', () => {
  it('finds them in en, tr and az whatever the case, accents and punctuation', () => {
    expect(findNonApologies("I'm SORRY you feel that way.")).toEqual([{ language: 'en', phrase: 'sorry you feel that way' }]);
    expect(findNonApologies('We are sorry for the inconvenience!')[0]?.phrase).toBe('sorry for the inconvenience');
    expect(findNonApologies('Yaşanan rahatsızlıktan dolayı özür dileriz.')[0]?.language).toBe('tr');
    expect(findNonApologies('yasanan rahatsizliktan dolayi ozur dileriz')[0]?.language).toBe('tr');
    expect(findNonApologies('Belə hiss etdiyiniz üçün üzr istəyirəm.')[0]?.language).toBe('az');
  });
  it('accepts a real apology', () => {
    expect(findNonApologies("I'm sorry. We missed the deadline and that is on us.")).toEqual([]);
    expect(findNonApologies('Özür dilerim. Hata bizdeydi.')).toEqual([]);
    expect(findNonApologies('Üzr istəyirəm. Səhv bizdə idi.')).toEqual([]);
  });
});

describe('FTS query sanitiser', () => {
  it('quotes every word and makes the last one a prefix', () => {
    expect(toFtsQuery('sikayet')).toBe('"sikayet"*');
    expect(toFtsQuery('late payment')).toBe('"late" "payment"*');
    expect(toFtsQuery('pay* friday')).toBe('"pay"* "friday"*');
    expect(toFtsQuery('a:b OR (c)')).toBe('"a b" "OR" "c"*');
    expect(toFtsQuery('" * ( )')).toBeNull();
  });
  it('never leaves an unbalanced quote or an operator outside quotes', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 80 }), (s) => {
        const q = toFtsQuery(s);
        if (q === null) return;
        expect(q.replace(/""/g, '').split('"').length % 2).toBe(1);
        expect(q.replace(/"([^"]|"")*"\*?/g, '').trim()).toBe('');
      }),
    );
  });
  it('splits marked snippets without HTML', () => {
    expect(splitMarked('a \u0002b\u0003 c')).toEqual([
      { text: 'a ', isMatch: false },
      { text: 'b', isMatch: true },
      { text: ' c', isMatch: false },
    ]);
  });
});

describe('entries', () => {
  it('marks entries written more than 24 hours after the event as late', () => {
    expect(isLateEntry('2026-11-01T10:00:00Z', '2026-11-02T10:00:00Z')).toBe(false);
    expect(isLateEntry('2026-11-01T10:00:00Z', '2026-11-02T10:00:01Z')).toBe(true);
    // the same UTC day is never late; the same date in another zone is not the same day
    expect(isLateEntry('2026-11-01T00:00:00.000Z', '2026-11-01T23:59:59.999Z')).toBe(false);
    expect(isLateEntry('2026-11-01T00:00:00+14:00', '2026-11-01T23:59:59-12:00')).toBe(true);
  });
  it('keeps the complaint category inside the signs, apart from red-flag ids', () => {
    expect(splitSigns(['abusive', topicSign('delay')])).toEqual({ signs: ['abusive'], category: 'delay' });
  });
  it('sanitises file names to metadata', () => {
    expect(sanitiseFileName('../../etc/passwd')).toBe('passwd');
    expect(sanitiseFileName('C:\\Users\\x\\ses kaydı.m4a')).toBe('ses kaydı.m4a');
    expect(sanitiseFileName('..')).toBe('attachment');
    expect(sanitiseFileName('a\u0000b\u202E.txt')).toBe('ab.txt');
    fc.assert(
      fc.property(fc.string(), (s) => {
        const n = sanitiseFileName(s);
        expect(n).not.toMatch(/[/\\\u0000-\u001F]/);
        expect(n.length).toBeGreaterThan(0);
      }),
    );
  });
});
