// The offline verifier a dossier carries (verify.html, attached to the PDF): one self-contained
// HTML page — inline script and style, no network (its Content-Security-Policy allows nothing
// else) — that recomputes every hash of the dossier's entries.json in any browser and compares
// the chain with the head printed on the cover. It speaks the dossier's language.
//
// The script is plain ES2017 in strings, so what a browser runs is exactly what is shipped and
// tested: `verifierCore` (canonical form, SHA-256, the check itself) has no DOM and runs under
// Node in tests/main/verifier-html.test.ts; `verifierUi` wires it to the page.
import type { Language } from '../../shared/domain/format';

/**
 * The check, without the page. Defines:
 *   canonical(value)      the generic canonical JSON: no whitespace, object keys sorted, strings
 *                         NFC (journal-chain.ts canonicalJson, line for line)
 *   utf8(string)          its UTF-8 bytes
 *   sha256js(bytes)       SHA-256 in plain JavaScript, for a browser without crypto.subtle
 *   sha256hex(string)     Promise of the lower-case hex SHA-256 of the string's UTF-8 bytes
 *   verifyDossier(data, digest)   Promise of the result (see the end of the function)
 */
export const verifierCore = String.raw`
var GENESIS = '0000000000000000000000000000000000000000000000000000000000000000';

function canonical(v) {
  if (v === null || typeof v === 'number' || typeof v === 'boolean') return JSON.stringify(v);
  if (typeof v === 'string') return JSON.stringify(v.normalize('NFC'));
  if (Array.isArray(v)) return '[' + v.map(canonical).join(',') + ']';
  var keys = Object.keys(v).sort();
  return '{' + keys.map(function (k) { return JSON.stringify(k) + ':' + canonical(v[k]); }).join(',') + '}';
}

function utf8(s) {
  if (typeof TextEncoder !== 'undefined') return new TextEncoder().encode(s);
  var out = [];
  for (var i = 0; i < s.length; i++) {
    var c = s.charCodeAt(i);
    if (c >= 0xd800 && c < 0xdc00 && i + 1 < s.length) {
      var d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d < 0xe000) { c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00); i++; }
      else c = 0xfffd;
    } else if (c >= 0xd800 && c < 0xe000) c = 0xfffd;
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return new Uint8Array(out);
}

var K256 = [
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2
];

function sha256js(bytes) {
  var n = bytes.length;
  var padded = new Uint8Array(((n + 9 + 63) >> 6) << 6);
  padded.set(bytes);
  padded[n] = 0x80;
  var bits = n * 8;
  for (var i = 0; i < 8; i++) padded[padded.length - 1 - i] = Math.floor(bits / Math.pow(2, 8 * i)) & 255;
  var h = [0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19];
  var w = new Array(64);
  for (var off = 0; off < padded.length; off += 64) {
    for (var t = 0; t < 16; t++)
      w[t] = (padded[off + 4 * t] << 24) | (padded[off + 4 * t + 1] << 16) | (padded[off + 4 * t + 2] << 8) | padded[off + 4 * t + 3];
    for (t = 16; t < 64; t++) {
      var x = w[t - 15], y = w[t - 2];
      var s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
      var s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
      w[t] = (w[t - 16] + s0 + w[t - 7] + s1) | 0;
    }
    var a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
    for (t = 0; t < 64; t++) {
      var S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      var t1 = (k + S1 + ((e & f) ^ (~e & g)) + K256[t] + w[t]) | 0;
      var S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      var t2 = (S0 + ((a & b) ^ (a & c) ^ (b & c))) | 0;
      k = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
    }
    h[0] = (h[0] + a) | 0; h[1] = (h[1] + b) | 0; h[2] = (h[2] + c) | 0; h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0; h[5] = (h[5] + f) | 0; h[6] = (h[6] + g) | 0; h[7] = (h[7] + k) | 0;
  }
  var hex = '';
  for (i = 0; i < 8; i++) hex += ('00000000' + (h[i] >>> 0).toString(16)).slice(-8);
  return hex;
}

function toHex(buffer) {
  var b = new Uint8Array(buffer), s = '';
  for (var i = 0; i < b.length; i++) s += (b[i] < 16 ? '0' : '') + b[i].toString(16);
  return s;
}

/** which SHA-256 was used last: 'subtle' (the browser's WebCrypto) or 'js' (the fallback) */
var shaUsed = null;
function sha256hex(s) {
  var bytes = utf8(s);
  var subtle = typeof crypto !== 'undefined' && crypto && crypto.subtle;
  if (subtle && typeof subtle.digest === 'function') {
    return subtle.digest('SHA-256', bytes).then(
      function (d) { shaUsed = 'subtle'; return toHex(d); },
      function () { shaUsed = 'js'; return sha256js(bytes); }
    );
  }
  shaUsed = 'js';
  return Promise.resolve(sha256js(bytes));
}

var isHash = function (h) { return typeof h === 'string' && /^[0-9a-f]{64}$/.test(h); };
var isSeq = function (n) { return typeof n === 'number' && n >= 0 && Math.floor(n) === n; };

/**
 * Checks a dossier's entries.json (parsed). Every entry's hash is recomputed as
 * SHA-256(prevHash + canonical(entry)); each entry must follow the one before it (its prevHash
 * is that entry's hash; the first entry's is 64 zeros); the entry whose number is the head's
 * must have the head's hash. A filtered dossier leaves entries out: a link across them cannot be
 * checked, and the head only when its entry is included. The first failure stops the check.
 * Resolves to { ok, count, checked, head, headIncluded, filtered, total, omitted, gaps, failure,
 * rows }, failure = { code, vars } or null, rows = [{ index, seq, status: 'ok'|'failed' }].
 */
async function verifyDossier(data, digest) {
  digest = digest || sha256hex;
  var result = { ok: false, count: 0, checked: 0, head: null, headIncluded: false, filtered: false, total: 0, omitted: 0, gaps: [], failure: null, rows: [] };
  var fail = function (code, vars) { result.failure = { code: code, vars: vars || {} }; return result; };
  if (typeof ''.normalize !== 'function') return fail('noNormalize');
  if (!data || typeof data !== 'object' || data.format !== 'client-dossier/entries' || !Array.isArray(data.entries) ||
      !data.head || !isSeq(data.head.seq) || !isHash(data.head.hash) || !data.client || !isSeq(data.client.id))
    return fail('badFile');
  var head = data.head, clientId = data.client.id, entries = data.entries;
  result.head = { seq: head.seq, hash: head.hash };
  result.filtered = data.filtered === true;
  result.count = entries.length;
  result.total = isSeq(data.totalEntries) ? data.totalEntries : entries.length;
  result.omitted = Math.max(0, result.total - entries.length);
  var prev = null;
  for (var i = 0; i < entries.length; i++) {
    var e = entries[i];
    if (!e || typeof e !== 'object' || !isSeq(e.seq) || e.seq < 1 || !isHash(e.prevHash) || !isHash(e.hash) ||
        !e.entry || typeof e.entry !== 'object' || Array.isArray(e.entry))
      return fail('badEntry', { n: i + 1 });
    var seq = e.seq, row = { index: i, seq: seq, status: 'failed' };
    result.rows.push(row);
    if (e.entry.seq !== seq || e.entry.clientId !== clientId || (e.clientId !== undefined && e.clientId !== clientId))
      return fail('labelMismatch', { seq: seq });
    var expected = prev ? prev.seq + 1 : 1;
    if (prev && seq <= prev.seq) return fail('order', { seq: seq });
    if (seq > head.seq) return fail('beyondHead', { seq: seq, head: head.seq });
    if (seq !== expected) {
      if (!result.filtered) return fail('missing', { seq: expected });
      result.gaps.push({ from: expected, to: seq - 1 });
    }
    if (seq === 1 && e.prevHash !== GENESIS) return fail('genesis', { seq: seq });
    if (prev && seq === prev.seq + 1 && e.prevHash !== prev.hash) return fail('prevMismatch', { seq: seq, prev: prev.seq });
    var h = await digest(e.prevHash + canonical(e.entry));
    if (h !== e.hash) return fail('hashMismatch', { seq: seq });
    if (seq === head.seq && e.hash !== head.hash) return fail('headMismatch', { seq: seq });
    row.status = 'ok';
    result.checked++;
    prev = { seq: seq, hash: e.hash };
  }
  var last = prev ? prev.seq : 0;
  result.headIncluded = last === head.seq && (last > 0 || head.hash === GENESIS);
  if (last < head.seq) {
    if (!result.filtered) return fail('missing', { seq: last + 1 });
    result.gaps.push({ from: last + 1, to: head.seq });
  }
  if (last === 0 && head.seq === 0 && head.hash !== GENESIS) return fail('headMismatch', { seq: 0 });
  result.ok = true;
  return result;
}
`;

