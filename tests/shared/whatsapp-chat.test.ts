import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { looksLikeWhatsAppChat, parseWhatsAppChat } from '../../src/shared/domain/whatsapp-chat';
import { wallTimeToUtc } from '../../src/shared/domain/local-time';

const fixture = (name: string) => readFileSync(join(__dirname, '../fixtures/chats', name), 'utf8');

describe('WhatsApp chat exports', () => {
  it('reads a Turkish iPhone export: seconds, a multi-line message, a media line, the encryption notice', () => {
    const chat = parseWhatsAppChat(fixture('whatsapp-tr.txt'));
    expect(chat.dateOrder).toBe('dmy');
    expect(chat.dateOrderGuessed).toBe(true);
    expect(chat.messages).toHaveLength(6);
    const [notice, hello, multi, media, reply, threat] = chat.messages;
    expect(notice!.special).toBe('system');
    expect(hello).toMatchObject({ local: '2026-12-01T10:02:11', sender: 'Ayşe Çelik', special: null });
    expect(multi).toMatchObject({
      local: '2026-12-02T14:05:33',
      sender: 'Mehmet Kaya',
      text: 'Bu tasarım hiç olmamış.\nÜçüncü kez söylüyorum, logoyu büyütün.\nYoksa ödeme yapmam.',
      special: null,
    });
    expect(media).toMatchObject({ sender: 'Mehmet Kaya', text: 'görüntü dahil edilmedi', special: 'media' });
    expect(reply!.text).toBe('Sözleşmede iki revizyon hakkı var, ekte gönderiyorum.');
    expect(threat!.local).toBe('2026-12-02T23:41:09');
  });

  it('reads a Turkish Android export: system lines have no sender; media and deleted lines are marked', () => {
    const chat = parseWhatsAppChat(fixture('whatsapp-tr-android.txt'));
    expect(chat.messages.map((m) => [m.local, m.sender, m.special])).toEqual([
      ['2026-12-01T09:58:00', null, 'system'],
      ['2026-12-02T14:05:00', 'Mehmet Kaya', null],
      ['2026-12-02T14:06:00', 'Mehmet Kaya', 'media'],
      ['2026-12-02T14:21:00', 'Ayşe Çelik', 'deleted'],
    ]);
    expect(chat.messages[1]!.text).toBe('Bu tasarım hiç olmamış.\nÜçüncü kez söylüyorum.');
  });

  it('reads an Azerbaijani export with ə, ğ, ı and the media line', () => {
    const chat = parseWhatsAppChat(fixture('whatsapp-az.txt'));
    expect(chat.messages).toHaveLength(5);
    expect(chat.messages[0]!.special).toBe('system');
    expect(chat.messages[1]).toMatchObject({
      local: '2026-12-03T09:15:00',
      sender: 'Günel Əliyeva',
      text: 'Salam, hesab-fakturanı aldım.\nQiymət razılaşdığımızdan çoxdur, ödəməyəcəyəm.',
    });
    expect(chat.messages[2]!.special).toBe('media');
    expect(chat.messages[3]!.sender).toBe('Rəşad Məmmədov');
  });

  it('reads an English export: month first, 12-hour clock with the narrow space before PM', () => {
    const chat = parseWhatsAppChat(fixture('whatsapp-en.txt'));
    expect(chat.dateOrder).toBe('mdy');
    expect(chat.messages.map((m) => m.local)).toEqual([
      '2026-12-01T09:58:00',
      '2026-12-01T16:50:00',
      '2026-12-01T16:51:00',
      '2026-12-01T17:03:00',
      '2026-12-02T08:15:00',
    ]);
    expect(chat.messages[1]!.text).toBe('I got the invoice.\nThis is not what we agreed.\nI want the revisions taken off.');
    expect(chat.messages[2]!.special).toBe('media');
  });

  it('takes the date order from a day above 12, and lets the owner force it', () => {
    const text = '13/01/2026, 10:00 - A: one\n02/03/2026, 11:00 - B: two\n';
    expect(parseWhatsAppChat(text)).toMatchObject({ dateOrder: 'dmy', dateOrderGuessed: false });
    expect(parseWhatsAppChat(text).messages[1]!.local).toBe('2026-03-02T11:00:00');
    const us = '01/13/2026, 10:00 AM - A: one\n';
    expect(parseWhatsAppChat(us)).toMatchObject({ dateOrder: 'mdy', dateOrderGuessed: false });
    expect(parseWhatsAppChat('02.03.2026, 11:00 - B: two', { order: 'mdy' }).messages[0]!.local).toBe('2026-02-03T11:00:00');
    expect(parseWhatsAppChat('[2026-03-02 11:00:05] B: two').messages[0]!.local).toBe('2026-03-02T11:00:05');
  });

  it('handles 12 AM / 12 PM, CRLF line ends and a line that only looks like a date', () => {
    const chat = parseWhatsAppChat(
      '12/1/26, 12:05 AM - A: midnight\r\n12/1/26, 12:05 PM - A: noon\r\n12/1/26, 25:00 - still noon\r\n',
    );
    expect(chat.messages.map((m) => m.local)).toEqual(['2026-12-01T00:05:00', '2026-12-01T12:05:00']);
    expect(chat.messages[1]!.text).toBe('noon\n12/1/26, 25:00 - still noon');
  });

  it('knows a chat from other text', () => {
    expect(looksLikeWhatsAppChat(fixture('whatsapp-az.txt'))).toBe(true);
    expect(looksLikeWhatsAppChat('Dear Sam,\nplease find attached.')).toBe(false);
    expect(parseWhatsAppChat('no chat here').messages).toEqual([]);
  });

  it("places the phone's wall time in the owner's zone", () => {
    expect(wallTimeToUtc('2026-12-02T14:05:33', 'Europe/Istanbul')).toBe('2026-12-02T11:05:33.000Z');
    expect(wallTimeToUtc('2026-12-03T09:15:00', 'Asia/Baku')).toBe('2026-12-03T05:15:00.000Z');
    expect(wallTimeToUtc('2026-12-01T16:50:00', 'America/New_York')).toBe('2026-12-01T21:50:00.000Z');
    // summer time in New York
    expect(wallTimeToUtc('2026-07-01T16:50', 'America/New_York')).toBe('2026-07-01T20:50:00.000Z');
  });
});
