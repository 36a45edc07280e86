// Apidae import and export: staff upload a file (JSON or an export's zip) and download every listing
// back as Apidae objects; the CLI imports the same way. Fixtures in fixtures/apidae/ follow the API
// v002 format; each test gives its objects ids of its own, so tests do not depend on each other.
import { APIDAE_FILE_ERRORS, APIDAE_SKIP, validListingContent, type ApidaeImportReport } from '@extranet/domain';
import { zipSync } from 'fflate';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { runImportApidae } from '../src/cli/import-apidae.js';
import { incomingUploadsDir } from '../src/common/rest/index.js';
import { createOrganisation, createPartner, createStaff, PASSWORD } from './utils/factories.js';
import { signedInClient, type GraphQLClient } from './utils/graphql.js';
import { startTestApp, type TestApp } from './utils/test-app.js';
import { waitFor } from './utils/wait-for.js';

const FIXTURES = fileURLToPath(new URL('./fixtures/apidae/', import.meta.url));
const fixture = (name: string): any => JSON.parse(readFileSync(join(FIXTURES, name), 'utf8'));
const CSRF = { 'x-requested-with': 'XMLHttpRequest' };
const dataDir = mkdtempSync(join(tmpdir(), 'extranet-apidae-'));

let t: TestApp;
let staff: GraphQLClient;
let officeId: string;
let nextId = 9_100_000;

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: dataDir });
  officeId = (await createOrganisation(t.prisma, { name: 'Office de Tourisme du Pays de Gex', category: 'TOURISM_OFFICE' })).id;
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});
afterEach(() => {
  expect(readdirSync(incomingUploadsDir({ DATA_DIR: dataDir }))).toEqual([]); // no upload left behind
});

/** The objects with fresh ids (9100000, 9100001…), in the same order; `ids` says which. */
function renumber<T>(objects: T[]): { objects: T[]; ids: number[] } {
  const ids = objects.map(() => nextId++);
  return { objects: objects.map((o, i) => ({ ...o, id: ids[i] })), ids };
}

function upload(client: GraphQLClient | null, content: Buffer | string, filename = 'apidae.json', headers: Record<string, string> = CSRF) {
  const form = new FormData();
  form.append('file', new Blob([content]), filename);
  return fetch(`${t.baseUrl}/api/listings/apidae/import`, { method: 'POST', headers: { ...headers, ...(client?.cookie ? { cookie: client.cookie } : {}) }, body: form });
}

async function importJson(json: unknown): Promise<ApidaeImportReport> {
  const response = await upload(staff, JSON.stringify(json));
  const body = await response.json();
  if (response.status !== 200) throw new Error(`import answered ${response.status}: ${JSON.stringify(body)}`);
  return body as ApidaeImportReport;
}

const listingOf = (apidaeId: number) => t.prisma.listing.findUnique({ where: { apidaeId: BigInt(apidaeId) } });
const listingCount = () => t.prisma.listing.count();

async function exported(client: GraphQLClient = staff): Promise<any[]> {
  const response = await fetch(`${t.baseUrl}/api/listings/apidae/export`, { headers: { cookie: client.cookie! } });
  expect(response.status).toBe(200);
  return (await response.json()) as any[];
}

