// The offline verifier a dossier carries (verify.html), and the dossier's appendix on checking it
// without the app (src/main/pdf/dossier-verify.ts, verifier-html.ts).
export const appendix = {
  title: 'Appendix: checking this dossier without the application',
  hashTitle: 'How each hash is computed',
  hashText:
    'Each entry’s hash is computed over a JSON object that holds every field of the record as it was written, such as the client’s and the entry’s numbers, kind, channel, both times, summary, details, exact words, people present, witnesses, severity, red-flag signs, references to other entries, and each attachment’s name, type, size and SHA-256 fingerprint. The object is written in canonical form: no spaces or line breaks, object keys sorted, every text in Unicode normalisation form NFC. The hash is the SHA-256 of the previous entry’s hash followed directly by that canonical text, encoded as UTF-8, and is written as 64 lower-case hexadecimal digits. The first entry’s previous hash is 64 zeros. So each hash covers its entry and, through the chain, every entry before it; the last one is the chain head printed on the first page.',
  hashFormula: 'hash(n) = SHA-256( hash(n−1) ‖ canonical JSON of entry n ),  hash(0) = 64 × “0”',
  filesTitle: 'The attached files',
  filesText:
    'This PDF carries two attached files; most PDF readers list them in an attachments (paper clip) panel. {{entries}} holds every entry of this dossier exactly as it was hashed, with its previous hash and its hash, and the chain head printed on the first page. {{verifier}} is a verifier that works offline in any web browser: it uses nothing but the browser and sends nothing anywhere.',
  useText:
    'To check: save {{verifier}} from the attachments and open it in a web browser. It checks the entries it carries (the same as {{entries}}) and either says how many entries match and that the head matches, or names the first entry that does not match and why. To check a separate copy of {{entries}}, pick it or drop it onto the page. Anyone can also write their own check from the description above; the attached verifier is one such check.',
  scopeTitle: 'What can be checked in this dossier',
  scopeAll:
    'This dossier holds every entry of the journal, from entry #1 to the chain head (entry #{{head}}). Every hash is recomputed, every link between two entries is checked, and the last hash is compared with the chain head printed on the first page.',
  scopeFiltered_one:
    'This dossier is filtered: it leaves out {{count}} of the {{total}} entries of the journal. The verifier recomputes the hash of every entry it holds, and checks each link between two entries that follow each other with no entry left out between them. It cannot check the entries left out, nor a link across them: the entry after a gap names the hash of an entry that is not here. Those are checked against the journal itself, in the application (“Verify against a dossier”).',
  scopeFiltered_other:
    'This dossier is filtered: it leaves out {{count}} of the {{total}} entries of the journal. The verifier recomputes the hash of every entry it holds, and checks each link between two entries that follow each other with no entry left out between them. It cannot check the entries left out, nor a link across them: the entry after a gap names the hash of an entry that is not here. Those are checked against the journal itself, in the application (“Verify against a dossier”).',
  headIncluded:
    'The chain head (entry #{{head}}) is in this dossier, so its hash is compared with the head printed on the first page. Entries before a gap are tied to the head only through entries left out.',
  headLeftOut: 'The chain head (entry #{{head}}) is left out of this dossier, so the entries cannot be compared with it here.',
  limitsTitle: 'What the check shows, and what it does not',
  limitsText:
    'The check shows that the attached entries are exactly as they were hashed and that they agree with the chain head printed on the first page. It does not show when the dossier was made, nor that the whole dossier was not made again later from a changed journal: for that, compare the chain head with a journal receipt or a trusted timestamp held outside the computer the dossier was made on, or have the journal checked against this dossier in the application.',
  entriesFile:
    'Every entry of this dossier exactly as it was hashed, with its previous hash and hash, and the chain head on the first page',
  verifierFile: 'An offline verifier: open it in any web browser to recompute every hash',
};

