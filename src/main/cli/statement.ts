import type { CliCommand } from './common';
import { reportCommand } from './report';

/** `statement …` is `report statement …`: the client statement the app's "Client statement (PDF)" saves. */
export const statementCommand: CliCommand = {
  summary: 'write a client statement of account (invoices, payments, balance, ageing) as a PDF (= report statement)',
  usage: 'statement --db <path> --client <id or name> --out <file.pdf> [--lang en|tr|az] [--created-at ISO] [--tz Europe/Istanbul]',
  options: reportCommand.options,
  run: (values, io) => reportCommand.run(values, io, ['statement']),
};