/** The page: reads the embedded entries (or a file picked or dropped), runs the check, shows it. */
export const verifierUi = String.raw`
var S = JSON.parse(document.getElementById('strings').textContent);
var LANG = document.documentElement.lang || 'en';
var plural = (typeof Intl !== 'undefined' && Intl.PluralRules) ? new Intl.PluralRules(LANG) : null;
function tr(key, vars) {
  vars = vars || {};
  var s = S[key];
  if (typeof vars.count === 'number') {
    var form = plural ? plural.select(vars.count) : (vars.count === 1 ? 'one' : 'other');
    s = S[key + '_' + form] || S[key + '_other'] || s;
  }
  if (s === undefined) return key;
  return s.replace(/\{\{(\w+)\}\}/g, function (m, k) { return k in vars ? String(vars[k]) : m; });
}
function el(tag, attrs, text) {
  var n = document.createElement(tag);
  for (var k in attrs || {}) n.setAttribute(k, attrs[k]);
  if (text !== undefined) n.textContent = text;
  return n;
}
function clear(n) { while (n.firstChild) n.removeChild(n.firstChild); }

function showFacts(data) {
  var dl = document.getElementById('facts');
  clear(dl);
  var add = function (label, value, cls) { dl.appendChild(el('dt', {}, label)); dl.appendChild(el('dd', cls ? { class: cls } : {}, value)); };
  if (!data || typeof data !== 'object') return;
  if (data.documentId) add(tr('document'), String(data.documentId), 'hash');
  if (data.client) add(tr('client'), String(data.client.name || '') + ' (' + String(data.client.id) + ')');
  if (data.head) {
    add(tr('head'), '#' + String(data.head.seq));
    add(tr('headHash'), String(data.head.hash), 'hash');
  }
  if (Array.isArray(data.entries))
    add(tr('scope'), data.filtered === true
      ? tr('scopeFiltered', { count: data.entries.length, total: data.totalEntries, omitted: Math.max(0, (data.totalEntries || 0) - data.entries.length) })
      : tr('scopeAll', { count: data.entries.length }));
}

function showRows(data, r) {
  var body = document.getElementById('rows');
  clear(body);
  var entries = data && Array.isArray(data.entries) ? data.entries : [];
  var status = {};
  r.rows.forEach(function (x) { status[x.index] = x.status; });
  var gapFrom = {};
  r.gaps.forEach(function (g) { gapFrom[g.from] = g; });
  var gapRow = function (g) {
    var row = el('tr', { class: 'gap' });
    row.appendChild(el('td', { colspan: '4' }, g.from === g.to ? tr('gapOne', { from: g.from }) : tr('gap', { from: g.from, to: g.to })));
    body.appendChild(row);
  };
  var next = 1;
  entries.forEach(function (e, i) {
    var numbered = e && typeof e.seq === 'number';
    if (numbered && gapFrom[next] && gapFrom[next].to < e.seq) gapRow(gapFrom[next]);
    var s = status[i] || 'unchecked';
    var row = el('tr', { class: s });
    var x = e && e.entry && typeof e.entry === 'object' ? e.entry : {};
    row.appendChild(el('td', { class: 'num' }, numbered ? '#' + String(e.seq) : String(i + 1)));
    row.appendChild(el('td', {}, typeof x.occurredAt === 'string' ? x.occurredAt : ''));
    var summary = typeof x.summary === 'string' ? x.summary : '';
    row.appendChild(el('td', {}, summary.length > 120 ? summary.slice(0, 119) + '…' : summary));
    row.appendChild(el('td', {}, s === 'ok' ? tr('rowOk') : s === 'failed' ? tr('rowFailed') : tr('rowUnchecked')));
    body.appendChild(row);
    if (numbered) next = e.seq + 1;
  });
  if (gapFrom[next]) gapRow(gapFrom[next]);
}

function show(data, r, source) {
  var box = document.getElementById('result');
  var summary = document.getElementById('summary');
  var detail = document.getElementById('detail');
  var f = r.failure;
  box.className = f ? 'failed' : r.headIncluded ? 'ok' : 'partial';
  if (f) {
    summary.textContent = tr('fail.' + f.code, f.vars);
    detail.textContent = tr('failedDetail', { count: r.checked });
  } else if (r.headIncluded) {
    summary.textContent = tr('ok', { count: r.checked });
    detail.textContent = r.filtered && r.gaps.length ? tr('okFilteredDetail', { count: r.omitted }) : tr('okDetail', { head: r.head.seq });
  } else {
    summary.textContent = tr('noHead', { count: r.checked, head: r.head.seq });
    detail.textContent = tr('noHeadDetail', { head: r.head.seq });
  }
  document.getElementById('source').textContent = source;
  document.getElementById('engine').textContent = shaUsed === 'js' ? tr('fallback') : '';
  showFacts(data);
  showRows(data, r);
}

async function check(text, source) {
  document.getElementById('summary').textContent = tr('checking');
  document.getElementById('detail').textContent = '';
  var data = null;
  try { data = JSON.parse(text); } catch (e) { data = null; }
  var r = await verifyDossier(data);
  show(data, r, source);
}

function readFile(file) {
  var reader = new FileReader();
  reader.onload = function () { check(String(reader.result), tr('sourceFile', { name: file.name })); };
  reader.readAsText(file, 'utf-8');
}

document.getElementById('file').addEventListener('change', function (ev) {
  var f = ev.target.files && ev.target.files[0];
  if (f) readFile(f);
});
document.addEventListener('dragover', function (ev) { ev.preventDefault(); document.body.classList.add('dragging'); });
document.addEventListener('dragleave', function () { document.body.classList.remove('dragging'); });
document.addEventListener('drop', function (ev) {
  ev.preventDefault();
  document.body.classList.remove('dragging');
  var f = ev.dataTransfer && ev.dataTransfer.files && ev.dataTransfer.files[0];
  if (f) readFile(f);
});

var embedded = document.getElementById('entries');
if (embedded && embedded.textContent.trim()) check(embedded.textContent, tr('sourceEmbedded'));
`;

