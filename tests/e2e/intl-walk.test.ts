// The main screens in Turkish and in Azerbaijani, with the sample business (issue 17): each
// screen is photographed (under INTL_WALK_SHOT_DIR, else a temp folder; never committed) and
// its visible text — and its placeholders, labels and titles — holds no English catalogue
// string, no raw catalogue key (`journal.kinds.call`), no `{{placeholder}}`, and no number or
// date left unformatted (2026-11-23, 13203.12, 13,203.12).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { startE2E, type E2E } from './harness';
import { catalogues } from '../../src/shared/i18n';
import type { Language } from '../../src/shared/domain/format';

const shotDir = process.env['INTL_WALK_SHOT_DIR'] ?? mkdtempSync(join(tmpdir(), 'cd-intl-walk-'));
mkdirSync(shotDir, { recursive: true });

type Tree = { [k: string]: string | Tree };
function leaves(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>();
  for (const [k, v] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out.set(key, v);
    else for (const [kk, vv] of leaves(v, key)) out.set(kk, vv);
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * English strings that must not appear on a screen in `lang`: every English catalogue value
 * that differs from its translation — its words, or for a value with {{placeholders}} its
 * longest fixed part — unless the same words are also Turkish/Azerbaijani (a brand, "CSV").
 */
function englishLeaks(lang: Language): { key: string; re: RegExp; text: string }[] {
  const en = leaves(catalogues.en as unknown as Tree);
  const target = leaves(catalogues[lang] as unknown as Tree);
  const targetText = [...target.values()].join('\n');
  const out: { key: string; re: RegExp; text: string }[] = [];
  for (const [key, value] of en) {
    if (target.get(key) === value) continue;
    const text = value
      .split(/\{\{[^}]*\}\}|\$t\([^)]*\)/)
      .map((s) => s.trim())
      .sort((a, b) => b.length - a.length)[0];
    // short words ("No", "Edit", "Yes") only as a whole label, longer text anywhere
    if (!text || text.length < 4 || !/\p{L}{3}/u.test(text)) continue;
    if (targetText.includes(text)) continue;
    const whole = text.length < 12;
    // the patterns come from the catalogues, escaped: no user input
    /* eslint-disable security/detect-non-literal-regexp */
    out.push({
      key,
      text,
      re: whole ? new RegExp(`(?:^|\\n)\\s*${escape(text)}\\s*(?:$|\\n)`, 'u') : new RegExp(escape(text), 'u'),
    });
    /* eslint-enable security/detect-non-literal-regexp */
  }
  return out;
}

const namespaces = Object.keys(catalogues.en);
// eslint-disable-next-line security/detect-non-literal-regexp -- built from the catalogue's own names
const rawKey = new RegExp(`(?<![\\w@/.-])(?:${namespaces.join('|')})\\.[a-zA-Z_]+(?:\\.[a-zA-Z_]+)*(?![\\w.@/-])`, 'u');
const snakeKey = /(?<![\w@/.-])[a-z]+(?:\.[a-z]+)*\.[a-z]+_[a-z_]+(?![\w.@/-])/u;
const unformatted: [string, RegExp][] = [
  ['ISO date', /\b\d{4}-\d{2}-\d{2}\b/u],
  ['ISO time', /\d{2}T\d{2}:\d{2}/u],
  ['English thousands', /(?<![\d.,])\d{1,3}(?:,\d{3})+(?:\.\d+)?(?![\d,])/u],
  ['English decimal', /(?<![\d.,])\d+\.\d{1,2}(?![\d.])/u],
  ['ungrouped number', /(?<![\d.,\w-])\d{5,}(?![\d\w-])/u],
];

/** Visible text, plus what a screen reader or a hover says (placeholders, labels, titles). */
async function screenText(page: Page): Promise<string> {
  // a script string: this file is typed for Node, the code runs in the page
  return page.evaluate<string>(`(() => {
    const attrs = [...document.querySelectorAll('[placeholder],[aria-label],[title]')]
      .filter((el) => el.offsetParent !== null)
      .flatMap((el) => ['placeholder', 'aria-label', 'title'].map((a) => el.getAttribute(a) ?? ''))
      .filter(Boolean);
    return document.body.innerText + '\\n' + attrs.join('\\n');
  })()`);
}