export const verifier = {
  title: 'Verify this dossier',
  intro:
    'This page checks the entries of an incident dossier made by Client Dossier. It recomputes the SHA-256 hash of every entry, checks that each entry follows the one before it, and compares the chain with the chain head printed on the dossier’s first page. It works offline, in this browser alone: nothing is sent anywhere.',
  noScript: 'This page needs JavaScript to check the entries. Allow scripts for this file, or open it in another browser.',
  checking: 'Checking…',
  pick: 'To check another copy of entries.json, pick it here or drop it on this page.',
  sourceEmbedded: 'Checked: the entries this page carries (the same as the dossier’s entries.json).',
  sourceFile: 'Checked: the file {{name}}.',
  fallback: 'This browser did not offer its own SHA-256 here; the page’s built-in implementation was used.',
  document: 'Document id',
  client: 'Client',
  head: 'Chain head on the cover',
  headHash: 'Head hash (SHA-256)',
  scope: 'Entries',
  scopeAll_one: 'every entry of the journal ({{count}})',
  scopeAll_other: 'every entry of the journal ({{count}})',
  scopeFiltered_one: 'filtered: {{count}} of {{total}} entries, {{omitted}} left out',
  scopeFiltered_other: 'filtered: {{count}} of {{total}} entries, {{omitted}} left out',
  ok_one: '{{count}} entry, head matches',
  ok_other: '{{count}} entries, head matches',
  okDetail:
    'Every entry matches its hash, each follows the one before it from entry #1, and the last one is the chain head printed on the cover (entry #{{head}}).',
  okFilteredDetail_one:
    'This dossier is filtered and leaves out {{count}} entry. Every entry in it matches its hash, each follows the one before it where no entry is left out between them, and the last one is the chain head printed on the cover. The links across the entries left out cannot be checked here.',
  okFilteredDetail_other:
    'This dossier is filtered and leaves out {{count}} entries. Every entry in it matches its hash, each follows the one before it where no entry is left out between them, and the last one is the chain head printed on the cover. The links across the entries left out cannot be checked here.',
  noHead_one: '{{count}} entry matches its hash; the head is not in this dossier',
  noHead_other: '{{count}} entries match their hashes; the head is not in this dossier',
  noHeadDetail:
    'The chain head printed on the cover (entry #{{head}}) is left out of this filtered dossier, so these entries cannot be tied to it here. Each entry matches its own hash, and each follows the one before it where no entry is left out between them.',
  failedDetail_one: '{{count}} entry before it matched. The entries after it were not checked.',
  failedDetail_other: '{{count}} entries before it matched. The entries after it were not checked.',
  fail: {
    badFile: 'This file is not the entries.json of a dossier, or it is damaged.',
    badEntry: 'Item {{n}} in the file is not an entry in the expected form.',
    labelMismatch: 'Entry #{{seq}} fails: the number or client given beside it differs from the record its hash covers.',
    order: 'Entry #{{seq}} fails: it is out of order.',
    missing: 'Entry #{{seq}} is missing: this dossier is not filtered, so it should hold every entry up to the chain head.',
    genesis: 'Entry #{{seq}} fails: as the first entry of the chain, its previous hash must be 64 zeros.',
    prevMismatch:
      'Entry #{{seq}} fails: its previous hash is not the hash of entry #{{prev}}, so the chain is broken or reordered here.',
    hashMismatch: 'Entry #{{seq}} fails: its content does not match its hash, so it was changed after it was hashed.',
    headMismatch: 'Entry #{{seq}} fails: it is the chain head, but its hash differs from the head printed on the cover.',
    beyondHead: 'Entry #{{seq}} fails: it comes after the chain head printed on the cover (entry #{{head}}).',
    noNormalize: 'This browser cannot normalise Unicode text (NFC), which the check needs. Open this page in a current browser.',
  },
  entriesTitle: 'Entries',
  col: { seq: '#', occurred: 'Occurred', summary: 'Summary', result: 'Result' },
  rowOk: 'matches',
  rowFailed: 'fails',
  rowUnchecked: 'not checked',
  gap: 'Entries #{{from}}–#{{to}} are left out of this dossier',
  gapOne: 'Entry #{{from}} is left out of this dossier',
  howTitle: 'How each hash is computed',
  how: 'An entry’s hash is the SHA-256 of the previous entry’s hash (64 hexadecimal digits; 64 zeros before the first entry) followed directly by the entry written as canonical JSON: no spaces or line breaks, object keys sorted, every text in Unicode normalisation form NFC, encoded as UTF-8. entries.json gives each entry’s object exactly as it was hashed.',
  limitsTitle: 'What this check shows',
  limits:
    'That the entries in the file are exactly as they were hashed, and that they agree with the chain head printed on the cover. It cannot show that the whole dossier was not made again later from a changed journal: for that, compare the chain head with a journal receipt or a trusted timestamp held outside the computer the dossier was made on.',
};