describe('importing a file', () => {
  it('imports an array: listings published for the office, the object outside the Pays de Gex skipped with its reason', async () => {
    const { objects, ids } = renumber(fixture('objets.json'));
    const report = await importJson(objects);
    expect(report).toEqual({
      created: 2, updated: 0, unchanged: 0,
      skipped: [{ apidaeId: ids[2], name: 'Croisière sur le lac d\'Annecy', reason: 'Commune hors du Pays de Gex\u00a0: Annecy (74010).' }],
    });
    const gite = await listingOf(ids[0]!);
    expect(gite).toMatchObject({ organisationId: officeId, type: 'HEBERGEMENT_LOCATIF', name: 'Gîte Les Hauts de Divonne', communeCode: '01143', version: 1 });
    expect(gite!.content).toMatchObject({
      shortDescription: { fr: 'Maison de village avec jardin, à dix minutes du lac.', en: 'Village house with a garden, ten minutes from the lake.', de: '' },
      address: { street: '145 chemin du Mont-Mussy', postalCode: '01220', communeCode: '01143' },
      position: { lat: 46.364412, lng: 6.131907 },
      contact: { phone: null, email: 'leshauts.divonne@example.fr', website: null },
      capacity: { rooms: 3, persons: 6, pitches: null },
      classification: { stars: 3 },
      prices: [{ label: 'Semaine', min: 65000, max: 89000, period: '' }],
    });
    expect(gite!.apidaeExtra).toMatchObject({ informationsHebergementLocatif: { capacite: { surface: 110 } } });
    expect((await listingOf(ids[1]!))!.content).toMatchObject({ eventDates: { start: '2026-07-13', end: '2026-07-14' } });
    expect(await listingOf(ids[2]!)).toBeNull();
  });

  it('imports an API search answer and a single object', async () => {
    const search = fixture('recherche.json');
    const { objects, ids } = renumber(search.objetsTouristiques);
    expect(await importJson({ ...search, objetsTouristiques: objects })).toMatchObject({ created: 2, skipped: [] });
    const [single] = renumber([fixture('objet.json')]).objects;
    expect(await importJson(single)).toMatchObject({ created: 1, skipped: [] });
    const restaurant = await listingOf(ids[1]!);
    expect(restaurant!.content).toMatchObject({
      name: 'Le Bistrot de Voltaire',
      contact: { phone: '+33 4 50 40 71 12', website: 'https://www.bistrot-voltaire.fr' },
      openingPeriods: [{ from: '2026-01-06', to: '2026-12-20', weekdays: [2, 3, 4, 5, 6], hours: [{ opens: '12:00', closes: '14:00' }] }],
      prices: [{ label: 'Menu du jour', min: 1950, max: null }],
    });
  });

  it('updates on a re-import instead of duplicating, and counts an unchanged object as such', async () => {
    const { objects, ids } = renumber(fixture('recherche.json').objetsTouristiques as any[]);
    await importJson(objects);
    const before = await listingOf(ids[0]!);
    const changed = structuredClone(objects);
    changed[0].nom.libelleFr = 'Hôtel de la Poste et du Jura';
    changed[0].informationsHotellerie.capacite.nombreChambresDeclareesHotelier = 16;
    const report = await importJson(changed);
    expect(report).toEqual({ created: 0, updated: 1, unchanged: 1, skipped: [] });
    const after = await listingOf(ids[0]!);
    expect(after).toMatchObject({ id: before!.id, version: 2, name: 'Hôtel de la Poste et du Jura' });
    expect(after!.content).toMatchObject({ capacity: { rooms: 16 } });
    expect((after!.apidaeExtra as any).nom.libelleFr).toBe('Hôtel de la Poste et du Jura');
    expect(await t.prisma.listing.count({ where: { apidaeId: { in: ids.map(BigInt) } } })).toBe(2);
    // One audit entry per batch names the listings it wrote.
    const audit = await t.prisma.auditEvent.findMany({ where: { action: 'listing.importApidae' }, orderBy: { id: 'asc' } });
    const written = audit.flatMap((a) => (a.detail as { listings: { listingId: string; apidaeId: number; outcome: string }[] }).listings);
    expect(written.filter((w) => w.listingId === before!.id)).toEqual([
      { listingId: before!.id, apidaeId: ids[0], outcome: 'created' },
      { listingId: before!.id, apidaeId: ids[0], outcome: 'updated' },
    ]);
  });

  it('does not undo a change made in the extranet when Apidae still has the old value', async () => {
    const { objects, ids } = renumber([fixture('objet.json')]);
    await importJson(objects);
    const listing = (await listingOf(ids[0]!))!;
    // As a partner's approved change would publish it.
    await t.prisma.listing.update({ where: { id: listing.id }, data: { content: { ...(listing.content as object), contact: { phone: '+33 4 50 41 00 00', email: 'accueil@hotel-poste-gex.fr', website: 'https://www.hotel-poste-gex.fr' } }, version: 2 } });
    const changed = structuredClone(objects);
    changed[0].presentation.descriptifCourt.libelleDe = 'Familienhotel im Herzen von Gex.';
    expect(await importJson(changed)).toMatchObject({ updated: 1 });
    expect((await listingOf(ids[0]!))!.content).toMatchObject({ contact: { phone: '+33 4 50 41 00 00' }, shortDescription: { de: 'Familienhotel im Herzen von Gex.' } });
  });

  it('takes the same object twice in one file as an import then an update', async () => {
    const { objects, ids } = renumber([fixture('objet.json')]);
    const later = structuredClone(objects[0]);
    later.nom.libelleFr = 'Hôtel de la Poste (rénové)';
    expect(await importJson([objects[0], later])).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: [] });
    expect(await listingOf(ids[0]!)).toMatchObject({ name: 'Hôtel de la Poste (rénové)', version: 2 });
  });

  it('survives a race on an Apidae id: the batch is retried object by object, nothing duplicated', async () => {
    const { objects, ids } = renumber(fixture('recherche.json').objetsTouristiques as any[]);
    // Another import holds the first id in a transaction not yet committed…
    const other = new pg.Client({ connectionString: t.env.DATABASE_URL });
    await other.connect();
    try {
      await other.query('BEGIN');
      await other.query(
        `INSERT INTO listing (id, organisation_id, type, name, commune_code, content, due_at, stale_at, apidae_id, updated_at)
         VALUES (gen_random_uuid(), $1, 'HOTELLERIE', 'Import concurrent', '01173', $2, now(), now(), $3, now())`,
        [officeId, JSON.stringify(validListingContent('HOTELLERIE', { name: 'Import concurrent' })), ids[0]],
      );
      const pending = importJson(objects);
      // …so this import's insert waits on the unique index, then fails once the other commits.
      await waitFor('the import to wait on the unique index', async () => {
        const { rows } = await other.query(`SELECT count(*)::int AS n FROM pg_stat_activity WHERE wait_event_type = 'Lock' AND datname = current_database()`);
        return rows[0].n > 0;
      });
      await other.query('COMMIT');
      expect(await pending).toEqual({ created: 1, updated: 1, unchanged: 0, skipped: [] });
    } finally {
      await other.end();
    }
    expect(await t.prisma.listing.count({ where: { apidaeId: { in: ids.map(BigInt) } } })).toBe(2);
    expect(await listingOf(ids[0]!)).toMatchObject({ name: 'Hôtel de la Poste', version: 2 });
  });

  it('never overwrites a listing whose change request waits for review', async () => {
    const { objects, ids } = renumber([fixture('objet.json')]);
    await importJson(objects);
    const listing = (await listingOf(ids[0]!))!;
    await t.prisma.changeRequest.create({
      data: { listingId: listing.id, organisationId: listing.organisationId, type: 'HOTELLERIE', listingName: listing.name, communeCode: '01173', changes: [], baseVersion: 1 },
    });
    const changed = structuredClone(objects);
    changed[0].nom.libelleFr = 'Nom venu d’Apidae';
    expect(await importJson(changed)).toEqual({ created: 0, updated: 0, unchanged: 0, skipped: [{ apidaeId: ids[0], name: 'Nom venu d’Apidae', reason: APIDAE_SKIP.pendingRequest }] });
    expect(await listingOf(ids[0]!)).toMatchObject({ name: 'Hôtel de la Poste', version: 1 });
  });

  it('saves the good objects and lists the broken one, with the field and the French message', async () => {
    const { objects, ids } = renumber(fixture('recherche.json').objetsTouristiques as any[]);
    const broken = structuredClone(objects[1]);
    broken.id = nextId++;
    broken.informations.moyensCommunication = [{ type: { id: 204 }, coordonnees: { fr: 'contact@@bistrot' } }];
    const report = await importJson([objects[0], broken, 'pas un objet', objects[1]]);
    expect(report).toEqual({
      created: 2, updated: 0, unchanged: 0,
      skipped: [
        { apidaeId: broken.id, name: 'Le Bistrot de Voltaire', reason: 'E-mail (contact.email)\u00a0: L’adresse e-mail n’est pas valide.' },
        { apidaeId: null, name: '', reason: APIDAE_SKIP.notAnObject },
      ],
    });
    expect(await listingOf(ids[0]!)).not.toBeNull();
    expect(await listingOf(broken.id)).toBeNull();
  });

  it('imports the zip of an export, communes resolved through its communes.json', async () => {
    const files: Record<string, Uint8Array> = {};
    const renumbered = new Map<number, number>();
    for (const path of ['communes.json', 'objets_modifies/objets_modifies-1.json', 'objets_modifies/objets_modifies-2.json', 'objets_supprimes.json', 'selections.json']) {
      let json = fixture(join('export', path));
      if (path.startsWith('objets_modifies/')) {
        json = (json as any[]).map((o) => {
          renumbered.set(o.id, nextId++);
          return { ...o, id: renumbered.get(o.id) };
        });
      }
      files[`export-pays-de-gex/${path}`] = new TextEncoder().encode(JSON.stringify(json));
    }
    files['export-pays-de-gex/objets_modifies/objets_modifies-3.json'] = new TextEncoder().encode('{ "tronqué": ');
    const response = await upload(staff, Buffer.from(zipSync(files)), 'export-apidae.zip');
    expect(response.status).toBe(200);
    const report = (await response.json()) as ApidaeImportReport;
    expect(report).toMatchObject({ created: 3, updated: 0 });
    expect(report.skipped).toEqual([
      { apidaeId: renumbered.get(4810299), name: 'Croisière sur le lac d\'Annecy', reason: 'Commune hors du Pays de Gex\u00a0: Annecy (74010).' },
      { apidaeId: null, name: 'export-pays-de-gex/objets_modifies/objets_modifies-3.json', reason: 'Fichier export-pays-de-gex/objets_modifies/objets_modifies-3.json illisible : ce n’est pas du JSON.' },
    ]);
    const hotel = await listingOf(renumbered.get(4810201)!);
    expect(hotel).toMatchObject({ communeCode: '01173', name: 'Hôtel de la Poste' });
    // The INSEE code communes.json gave is kept with Apidae's commune id, for the export.
    expect((hotel!.apidaeExtra as any).localisation.adresse.commune).toEqual({ id: 14333, code: '01173' });
    expect(await listingOf(renumbered.get(4810202)!)).toMatchObject({ communeCode: '01160' });
  });

  it.each<[string, string | Buffer, string, string]>([
    ['a file that is not JSON', 'nom;commune\nHôtel;Gex\n', 'fiches.csv', APIDAE_FILE_ERRORS.notJson],
    ['JSON that is not Apidae', JSON.stringify({ fiches: [{ nom: 'Hôtel' }] }), 'fiches.json', APIDAE_FILE_ERRORS.notApidae],
    ['a zip without objets_modifies', Buffer.from(zipSync({ 'lisez-moi.txt': new TextEncoder().encode('rien') })), 'export.zip', APIDAE_FILE_ERRORS.emptyZip],
    ['a damaged zip', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.alloc(64, 1)]), 'export.zip', APIDAE_FILE_ERRORS.brokenZip],
  ])('refuses %s with a clear French error and saves nothing', async (_case, content, filename, message) => {
    const before = await listingCount();
    const response = await upload(staff, content, filename);
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ code: 'BAD_USER_INPUT', message, requestId: expect.any(String), fields: [{ field: 'file', message }] });
    expect(await listingCount()).toBe(before);
  });

  it('records the import in the audit trail', async () => {
    const { objects } = renumber(fixture('objets.json'));
    await importJson(objects);
    const entry = await t.prisma.auditEvent.findFirst({ where: { action: 'listing.import' }, orderBy: { id: 'desc' } });
    expect(entry).toMatchObject({ outcome: 'SUCCESS', actorEmail: expect.stringContaining('@'), detail: { via: 'upload', file: 'apidae.json', created: 2, updated: 0, unchanged: 0, skipped: 1 } });
  });
});

