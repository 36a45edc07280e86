// The yardstick of `npm run bench -- api`: the API's reads written with nothing but node:http and
// pg. It checks the same session cookie in the same `session` table (signature, idle and absolute
// limits, the expiry written at most every 5 minutes), loads the actor in the same statement,
// decides with the same shared policy (libs/domain, built; DOMAIN_BUILD names the file) and runs the same SQL as
// the API's repositories, then answers the JSON the API answers for the bench's queries.
//
//   DATABASE_URL=… SESSION_SECRET=… PORT=… node scripts/bench/raw-server.js
//   POST /read/<name> with the GraphQL variables as the JSON body; see READS below.
import { createHmac, timingSafeEqual } from 'node:crypto';
import { createServer } from 'node:http';
import pg from 'pg';

const { DATABASE_URL, SESSION_SECRET, PORT = '0', DOMAIN_BUILD = 'dist/api/libs/domain/src/index.js' } = process.env;
const { decide, decideCall, directoryCategories, invitationStatus, maskSingleUseTokens, mayReadSingleUseLink, scopeFor } = await import(
  new URL(`../../${DOMAIN_BUILD}`, import.meta.url).href
);
if (!DATABASE_URL || !SESSION_SECRET) {
  process.stderr.write('raw-server: DATABASE_URL and SESSION_SECRET are required\n');
  process.exit(2);
}
const pool = new pg.Pool({ connectionString: DATABASE_URL, max: 10 });

const IDLE_TIMEOUT_MS = 60 * 60 * 1000;
const ABSOLUTE_TIMEOUT_MS = 24 * 60 * 60 * 1000;
const ACTIVITY_WRITE_INTERVAL_MS = 5 * 60 * 1000;

