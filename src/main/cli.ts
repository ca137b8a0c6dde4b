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

export function usage(): string {
  const lines = ['usage: npm run cli -- <command> [options]', '', 'commands:'];
  for (const c of Object.values(commands)) lines.push(`  ${c.usage.padEnd(60)} ${c.summary}`);
  return lines.join('\n');
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