describe('exporting', () => {
  it('gives back every imported object as it came, unknown fields included, as a download', async () => {
    const search = fixture('recherche.json');
    const { objects } = renumber(search.objetsTouristiques as any[]);
    await importJson(objects);
    const response = await fetch(`${t.baseUrl}/api/listings/apidae/export`, { headers: { cookie: staff.cookie! } });
    expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="fiches-apidae-\d{4}-\d{2}-\d{2}\.json"$/);
    const all = (await response.json()) as any[];
    expect(all.length).toBe(await listingCount());
    for (const object of objects) expect(all.find((o) => o.id === object.id)).toEqual(object);
  });

  it('writes a change approved in the extranet at the same path, keeping the rest', async () => {
    const { objects, ids } = renumber([fixture('objet.json')]);
    await importJson(objects);
    const listing = (await listingOf(ids[0]!))!;
    const content = listing.content as any;
    await t.prisma.listing.update({ where: { id: listing.id }, data: { content: { ...content, contact: { ...content.contact, phone: '+33 4 50 41 99 99' }, shortDescription: { ...content.shortDescription, de: 'Familienhotel in Gex.' } } } });
    const object = (await exported()).find((o) => o.id === ids[0]);
    const expected = structuredClone(objects[0]);
    expected.informations.moyensCommunication[0].coordonnees.fr = '+33 4 50 41 99 99';
    expected.presentation.descriptifCourt.libelleDe = 'Familienhotel in Gex.';
    expect(object).toEqual(expected);
  });

  it('exports a listing created in the extranet without an Apidae id, and streams past one page', async () => {
    const { organisation } = await createPartner(t.prisma);
    const { createListing } = await import('./utils/listing-factories.js');
    for (let i = 0; i < 501; i += 1) await createListing(t.prisma, organisation.id);
    const all = await exported();
    expect(all.length).toBe(await listingCount());
    const local = all.filter((o) => o.id === undefined);
    expect(local.length).toBeGreaterThanOrEqual(501);
    expect(local[0]).toMatchObject({ type: 'HOTELLERIE', nom: { libelleFr: 'Hôtel du Jura' }, localisation: { adresse: { commune: { code: '01173', nom: 'Gex' } } } });
    expect(await t.prisma.auditEvent.findFirst({ where: { action: 'listing.export' }, orderBy: { id: 'desc' } })).toMatchObject({ detail: { format: 'apidae', listings: all.length } });
  });
});