const css = `
  :root { color-scheme: light; }
  body { font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif; color: #1a1a1a; margin: 0; background: #f6f7f9; }
  main { max-width: 60rem; margin: 0 auto; padding: 1.5rem; }
  h1 { color: #1f4e79; font-size: 1.6rem; margin: 0 0 .5rem; }
  h2 { font-size: 1.1rem; margin: 1.5rem 0 .5rem; }
  p { margin: .4rem 0; }
  .muted { color: #5a5a5a; font-size: .9rem; }
  #result { border-radius: 6px; padding: 1rem 1.25rem; margin: 1rem 0; border: 2px solid #b8b8b8; background: #fff; }
  #result.ok { border-color: #1e7b34; background: #eaf6ec; }
  #result.partial { border-color: #8a6d00; background: #fdf7e3; }
  #result.failed { border-color: #b00020; background: #fdecee; }
  #summary { font-size: 1.35rem; font-weight: 700; margin: 0; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: .2rem 1rem; margin: .5rem 0; }
  dt { font-weight: 600; color: #5a5a5a; }
  dd { margin: 0; }
  .hash { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .85rem; word-break: break-all; }
  label.pick { display: block; border: 2px dashed #8a9bb0; border-radius: 6px; padding: 1rem; text-align: center; background: #fff; cursor: pointer; }
  body.dragging label.pick { border-color: #1f4e79; background: #eef1f5; }
  table { border-collapse: collapse; width: 100%; background: #fff; font-size: .9rem; }
  th, td { text-align: left; padding: .3rem .5rem; border-bottom: 1px solid #ddd; vertical-align: top; }
  th { background: #eef1f5; }
  td.num { text-align: right; white-space: nowrap; }
  tr.failed td { background: #fdecee; font-weight: 700; }
  tr.unchecked td { color: #888; }
  tr.gap td { color: #8a6d00; font-style: italic; }
`;