/** Waits until the screen has loaded: no spinner, and the text stopped changing. */
async function settle(page: Page) {
  let last = '';
  for (let i = 0; i < 40; i++) {
    await page.waitForTimeout(250);
    const busy = await page.locator('.mantine-Loader-root').count();
    const now = await page.evaluate<string>('document.body.innerText');
    if (!busy && now === last && now.length > 0) return;
    last = now;
  }
}

function problems(text: string, leaks: ReturnType<typeof englishLeaks>): string[] {
  const found: string[] = [];
  for (const l of leaks) if (l.re.test(text)) found.push(`English "${l.text}" (${l.key})`);
  const key = rawKey.exec(text) ?? snakeKey.exec(text);
  if (key) found.push(`raw key ${key[0]}`);
  if (text.includes('{{')) found.push('unfilled {{placeholder}}');
  for (const [what, re] of unformatted) {
    const m = re.exec(text);
    if (m) found.push(`${what}: ${m[0]} in “${text.slice(Math.max(0, m.index - 30), m.index + m[0].length + 30)}”`);
  }
  return found;
}

describe('the walk’s checks', () => {
  it('catch what they look for and pass what is right', () => {
    const leaks = englishLeaks('tr');
    expect(leaks.length).toBeGreaterThan(500);
    for (const x of ['Settings', 'No clients yet. Add the first one to start keeping a record.', 'journal.kinds.call'])
      expect(problems(`Müşteriler\n${x}\nPano`, leaks), x).not.toEqual([]);
    for (const x of ['2026-11-23', '13,203.12', '937.50', '1234567', 'Ödenen {{amount}}'])
      expect(problems(`Tutar ${x} bugün`, leaks), x).not.toEqual([]);
    expect(
      problems('Ayarlar\n13.203,12 ₺ · 23 Kas 2026 · 03.12.2026 · %99,5 · SMP-00001-02 · client1@example.com', leaks),
    ).toEqual([]);
  });
});

for (const lang of ['tr', 'az'] as const) {
  describe(`the main screens in ${lang}, with the sample business`, () => {
    let e2e: E2E;
    let clientId = 0;
    beforeAll(async () => {
      e2e = await startE2E({
        now: '2026-11-23T10:00:00.000Z',
        locale: lang === 'tr' ? 'tr-TR' : 'az-AZ',
        setup: (app) => {
          app.services.sampleData.load(lang);
          clientId = app.services.clients.list({ search: '', status: 'active', includeArchived: false })[0]!.id;
        },
      });
    }, 120_000);
    afterAll(async () => {
      await e2e?.close();
    });

    it('shows no English, no raw key and no unformatted number or date on any main screen', async () => {
      const { page } = e2e;
      const leaks = englishLeaks(lang);
      const report: Record<string, string[]> = {};
      const visit = async (name: string, go: () => Promise<void>) => {
        await go();
        await settle(page);
        await page.screenshot({ path: join(shotDir, `${lang}-${name}.png`), fullPage: true });
        const found = problems(await screenText(page), leaks);
        if (found.length) report[name] = found;
      };
      const hash = (h: string) => async () => {
        await page.evaluate(`window.location.hash = ${JSON.stringify(h)}`);
      };
      const tab = (n: number) => async () => {
        await page.getByRole('tab').nth(n).click();
      };

      await visit('dashboard', hash('#/'));
      await visit('clients', hash('#/clients'));
      for (const t of ['overview', 'journal', 'value', 'money', 'screening', 'reports', 'offboarding'])
        await visit(`client-${t}`, hash(`#/clients/${clientId}?tab=${t}`));
      await visit('journal', hash('#/journal'));
      await visit('journal-complaints', tab(1));
      await visit('journal-patterns', tab(2));
      await visit('offboarding', hash('#/offboarding'));
      for (const s of ['profile', 'value', 'sample', 'backups', 'receipts', 'export', 'import', 'lock'])
        await visit(`settings-${s}`, hash(`#/settings/${s}`));

      console.log(`intl walk (${lang}): screenshots in ${shotDir}`);
      expect(report).toEqual({});
      expect(e2e.errors).toEqual([]);
    }, 240_000);
  });
}
