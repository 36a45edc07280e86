// The frame the database command-line tools share (npm run backup, npm run restore): the settings
// without mail or scheduled sweeps, the arguments checked, the database opened, the work timed and
// reported, the database closed whatever happens, and the process exit code; a failure is one
// French line on stderr (no stack trace) and exit code 1.
import { parseEnv, type Env } from '../config/env.js';

export interface OpenDatabase {
  url: string;
  stop(): Promise<void>;
}

export interface DatabaseCommandPlan<T> {
  /** Opens the database to work on (started here, or one already running). */
  open(): Promise<OpenDatabase>;
  run(url: string): Promise<T>;
  /** The line printed on success, given what `run` returned and the seconds it took. */
  report(result: T, seconds: string): string;
}

export interface DatabaseCommand<T> {
  /** Starts the line printed on failure (« Sauvegarde impossible »). */
  failure: string;
  /** Checks the arguments: an exit code (after printing the usage), or the plan to run. */
  prepare(env: Env, args: string[]): Promise<number | DatabaseCommandPlan<T>>;
}

export async function executeDatabaseCommand<T>(command: DatabaseCommand<T>, args: string[]): Promise<number> {
  const env = parseEnv({ ...process.env, SMTP_URL: undefined, SCHEDULED_JOBS: 'off' });
  const plan = await command.prepare(env, args);
  if (typeof plan === 'number') return plan;
  const database = await plan.open();
  try {
    const started = Date.now();
    const result = await plan.run(database.url);
    process.stdout.write(`${plan.report(result, ((Date.now() - started) / 1000).toFixed(1))}\n`);
    return 0;
  } finally {
    await database.stop();
  }
}

/** Runs the command with the process's arguments and exits with its code. */
export function runDatabaseCommand<T>(command: DatabaseCommand<T>): void {
  executeDatabaseCommand(command, process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${command.failure} : ${error instanceof Error ? error.message : String(error)}\n`);
      process.exit(1);
    },
  );
}