class Refusal extends Error {
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

/** The session id of a signed `extranet.sid` cookie (express-session's `s:<sid>.<hmac>`), or null. */
function sessionId(cookieHeader) {
  const match = /(?:^|;\s*)extranet\.sid=([^;]+)/.exec(cookieHeader ?? '');
  if (!match) return null;
  const value = decodeURIComponent(match[1]);
  if (!value.startsWith('s:')) return null;
  const dot = value.lastIndexOf('.');
  const sid = value.slice(2, dot);
  const mac = Buffer.from(value.slice(dot + 1));
  const expected = Buffer.from(createHmac('sha256', SESSION_SECRET).update(sid).digest('base64').replace(/=+$/, ''));
  return mac.length === expected.length && timingSafeEqual(mac, expected) ? sid : null;
}

/** The signed-in actor: the session row (connect-pg-simple's SELECT), then the user with its memberships. */
async function actorOf(req) {
  const sid = sessionId(req.headers.cookie);
  if (!sid) return null;
  const { rows } = await pool.query('SELECT sess FROM "session" WHERE sid = $1 AND expire >= to_timestamp($2)', [
    sid,
    Math.ceil(Date.now() / 1000),
  ]);
  const sess = rows[0]?.sess;
  const userId = sess?.passport?.user;
  if (!userId || !sess.signedInAt || Date.now() - sess.signedInAt > ABSOLUTE_TIMEOUT_MS) return null;
  const now = Date.now();
  if (now - (sess.touchedAt ?? 0) >= ACTIVITY_WRITE_INTERVAL_MS) {
    sess.touchedAt = now;
    await pool.query('UPDATE "session" SET "sess" = $1, "expire" = to_timestamp($2) WHERE "sid" = $3', [
      sess,
      Math.ceil((now + IDLE_TIMEOUT_MS) / 1000),
      sid,
    ]);
  }
  const users = await pool.query(
    `SELECT u."id", u."email", u."name", u."global_roles"::text[] AS "globalRoles",
        COALESCE((
          SELECT json_agg(json_build_object('organisationId', m."organisation_id", 'role', m."role")
                          ORDER BY m."created_at", m."organisation_id")
          FROM "membership" m WHERE m."user_id" = u."id"
        ), '[]'::json) AS "memberships"
      FROM "app_user" u
      WHERE u."id" = $1::uuid AND u."active"`,
    [userId],
  );
  const user = users.rows[0];
  return user ? { userId: user.id, globalRoles: user.globalRoles, memberships: user.memberships } : null;
}

function allow(actor, action) {
  const decision = decideCall(actor, action);
  if (decision === 'unauthenticated') throw new Refusal('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
  if (decision !== 'allow') throw new Refusal('FORBIDDEN', 'Accès refusé.');
}

/** The policy's decision on a loaded organisation (the API's AccessService.check). */
function allowOn(actor, action, organisationId) {
  const decision = decide(actor, action, { organisationId });
  if (decision === 'not_found') throw new Refusal('NOT_FOUND', 'Introuvable.');
  if (decision !== 'allow') throw new Refusal('FORBIDDEN', 'Accès refusé.');
}

/** `AND "<column>" = ANY(…)` unless the actor sees every organisation (the API's withinScope). */
function withinScope(scope, column, params) {
  if (scope.all) return '';
  params.push(scope.organisationIds);
  return ` AND ${column} = ANY($${params.length}::uuid[])`;
}

const ORGANISATION_COLUMNS = `o."id", o."name", o."category"::text AS "category", o."legal_form"::text AS "legalForm", o."siret",
  o."street", o."postal_code" AS "postalCode", o."commune_code" AS "communeCode", c."name" AS "communeName",
  o."phone", o."email", o."website", o."version", o."updated_at" AS "updatedAt"`;

async function organisationWithinScope(actor, action, id) {
  allow(actor, action);
  const params = [id];
  const { rows } = await pool.query(
    `SELECT ${ORGANISATION_COLUMNS} FROM "organisation" o JOIN "commune" c ON c."code" = o."commune_code"
     WHERE o."id" = $1::uuid${withinScope(scopeFor(actor, action), 'o."id"', params)}`,
    params,
  );
  if (!rows[0]) throw new Refusal('NOT_FOUND', 'Introuvable.');
  allowOn(actor, action, rows[0].id);
  return rows[0];
}

const address = (o) => ({ street: o.street, postalCode: o.postalCode, communeCode: o.communeCode, communeName: o.communeName });

/** The repository's directory conditions (organisations.repository.ts), with their parameters. */
function directoryWhere(filter, params) {
  params.push(directoryCategories(filter.category));
  const conditions = [`"category" = ANY($${params.length}::"OrganisationCategory"[])`];
  const search = filter.search?.trim();
  if (search) {
    params.push(`%${search.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
    conditions.push(`directory_key("name") LIKE directory_key($${params.length})`);
  }
  if (filter.communeCode) {
    params.push(filter.communeCode);
    conditions.push(`"commune_code" = $${params.length}`);
  }
  return conditions.join(' AND ');
}

const encodeCursor = (key, id) => Buffer.from(JSON.stringify([key, id]), 'utf8').toString('base64url');

/** What each read answers, as `data` of the bench's GraphQL query of the same name (api.js). */
const READS = {
  async typename() {
    return { __typename: 'Query' };
  },

  async organisation(actor, { id }) {
    const o = await organisationWithinScope(actor, 'organisation.read', id);
    return {
      organisation: {
        id: o.id, name: o.name, category: o.category, legalForm: o.legalForm, siret: o.siret, address: address(o),
        phone: o.phone, email: o.email, website: o.website, version: o.version, updatedAt: o.updatedAt,
      },
    };
  },

  async team(actor, { id }) {
    const organisation = await organisationWithinScope(actor, 'organisation.read', id);
    allowOn(actor, 'members.read', organisation.id);
    allowOn(actor, 'invitations.read', organisation.id);
    const [members, invitations] = await Promise.all([
      pool.query(
        `SELECT u."id" AS "userId", u."name", u."email", m."role"::text AS "role", u."active"
         FROM "membership" m JOIN "app_user" u ON u."id" = m."user_id"
         WHERE m."organisation_id" = $1::uuid ORDER BY m."role", m."created_at"`,
        [organisation.id],
      ),
      pool.query(
        `SELECT "id", "email", "role"::text AS "role", "expires_at" AS "expiresAt", "accepted_at" AS "acceptedAt", "created_at" AS "createdAt"
         FROM "invitation" WHERE "organisation_id" = $1::uuid ORDER BY "created_at" DESC LIMIT 100`,
        [organisation.id],
      ),
    ]);
    const now = new Date();
    return {
      organisation: { id: organisation.id, name: organisation.name },
      members: members.rows,
      invitations: invitations.rows.map(({ acceptedAt, ...i }) => ({
        id: i.id, email: i.email, role: i.role, status: invitationStatus({ acceptedAt, expiresAt: i.expiresAt }, now),
        expiresAt: i.expiresAt, createdAt: i.createdAt,
      })),
    };
  },

  async directory(actor, { filter = {}, page = {}, after = null }) {
    allow(actor, 'organisation.list');
    const offset = page.offset ?? 0;
    const limit = page.limit ?? 20;
    const params = [];
    let where = directoryWhere(filter, params);
    const countWhere = where;
    if (after) {
      const [key, id] = JSON.parse(Buffer.from(after, 'base64url').toString('utf8'));
      params.push(key, id);
      where += ` AND (directory_key("name"), "id") > ($${params.length - 1}, $${params.length}::uuid)`;
    }
    params.push(offset, limit + 1);
    const result = await pool.query(
      `WITH "counted" AS (SELECT count(*)::int AS "total" FROM "organisation" WHERE ${countWhere})
       SELECT n."total", p.* FROM "counted" n LEFT JOIN (
         SELECT ${ORGANISATION_COLUMNS}, p."key"
         FROM (
           SELECT "id", directory_key("name") AS "key" FROM "organisation" WHERE ${where}
           ORDER BY directory_key("name"), "id" OFFSET $${params.length - 1} LIMIT $${params.length}
         ) p
         JOIN "organisation" o ON o."id" = p."id"
         JOIN "commune" c ON c."code" = o."commune_code"
         ORDER BY p."key", p."id"
       ) p ON true
       ORDER BY p."key", p."id"`,
      params,
    );
    const rows = { rows: result.rows.filter((row) => row.id !== null) };
    const count = { rows: [{ total: result.rows[0].total }] };
    const items = rows.rows.slice(0, limit);
    const last = items.at(-1);
    return {
      organisations: {
        total: count.rows[0].total,
        offset,
        limit,
        nextCursor: rows.rows.length > limit && last ? encodeCursor(last.key, last.id) : null,
        items: items.map((o) => ({ id: o.id, name: o.name, category: o.category, address: address(o) })),
      },
    };
  },

  async outbox(actor, { page = {} }) {
    allow(actor, 'outbox.read');
    const offset = page.offset ?? 0;
    const limit = page.limit ?? 20;
    const [rows, count] = await Promise.all([
      pool.query(
        `SELECT "id", "recipient", "subject", "template", "text", "status"::text AS "status", "attempts",
           "last_error" AS "lastError", "created_at" AS "createdAt", "sent_at" AS "sentAt"
         FROM "outbox_message" ORDER BY "created_at" DESC, "id" DESC OFFSET $1 LIMIT $2`,
        [offset, limit],
      ),
      pool.query('SELECT count(*)::int AS "total" FROM "outbox_message"'),
    ]);
    const smtpConfigured = false; // like the benchmarked API, started without SMTP_URL
    return {
      outbox: {
        total: count.rows[0].total,
        offset,
        limit,
        smtpConfigured,
        items: rows.rows.map((m) => (mayReadSingleUseLink(actor, m.template, smtpConfigured) ? m : { ...m, text: maskSingleUseTokens(m.text) })),
      },
    };
  },
};

function send(res, status, body) {
  const json = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8', 'content-length': Buffer.byteLength(json) });
  res.end(json);
}

const server = createServer((req, res) => {
  const name = /^\/read\/(\w+)$/.exec(req.url ?? '')?.[1];
  const read = name && Object.hasOwn(READS, name) ? READS[name] : undefined;
  if (req.method !== 'POST' || !read) return send(res, 404, { errors: [{ message: 'not found' }] });
  const chunks = [];
  let size = 0;
  req.on('data', (chunk) => {
    size += chunk.length;
    if (size > 100_000) req.destroy();
    else chunks.push(chunk);
  });
  req.on('end', async () => {
    try {
      const variables = chunks.length ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : {};
      const actor = await actorOf(req);
      if (!actor && name !== 'typename') throw new Refusal('UNAUTHENTICATED', 'Connectez-vous pour continuer.');
      send(res, 200, { data: await read(actor, variables) });
    } catch (error) {
      if (error instanceof Refusal) send(res, 200, { data: null, errors: [{ message: error.message, extensions: { code: error.code } }] });
      else {
        process.stderr.write(`raw-server: ${error?.stack ?? error}\n`);
        send(res, 500, { errors: [{ message: 'internal error' }] });
      }
    }
  });
});
server.keepAliveTimeout = 65_000;
server.listen(Number(PORT), '127.0.0.1', () => {
  process.stdout.write(`raw-server listening on ${server.address().port}\n`);
  process.send?.({ listening: server.address().port });
});
process.once('SIGTERM', () => server.close(() => pool.end().then(() => process.exit(0))));
