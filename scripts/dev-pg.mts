import { startEmbeddedPostgres } from '../apps/api/src/database/embedded-postgres.ts';
const pg = await startEmbeddedPostgres('.data/dev', 54329);
console.log(pg.url);
setInterval(() => {}, 1 << 30);
