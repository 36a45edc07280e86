// npm run import:apidae -- FILE: imports an Apidae file (one object, an array, a search answer,
// or the zip of an export) into the database of DATABASE_URL, or the embedded one under DATA_DIR
// (stop the app first: one embedded PostgreSQL per data folder), and prints the report.
import 'reflect-metadata';
import { Module, type DynamicModule } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DomainError, type ApidaeImportReport } from '@extranet/domain';
import { existsSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AuditModule } from '../audit/audit.module.js';
import { CommonModule } from '../common/common.module.js';
import { ENV, InvalidConfigError, parseEnv, type Env } from '../config/env.js';
import { applyMigrations, prepareDatabase } from '../database/database.js';
import { openApidaeFile, type ApidaeFile } from '../listings/apidae/apidae-file.js';
import { ApidaeModule } from '../listings/apidae/apidae.module.js';
import { ApidaeImportService } from '../listings/apidae/import.service.js';
import { PrismaModule } from '../prisma/prisma.module.js';

/** Only what an import needs: no HTTP server, no GraphQL, no mail worker, no scheduled job. */
@Module({})
class ImportCliModule {
  static forRoot(env: Env & { DATABASE_URL: string }): DynamicModule {
    return {
      module: ImportCliModule,
      global: true,
      providers: [{ provide: ENV, useValue: env }],
      exports: [ENV],
      imports: [PrismaModule, AuditModule, CommonModule, ApidaeModule],
    };
  }
}

export interface CliOutput {
  write(text: string): void;
}

/** Runs the import; the exit code: 0 done (even with skipped objects), 1 file refused, 2 usage. */
export async function runImportApidae(args: readonly string[], environment: Record<string, string | undefined>, out: CliOutput, err: CliOutput): Promise<number> {
  const [name, ...rest] = args;
  if (!name || rest.length || name.startsWith('-')) {
    err.write('Usage : npm run import:apidae -- FICHIER (JSON Apidae ou zip d’un export)\n');
    return 2;
  }
  // npm runs scripts from the repository root; the file is named from where the command was typed.
  const path = resolve(environment['INIT_CWD'] ?? process.cwd(), name);
  if (!existsSync(path)) {
    err.write(`Fichier introuvable : ${path}\n`);
    return 2;
  }
  // A one-shot command: no mail delivery, no scheduled reminders (they belong to the running app).
  const env = parseEnv({ ...environment, SMTP_URL: undefined, SCHEDULED_JOBS: 'off' });
  const refused = (error: unknown) => {
    if (!(error instanceof DomainError)) throw error;
    err.write(`Import refusé : ${error.message}\n`);
    return 1;
  };
  let file: ApidaeFile;
  try {
    file = await openApidaeFile(path); // a file that is not Apidae's is refused before the database starts
  } catch (error) {
    return refused(error);
  }
  const database = await prepareDatabase(env);
  try {
    await applyMigrations(database.url);
    const app = await NestFactory.createApplicationContext(ImportCliModule.forRoot({ ...env, DATABASE_URL: database.url }), { logger: ['error', 'warn'] });
    try {
      const started = Date.now();
      const report = await app.get(ApidaeImportService).importFile(file, { user: null, fileName: basename(path), via: 'cli' });
      out.write(formatReport(report, (Date.now() - started) / 1000));
      return 0;
    } catch (error) {
      return refused(error);
    } finally {
      await app.close();
    }
  } finally {
    await database.stop();
  }
}

export function formatReport(report: ApidaeImportReport, seconds: number): string {
  const lines = [
    `Import Apidae terminé en ${seconds.toFixed(1)} s : ${report.created} créée(s), ${report.updated} mise(s) à jour, ${report.unchanged} inchangée(s), ${report.skipped.length} écartée(s).`,
    ...report.skipped.map((s) => `  - ${s.apidaeId ?? '—'} ${s.name || '(sans nom)'} : ${s.reason}`),
  ];
  return `${lines.join('\n')}\n`;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  runImportApidae(process.argv.slice(2), process.env, process.stdout, process.stderr)
    .then((code) => process.exit(code))
    .catch((error: unknown) => {
      process.stderr.write(error instanceof InvalidConfigError ? `${error.message}\n` : `Import impossible : ${error instanceof Error ? error.stack : String(error)}\n`);
      process.exit(1);
    });
}