describe('who may', () => {
  it('refuses a partner: 403 FORBIDDEN on import (before the upload is stored) and export, nothing saved', async () => {
    const partner = await createPartner(t.prisma);
    const owner = await signedInClient(t.baseUrl, partner.owner.email, PASSWORD);
    const before = await listingCount();
    const { objects } = renumber([fixture('objet.json')]);
    const imported = await upload(owner, JSON.stringify(objects));
    expect(imported.status).toBe(403);
    expect(await imported.json()).toMatchObject({ code: 'FORBIDDEN' });
    const exportedAnswer = await fetch(`${t.baseUrl}/api/listings/apidae/export`, { headers: { cookie: owner.cookie! } });
    expect(exportedAnswer.status).toBe(403);
    expect(await exportedAnswer.json()).toMatchObject({ code: 'FORBIDDEN' });
    expect(await listingCount()).toBe(before);
    expect(await t.prisma.auditEvent.count({ where: { action: 'access.listing.import', outcome: 'DENIED', actorUserId: partner.owner.id } })).toBe(2);
  });

  it('refuses anonymous callers, and an upload without the CSRF header', async () => {
    const anonymous = await upload(null, '[]');
    expect(anonymous.status).toBe(401);
    expect((await fetch(`${t.baseUrl}/api/listings/apidae/export`)).status).toBe(401);
    const withoutHeader = await upload(staff, '[]', 'apidae.json', {});
    expect(withoutHeader.status).toBe(403);
    expect(await withoutHeader.json()).toMatchObject({ code: 'FORBIDDEN', message: expect.stringContaining('X-Requested-With') });
  });
});

