// The description written as FORMAT.md into every full export (README links here). Kept as
// a string so the app, the CLI and the tests all ship the same text without a file lookup.
export const exportFormatDoc = `# Client Dossier export format (version 1)

A full export is a folder named \`client-dossier-export-<UTC time>\` holding everything the app
stores, in open formats that need no Client Dossier to read. It is written to a temporary
\`….partial\` folder and renamed only when complete: a folder without \`.partial\` is whole.
An export never overwrites anything.

\`\`\`
manifest.json         what is in the folder, with a SHA-256 for every file
FORMAT.md             this description
data/<table>.json     every row of every table, as stored
attachments/<sha256>  every journal attachment, named by its SHA-256 fingerprint
csv/clients.csv       the same data for spreadsheets (UTF-8 with BOM, CRLF, RFC 4180)
csv/invoices.csv
csv/journal.csv
\`\`\`

## manifest.json

| field | meaning |
| --- | --- |
| \`format\` | always \`"client-dossier-export"\` |
| \`formatVersion\` | \`1\` |
| \`createdAt\` | ISO-8601 UTC time of the export |
| \`appVersion\`, \`schemaVersion\` | the app and database schema that wrote it |
| \`journal\` | the chain verification at export time: \`ok\`, \`clientsChecked\`, \`entriesChecked\`, \`failure\` |
| \`files\` | one entry per file: \`path\` (relative, \`/\`-separated), \`bytes\`, \`sha256\` (hex), \`rows\` for tables |
| \`missingAttachments\` | fingerprints referenced by the journal whose file was not found |

To check an export: recompute the SHA-256 of each file and compare with \`files[].sha256\`
(e.g. \`sha256sum data/clients.json\`).

## data/<table>.json

A JSON array of objects, one per row, with the database's column names (\`snake_case\`) as
keys. Tables: \`settings\`, \`clients\`, \`client_status_changes\`, \`record_revisions\`,
\`invoices\`, \`payments\`, \`direct_costs\`, \`prospect_screenings\`, \`journal_entries\`,
\`journal_attachments\`, \`journal_heads\`, \`offboarding_cases\`. Conventions:

- money is an integer in minor units (\`amount_minor: 123450\` is 1,234.50 in the row's currency);
- dates are \`YYYY-MM-DD\`, times ISO-8601 UTC; booleans are \`0\`/\`1\`;
- JSON-in-text columns (\`quotes\`, \`people\`, \`witnesses\`, \`signs\`, \`settings.value\`,
  \`offboarding_cases.data\`) are kept as the text the database holds;
- the app-lock passphrase hash (\`settings\` key \`appLock\`) is never exported.

## The journal hash chain

Each client's journal entries form a chain: \`hash = SHA-256(prev_hash + canonical(entry))\`,
the first \`prev_hash\` being 64 zeros; \`journal_heads\` records each chain's last \`seq\` and
\`hash\`. The canonical form is defined in \`src/shared/domain/journal-chain.ts\`. Anyone can
recompute the chain from \`data/journal_entries.json\` and \`data/journal_attachments.json\`.

## CSV files

Text cells that begin with \`=\`, \`+\`, \`-\`, \`@\`, a tab or a carriage return are prefixed with
an apostrophe \`'\` so that spreadsheets show them as text instead of running them as
formulas. Numbers are plain numbers (amounts in major units, \`.\` as decimal separator).
`;