/** Keeps `</script>` and `<!--` out of an inline script or JSON block (JSON reads `\u003c` back as `<`). */
const inline = (s: string) => s.replace(/</g, '\\u003c');

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The page's words: the dossier's `reports.verifier` catalogue, flattened to `a.b` keys. */
export type VerifierStrings = Record<string, string>;

export function flattenStrings(obj: Record<string, unknown>, prefix = ''): VerifierStrings {
  const out: VerifierStrings = {};
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (typeof v === 'string') out[key] = v;
    else if (v && typeof v === 'object') Object.assign(out, flattenStrings(v as Record<string, unknown>, key));
  }
  return out;
}

/**
 * verify.html: the page, its words and (optionally) the entries it checks on opening. The JSON
 * embedded is the same text as the attached entries.json; a copy picked or dropped is checked
 * in its place.
 */
export function verifierHtml(o: { lang: Language; strings: VerifierStrings; entriesJson?: string }): string {
  const s = o.strings;
  const text = (k: string) => escapeHtml(s[k] ?? k);
  return `<!DOCTYPE html>
<html lang="${o.lang}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'unsafe-inline'; style-src 'unsafe-inline'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${text('title')}</title>
<style>${css}</style>
</head>
<body>
<main>
<h1>${text('title')}</h1>
<p>${text('intro')}</p>
<div id="result" role="status" aria-live="polite"><p id="summary">${text('noScript')}</p><p id="detail"></p><p class="muted" id="source"></p><p class="muted" id="engine"></p></div>
<dl id="facts"></dl>
<label class="pick">${text('pick')}<br><input type="file" id="file" accept=".json,application/json"></label>
<h2>${text('entriesTitle')}</h2>
<table><thead><tr><th>${text('col.seq')}</th><th>${text('col.occurred')}</th><th>${text('col.summary')}</th><th>${text('col.result')}</th></tr></thead><tbody id="rows"></tbody></table>
<h2>${text('howTitle')}</h2>
<p>${text('how')}</p>
<h2>${text('limitsTitle')}</h2>
<p>${text('limits')}</p>
</main>
<script type="application/json" id="strings">${inline(JSON.stringify(s))}</script>
<script type="application/json" id="entries">${o.entriesJson === undefined ? '' : inline(o.entriesJson)}</script>
<script>
${verifierCore}
${verifierUi}
</script>
</body>
</html>
`;
}