describe('npm run import:apidae', () => {
  const work = mkdtempSync(join(tmpdir(), 'extranet-apidae-cli-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  function output() {
    const lines: string[] = [];
    return { lines, write: (text: string) => void lines.push(text) };
  }

  it('imports a file named from where the command was typed, prints the report, and is idempotent', async () => {
    const { objects, ids } = renumber(fixture('objets.json'));
    writeFileSync(join(work, 'objets.json'), JSON.stringify(objects));
    const env = { DATABASE_URL: t.env.DATABASE_URL, INIT_CWD: work };
    const [out, err] = [output(), output()];
    expect(await runImportApidae(['objets.json'], env, out, err)).toBe(0);
    expect(err.lines).toEqual([]);
    expect(out.lines.join('')).toMatch(/^Import Apidae terminé en \d+\.\d s : 2 créée\(s\), 0 mise\(s\) à jour, 0 inchangée\(s\), 1 écartée\(s\)\.\n {2}- \d+ Croisière sur le lac d'Annecy : Commune hors du Pays de Gex\s: Annecy \(74010\)\.\n$/);
    expect(await listingOf(ids[0]!)).toMatchObject({ organisationId: officeId, name: 'Gîte Les Hauts de Divonne' });
    expect(await t.prisma.auditEvent.findFirst({ where: { action: 'listing.import' }, orderBy: { id: 'desc' } })).toMatchObject({ actorUserId: null, detail: { via: 'cli', file: 'objets.json', created: 2 } });

    const again = output();
    expect(await runImportApidae([join(work, 'objets.json')], env, again, output())).toBe(0); // an absolute path too
    expect(again.lines.join('')).toContain('0 créée(s), 0 mise(s) à jour, 2 inchangée(s), 1 écartée(s)');
  }, 120_000);

  it('refuses a file that is not Apidae with exit code 1, and a missing one with 2', async () => {
    writeFileSync(join(work, 'notes.txt'), 'pas du JSON');
    const env = { DATABASE_URL: t.env.DATABASE_URL, INIT_CWD: work };
    const err = output();
    expect(await runImportApidae(['notes.txt'], env, output(), err)).toBe(1);
    expect(err.lines.join('')).toBe(`Import refusé : ${APIDAE_FILE_ERRORS.notJson}\n`);
    const missing = output();
    expect(await runImportApidae(['absent.json'], env, output(), missing)).toBe(2);
    expect(missing.lines.join('')).toBe(`Fichier introuvable : ${join(work, 'absent.json')}\n`);
    expect(await runImportApidae([], env, output(), output())).toBe(2);
  }, 120_000);
});
