// npm run seed -- [--scale N]: upserts the demo data, N times the partners (load tests).
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from '../../apps/api/src/generated/prisma/client.js';
import { parseEnv } from '../../apps/api/src/config/env.js';
import { applyMigrations, prepareDatabase } from '../../apps/api/src/database/database.js';
import { seedDemoData } from './seed.js';

const scaleArg = process.argv.indexOf('--scale');
const scale = scaleArg >= 0 ? Number(process.argv[scaleArg + 1]) : 1;
if (!Number.isInteger(scale) || scale < 1 || scale > 1000) {
  process.stderr.write('--scale must be an integer between 1 and 1000\n');
  process.exit(2);
}
const started = Date.now();
const database = await prepareDatabase(parseEnv(process.env));
await applyMigrations(database.url);
const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: database.url }) });
try {
  await seedDemoData(prisma, { scale, log: (line) => process.stdout.write(`  ${line} (${((Date.now() - started) / 1000).toFixed(1)} s)\n`) });
} finally {
  await prisma.$disconnect();
  await database.stop();
}
process.stdout.write(`Seed done (scale ${scale}) in ${((Date.now() - started) / 1000).toFixed(1)} s\n`);
