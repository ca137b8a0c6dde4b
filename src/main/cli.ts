// `npm run cli -- <command> [options]`: the app's services from a terminal, for accountants,
// lawyers and scripts. Exit codes: 0 ok, 1 a check failed, 2 bad usage.
import { parseArgs } from 'node:util';
import { AppError } from '../shared/errors';
import { UsageError, type CliCommand, type CliIo } from './cli/common';
import { infoCommand } from './cli/info';
import { backupCommand } from './cli/backup';
import { exportCommand } from './cli/export';
import { sampleCommand } from './cli/sample';
import { verifyCommand } from './cli/verify';
import { receiptCommand } from './cli/receipt';
import { reportCommand } from './cli/report';
import { offboardingCommand } from './cli/offboarding';
import { restoreCommand } from './cli/restore';
import { calendarCommand } from './cli/calendar';
import { statementCommand } from './cli/statement';
import { importCommand } from './cli/import';
import { teamCommand } from './cli/team';
import { journalCommand } from './cli/journal';

/** One entry per command; each lives in src/main/cli/<name>.ts. */
const commands: Record<string, CliCommand> = {
  info: infoCommand,
  backup: backupCommand,
  restore: restoreCommand,
  export: exportCommand,
  verify: verifyCommand,
  receipt: receiptCommand,
  report: reportCommand,
  offboarding: offboardingCommand,
  calendar: calendarCommand,
  statement: statementCommand,
  sample: sampleCommand,
  import: importCommand,
  team: teamCommand,
  journal: journalCommand,
};

/** A command's usage lines, each starting `npm run cli -- ` (some commands have several forms). */
const usageLines = (c: CliCommand) => c.usage.split('\n').map((l) => l.trim().replace(/^npm run cli -- /, ''));

export function usage(): string {
  const lines = ['usage: npm run cli -- <command> [options]', '', 'commands:'];
  // every form on its own line, the summary below them: a summary never trails a second form
  for (const c of Object.values(commands)) lines.push(...usageLines(c).map((l) => `  ${l}`), `      ${c.summary}`);
  lines.push('', "npm run cli -- <command> --help prints one command's usage.");
  lines.push('exit codes: 0 ok, 1 refused or a check failed, 2 bad usage');
  return lines.join('\n');
}

/** `<command> --help`: its forms and what it does; exit 0. */
function commandHelp(c: CliCommand): string {
  return [...usageLines(c).map((l, i) => `${i === 0 ? 'usage:' : '      '} npm run cli -- ${l}`), '', c.summary].join('\n');
}

/** Is `arg` an option that takes the next word as its value (`--summary --help`)? */
function takesValue(c: CliCommand, arg: string | undefined): boolean {
  if (!arg?.startsWith('--') || arg.includes('=')) return false;
  const o = c.options?.[arg.slice(2)];
  return o?.type === 'string';
}

export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === 'help') {
    io.err(usage());
    return name ? 0 : 2;
  }
  const command = Object.hasOwn(commands, name) ? commands[name] : undefined;
  if (!command) {
    io.err(`unknown command: ${name}\n\n${usage()}`);
    return 2;
  }
  // `--help`/`-h` anywhere before a `--` (a value such as `--summary --help` is the user's text)
  const beforeEnd = rest.indexOf('--') === -1 ? rest : rest.slice(0, rest.indexOf('--'));
  if (beforeEnd.some((a, i) => (a === '--help' || a === '-h') && !takesValue(command, beforeEnd[i - 1]))) {
    io.out(commandHelp(command));
    return 0;
  }
  try {
    const { values, positionals } = parseArgs({
      args: rest,
      options: command.options ?? {},
      strict: true,
      allowPositionals: command.positionals ?? false,
    });
    return await command.run(values, io, positionals);
  } catch (e) {
    if (e instanceof UsageError || (e as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')) {
      io.err(`${(e as Error).message}\nusage: npm run cli -- ${command.usage}`);
      return 2;
    }
    if (e instanceof AppError) {
      io.err(`error (${e.code}): ${e.message}`);
      return e.code === 'VALIDATION' ? 2 : 1;
    }
    io.err(`error: ${(e as Error).message}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.filename === process.argv[1]) {
  const io: CliIo = { out: (l) => process.stdout.write(`${l}\n`), err: (l) => process.stderr.write(`${l}\n`) };
  runCli(process.argv.slice(2), io).then(
    (code) => process.exit(code),
    (e: unknown) => {
      process.stderr.write(`error: ${(e as Error).message}\n`);
      process.exit(1);
    },
  );
}
