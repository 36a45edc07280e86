import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { createApp } from './app.factory.js';
import { InvalidConfigError, parseEnv } from './config/env.js';
import { applyMigrations, prepareDatabase } from './database/database.js';
import { DEMO_LOGINS, seedIfEmpty } from '../../../prisma/seed/seed.js';

async function main(): Promise<void> {
  const logger = new Logger('Extranet');
  const env = parseEnv(process.env);
  const database = await prepareDatabase(env);
  logger.log(database.embedded ? 'Embedded PostgreSQL started (data under DATA_DIR).' : 'Using DATABASE_URL.');
  await applyMigrations(database.url);
  // Demo accounts (with the README's password) only ever go into the embedded database: a real
  // server named by DATABASE_URL is seeded on purpose, with `npm run seed`, or not at all.
  const seeded = database.embedded && (await seedIfEmpty(database.url));
  const app = await createApp({ ...env, DATABASE_URL: database.url });
  await app.listen(env.PORT, env.HOST);
  // SIGTERM: app.close() runs the shutdown hooks (readiness goes down, the mail worker stops,
  // the pool closes), then the embedded database stops.
  const stop = async () => {
    await app.close();
    await database.stop();
    process.exit(0);
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
  const lines = [
    '',
    `  Extranet partenaires prêt : ${env.PUBLIC_URL}`,
    `  API GraphQL : ${env.PUBLIC_URL}/graphql    Santé : ${env.PUBLIC_URL}/health/ready`,
    ...(seeded ? ['  Données de démonstration créées.'] : []),
    ...(database.embedded
      ? [
          '  Comptes de démonstration (mot de passe commun) :',
          ...DEMO_LOGINS.accounts.map((a) => `    ${a.role.padEnd(28)} ${a.email}`),
          `    mot de passe : ${DEMO_LOGINS.password}`,
        ]
      : []),
    env.SMTP_URL ? '  Courriels envoyés par SMTP.' : '  Aucun SMTP_URL : les courriels restent dans la page « Courriels envoyés ».',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');
}

main().catch((error: unknown) => {
  if (error instanceof InvalidConfigError) process.stderr.write(`${error.message}\n`);
  else process.stderr.write(`Startup failed: ${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
