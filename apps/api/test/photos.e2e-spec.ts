// Listing photos through the real REST routes: upload (type checked on the content, size limit,
// CSRF header, metadata stripped, thumbnail), serving (headers, who may read), isolation between
// partners, and the listing flow refusing photos that are not the organisation's.
import { validListingContent, type ListingContent } from '@extranet/domain';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { incomingUploadsDir } from '../src/common/rest/index.js';
import { storageDir } from '../src/storage/file-storage.js';
import { createPartner, createStaff, createUser, PASSWORD } from './utils/factories.js';
import { errorCode, fieldErrors, GraphQLClient, signedInClient } from './utils/graphql.js';
import { createListing } from './utils/listing-factories.js';
import { startTestApp, type TestApp } from './utils/test-app.js';

const dataDir = mkdtempSync(join(tmpdir(), 'extranet-photos-'));
const stored = () => readdirSync(storageDir({ DATA_DIR: dataDir })).filter((name) => name !== '.partial').sort();
const incoming = () => readdirSync(incomingUploadsDir({ DATA_DIR: dataDir }));

const CONTENT = `name shortDescription { fr en de } longDescription { fr en de } address { street postalCode communeCode }
  position { lat lng } contact { phone email website } openingPeriods { from to weekdays hours { opens closes } note }
  closures prices { label min max period } paymentMethods capacity { rooms persons pitches }
  classification { stars labels registrationNumber } eventDates { start end } photos { id caption credit } internalCriteria`;
const LISTING = `query($id: ID!) { listing(id: $id) { id version content { ${CONTENT} } } }`;
const SUBMIT = `mutation($input: SubmitListingChangeInput!) { submitListingChange(input: $input) { id status changes { path after } } }`;
const PROPOSE = `mutation($input: ProposeListingInput!) { proposeListing(input: $input) { id status changes { path after } } }`;

const CSRF = { 'x-requested-with': 'XMLHttpRequest' };
/** An ELF executable's first bytes: what a program renamed photo.jpg starts with. */
const ELF = Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00]), Buffer.alloc(4096, 0x90)]);

interface RawResponse {
  status: number;
  headers: Headers;
  body: Buffer;
  json: any;
}

let t: TestApp;
let staff: GraphQLClient;
let anonymous: GraphQLClient;
/** Two partners, each with an owner signed in, a member signed in and a published hotel listing. */
let a: Awaited<ReturnType<typeof partner>>;
let b: Awaited<ReturnType<typeof partner>>;

async function partner() {
  const created = await createPartner(t.prisma);
  const listing = await createListing(t.prisma, created.organisation.id);
  return {
    ...created,
    listing,
    asOwner: await signedInClient(t.baseUrl, created.owner.email, PASSWORD),
    asMember: await signedInClient(t.baseUrl, created.member.email, PASSWORD),
  };
}

beforeAll(async () => {
  t = await startTestApp({ DATA_DIR: dataDir });
  [a, b] = [await partner(), await partner()];
  staff = await signedInClient(t.baseUrl, (await createStaff(t.prisma)).email, PASSWORD);
  anonymous = new GraphQLClient(t.baseUrl);
});
afterAll(async () => {
  await t.close();
  rmSync(dataDir, { recursive: true, force: true });
});

async function call(client: GraphQLClient, path: string, init: RequestInit = {}): Promise<RawResponse> {
  const headers = { ...(init.headers as Record<string, string>), ...(client.cookie ? { cookie: client.cookie } : {}) };
  const response = await fetch(`${t.baseUrl}${path}`, { ...init, headers });
  const body = Buffer.from(await response.arrayBuffer());
  let json: unknown;
  try {
    json = JSON.parse(body.toString('utf8'));
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, body, json };
}

function upload(client: GraphQLClient, organisationId: string, content: Buffer, options: { filename?: string; type?: string; headers?: Record<string, string> } = {}) {
  const form = new FormData();
  form.append('file', new Blob([content], { type: options.type ?? 'image/jpeg' }), options.filename ?? 'photo.jpg');
  return call(client, `/api/organisations/${organisationId}/photos`, { method: 'POST', headers: options.headers ?? CSRF, body: form });
}

/** A photo-like image (noise compresses badly, so sizes mean something). */
function image(format: 'jpeg' | 'png' | 'webp', width = 1200, height = 800): Promise<Buffer> {
  return sharp({ create: { width, height, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 }, background: '#000' } })
    .toFormat(format)
    .toBuffer();
}

/** Uploads a JPEG for the partner and returns the answer's body. */
async function uploaded(client: GraphQLClient, organisationId: string) {
  const response = await upload(client, organisationId, await image('jpeg', 640, 480));
  expect(response.status).toBe(201);
  return response.json as { id: string; url: string; thumbnailUrl: string; contentType: string; size: number };
}

function expectError(response: RawResponse, status: number, code: string) {
  expect(response.status).toBe(status);
  expect(response.headers.get('content-type')).toMatch(/^application\/json/);
  expect(response.json).toEqual(expect.objectContaining({ code, message: expect.any(String), requestId: expect.any(String) }));
}

/** What a refused upload must leave: no file kept, no temporary file, no row. */
async function snapshot() {
  return { files: stored(), rows: await t.prisma.listingPhoto.count() };
}
async function expectNothingStored(before: Awaited<ReturnType<typeof snapshot>>) {
  expect(await snapshot()).toEqual(before);
  expect(incoming()).toEqual([]);
}

describe('uploading a photo', () => {
  it('stores a JPEG upright and without its EXIF data, with a smaller WebP thumbnail, a row and an audit entry', async () => {
    const original = await sharp({ create: { width: 1200, height: 800, channels: 3, noise: { type: 'gaussian', mean: 128, sigma: 40 }, background: '#000' } })
      .jpeg({ quality: 80 })
      .withMetadata({ orientation: 6 }) // taken with the phone on its side
      .withExif({ IFD0: { Artist: 'Jean Dupont', Copyright: 'Jean Dupont' } })
      .toBuffer();
    expect((await sharp(original).metadata()).exif).toBeDefined();

    const response = await upload(a.asMember, a.organisation.id, original, { filename: 'IMG_0001.JPG' });
    expect(response.status).toBe(201);
    const photo = response.json;
    expect(photo).toEqual({ id: expect.stringMatching(/^[0-9a-f]{32}$/), url: `/api/photos/${photo.id}`, thumbnailUrl: `/api/photos/${photo.id}/thumbnail`, contentType: 'image/jpeg', size: expect.any(Number) });
    expect(Object.keys(photo).sort()).toEqual(['contentType', 'id', 'size', 'thumbnailUrl', 'url']);

    const full = await call(a.asOwner, photo.url);
    expect(full.status).toBe(200);
    expect(full.body.length).toBe(photo.size);
    const kept = await sharp(full.body).metadata();
    expect(kept).toMatchObject({ format: 'jpeg', width: 800, height: 1200 }); // turned upright
    expect(kept.exif).toBeUndefined();
    expect(kept.orientation).toBeUndefined();
    expect(full.body.includes('Jean Dupont')).toBe(false);

    const thumbnail = await call(a.asOwner, photo.thumbnailUrl);
    expect(thumbnail.status).toBe(200);
    expect(thumbnail.headers.get('content-type')).toBe('image/webp');
    expect(await sharp(thumbnail.body).metadata()).toMatchObject({ format: 'webp', width: 400, height: 600 });
    expect(thumbnail.body.length).toBeLessThan(full.body.length / 4);

    expect(await t.prisma.listingPhoto.findUniqueOrThrow({ where: { id: photo.id } })).toMatchObject({
      organisationId: a.organisation.id,
      contentType: 'image/jpeg',
      size: photo.size,
      uploadedById: a.member.id,
    });
    expect(stored()).toEqual(expect.arrayContaining([photo.id, `${photo.id}.thumb`]));
    expect(stored().some((name) => name.includes('IMG_0001'))).toBe(false);
    const audit = await t.prisma.auditEvent.findFirstOrThrow({ where: { action: 'listing.uploadPhoto', objectId: photo.id } });
    expect(audit).toMatchObject({ outcome: 'SUCCESS', actorUserId: a.member.id, organisationId: a.organisation.id, objectType: 'listingPhoto' });
    expect(incoming()).toEqual([]);
  });

  it.each([
    ['png', 'image/png'],
    ['webp', 'image/webp'],
  ] as const)('accepts a %s photo whatever its file name says', async (format, contentType) => {
    const response = await upload(a.asOwner, a.organisation.id, await image(format, 900, 600), { filename: 'sans-extension', type: 'application/octet-stream' });
    expect(response.status).toBe(201);
    expect(response.json.contentType).toBe(contentType);
    const full = await call(a.asOwner, response.json.url);
    expect(full.headers.get('content-type')).toBe(contentType);
    expect((await sharp(full.body).metadata()).format).toBe(format);
    const thumbnail = await call(a.asOwner, response.json.thumbnailUrl);
    expect(await sharp(thumbnail.body).metadata()).toMatchObject({ format: 'webp', width: 400 });
  });

  it('keeps a small picture at its size: the thumbnail is never enlarged', async () => {
    const onePixel = await sharp({ create: { width: 1, height: 1, channels: 4, background: { r: 200, g: 30, b: 30, alpha: 1 } } }).png().toBuffer();
    const response = await upload(a.asOwner, a.organisation.id, onePixel, { filename: 'point.png' });
    expect(response.status).toBe(201);
    expect(await sharp((await call(a.asOwner, response.json.thumbnailUrl)).body).metadata()).toMatchObject({ width: 1, height: 1 });
  });

  it('refuses an executable renamed photo.jpg with a French 415, and keeps nothing', async () => {
    const before = await snapshot();
    const response = await upload(a.asOwner, a.organisation.id, ELF, { filename: 'photo.jpg', type: 'image/jpeg' });
    expectError(response, 415, 'BAD_USER_INPUT');
    expect(response.json.message).toBe('Ce type de fichier n’est pas accepté.');
    expect(response.json.fields).toEqual([{ field: 'file', message: 'Envoyez une photo au format JPEG, PNG ou WebP.' }]);
    await expectNothingStored(before);
  });

  it.each<[string, () => Buffer | Promise<Buffer>]>([
    ['an SVG', () => Buffer.from('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>')],
    ['a PDF', () => Buffer.from('%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n')],
    ['a GIF', async () => sharp({ create: { width: 4, height: 4, channels: 3, background: '#fff' } }).gif().toBuffer()],
    ['an HTML page', () => Buffer.from('<!doctype html><title>x</title>')],
  ])('refuses %s with 415', async (_case, content) => {
    const before = await snapshot();
    expectError(await upload(a.asOwner, a.organisation.id, await content()), 415, 'BAD_USER_INPUT');
    await expectNothingStored(before);
  });

  it('refuses a file that starts like a JPEG but is not one, with 400', async () => {
    const before = await snapshot();
    const fake = Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), ELF]);
    const response = await upload(a.asOwner, a.organisation.id, fake);
    expectError(response, 400, 'BAD_USER_INPUT');
    expect(response.json.fields).toEqual([{ field: 'file', message: 'Cette image est illisible ou abîmée : enregistrez-la de nouveau en JPEG, PNG ou WebP.' }]);
    await expectNothingStored(before);
  });

  it('refuses an image too large to decode safely (a small PNG declaring 64 megapixels)', async () => {
    const before = await snapshot();
    const huge = await sharp({ create: { width: 8000, height: 8000, channels: 3, background: '#fff' } }).png().toBuffer();
    expect(huge.length).toBeLessThan(1024 * 1024);
    const response = await upload(a.asOwner, a.organisation.id, huge, { filename: 'bombe.png' });
    expectError(response, 400, 'BAD_USER_INPUT');
    expect(response.json.fields).toEqual([{ field: 'file', message: 'L’image est trop grande (60 mégapixels au plus) : réduisez-la avant de l’envoyer.' }]);
    await expectNothingStored(before);
  });

  it('refuses a file over 10 MiB with 413 in French, and keeps nothing', async () => {
    const before = await snapshot();
    const oversize = Buffer.concat([await image('jpeg', 64, 64), Buffer.alloc(10 * 1024 * 1024)]);
    const response = await upload(a.asOwner, a.organisation.id, oversize);
    expectError(response, 413, 'BAD_USER_INPUT');
    expect(response.json.fields).toEqual([{ field: 'file', message: 'Le fichier dépasse la taille maximale (10 Mo).' }]);
    await expectNothingStored(before);
  });

  it('refuses an upload without X-Requested-With (403), before reading the file', async () => {
    const before = await snapshot();
    const response = await upload(a.asOwner, a.organisation.id, await image('jpeg', 64, 64), { headers: {} });
    expectError(response, 403, 'FORBIDDEN');
    expect(response.json.message).toBe('Requête refusée : l’en-tête X-Requested-With est requis pour modifier des données.');
    await expectNothingStored(before);
  });

  it('refuses an upload without a session (401) and a request without a file (400)', async () => {
    const before = await snapshot();
    expectError(await upload(anonymous, a.organisation.id, await image('jpeg', 64, 64)), 401, 'UNAUTHENTICATED');
    const empty = await call(a.asOwner, `/api/organisations/${a.organisation.id}/photos`, { method: 'POST', headers: CSRF, body: new FormData() });
    expectError(empty, 400, 'BAD_USER_INPUT');
    expect(empty.json.fields).toEqual([{ field: 'file', message: 'Choisissez un fichier à envoyer.' }]);
    await expectNothingStored(before);
  });

  it('lets staff upload for any organisation, and refuses a user who belongs to none (403)', async () => {
    expect((await upload(staff, b.organisation.id, await image('jpeg', 64, 64))).status).toBe(201);
    const committee = await createUser(t.prisma, { globalRoles: ['COMMITTEE_MEMBER'] });
    const before = await snapshot();
    expectError(await upload(await signedInClient(t.baseUrl, committee.email, PASSWORD), a.organisation.id, await image('jpeg', 64, 64)), 403, 'FORBIDDEN');
    await expectNothingStored(before);
  });
});

describe('serving a photo', () => {
  it('answers with its type, inline, nosniff and a private cache, to the members of its organisation and to staff', async () => {
    const photo = await uploaded(a.asOwner, a.organisation.id);
    for (const client of [a.asOwner, a.asMember, staff]) {
      for (const [url, type] of [[photo.url, 'image/jpeg'], [photo.thumbnailUrl, 'image/webp']] as const) {
        const response = await call(client, url);
        expect(response.status).toBe(200);
        expect(response.headers.get('content-type')).toBe(type);
        expect(response.headers.get('x-content-type-options')).toBe('nosniff');
        expect(response.headers.get('content-disposition')).toBe('inline');
        expect(response.headers.get('cache-control')).toBe('private, max-age=86400');
        expect(Number(response.headers.get('content-length'))).toBe(response.body.length);
      }
    }
    expect((await call(staff, photo.url)).body.equals(readFileSync(join(storageDir({ DATA_DIR: dataDir }), photo.id)))).toBe(true);
  });

  it('answers an unknown or malformed id with a JSON 404, and a caller without a session with 401', async () => {
    const photo = await uploaded(a.asOwner, a.organisation.id);
    for (const path of [`/api/photos/${'0'.repeat(32)}`, `/api/photos/${'0'.repeat(32)}/thumbnail`, '/api/photos/..%2F..%2Fetc%2Fpasswd', `/api/photos/${photo.id}.thumb`, '/api/photos/x']) {
      const response = await call(a.asOwner, path);
      expectError(response, 404, 'NOT_FOUND');
      expect(response.json.message).toBe('Élément introuvable.');
    }
    expectError(await call(anonymous, photo.url), 401, 'UNAUTHENTICATED');
  });
});

describe('partners are isolated on the photo routes', () => {
  /** Each REST photo route, called by partner A with partner B's ids, against the same call with an id that does not exist. */
  const routes: [string, (asA: GraphQLClient, foreign: { organisationId: string; photoId: string }) => Promise<RawResponse>, () => Promise<RawResponse>][] = [
    ['POST /api/organisations/:id/photos', async (asA, f) => upload(asA, f.organisationId, await image('jpeg', 64, 64)), async () => upload(a.asOwner, '00000000-0000-4000-8000-000000000000', await image('jpeg', 64, 64))],
    ['GET /api/photos/:id', (asA, f) => call(asA, `/api/photos/${f.photoId}`), () => call(a.asOwner, `/api/photos/${'f'.repeat(32)}`)],
    ['GET /api/photos/:id/thumbnail', (asA, f) => call(asA, `/api/photos/${f.photoId}/thumbnail`), () => call(a.asOwner, `/api/photos/${'f'.repeat(32)}/thumbnail`)],
  ];

  it.each(routes)('%s with a foreign id answers exactly like a missing one, and changes nothing', async (_route, foreignCall, missingCall) => {
    const photo = await uploaded(b.asOwner, b.organisation.id);
    const before = await snapshot();
    const auditBefore = await t.prisma.auditEvent.count({ where: { outcome: 'DENIED', actorUserId: a.owner.id } });
    for (const asA of [a.asOwner, a.asMember]) {
      const foreign = await foreignCall(asA, { organisationId: b.organisation.id, photoId: photo.id });
      const missing = await missingCall();
      expectError(foreign, 404, 'NOT_FOUND');
      expect({ ...foreign.json, requestId: null }).toEqual({ ...missing.json, requestId: null });
      expect(foreign.body.includes(photo.id)).toBe(false);
    }
    await expectNothingStored(before);
    expect(await t.prisma.auditEvent.count({ where: { outcome: 'DENIED', actorUserId: a.owner.id } })).toBeGreaterThan(auditBefore);
  });
});

describe('photos in listing changes', () => {
  const contentOf = async (client: GraphQLClient, id: string): Promise<ListingContent> => (await client.ok(LISTING, { id })).listing.content;
  const withPhotos = (content: ListingContent, ids: string[]): ListingContent => ({ ...content, photos: ids.map((id) => ({ id, caption: 'Vue sur le Jura', credit: 'Office de tourisme' })) });

  it('refuses a change adding another partner’s photo, or an id made up, on the field: nothing saved', async () => {
    const own = await uploaded(a.asOwner, a.organisation.id);
    const foreign = await uploaded(b.asOwner, b.organisation.id);
    const content = await contentOf(a.asOwner, a.listing.id);
    for (const [ids, expected] of [
      [[own.id, foreign.id], { 'content.photos.1': 'Photo inconnue.' }],
      [['0'.repeat(32), own.id, '../../etc/passwd'], { 'content.photos.0': 'Photo inconnue.', 'content.photos.2': 'Photo inconnue.' }],
    ] as const) {
      const result = await a.asOwner.request(SUBMIT, { input: { listingId: a.listing.id, version: 1, content: withPhotos(content, [...ids]) } });
      expect(errorCode(result)).toBe('BAD_USER_INPUT');
      expect(fieldErrors(result)).toEqual(expected);
    }
    expect(await t.prisma.changeRequest.count({ where: { listingId: a.listing.id } })).toBe(0);
  });

  it('accepts a change adding the organisation’s own photo, uploaded by any of its people or by staff', async () => {
    const byOwner = await uploaded(a.asOwner, a.organisation.id);
    const byStaff = await uploaded(staff, a.organisation.id);
    const listing = await createListing(t.prisma, a.organisation.id);
    const content = await contentOf(a.asMember, listing.id);
    const { submitListingChange } = await a.asMember.ok(SUBMIT, { input: { listingId: listing.id, version: 1, content: withPhotos(content, [byOwner.id, byStaff.id]) } });
    expect(submitListingChange.changes).toEqual([{ path: 'photos', after: [expect.objectContaining({ id: byOwner.id }), expect.objectContaining({ id: byStaff.id })] }]);
  });

  it('keeps accepting the photos a listing already shows (e.g. from before the upload existed)', async () => {
    const legacy = withPhotos(validListingContent('HOTELLERIE'), ['photo-historique-1']);
    const listing = await createListing(t.prisma, a.organisation.id, { content: legacy });
    const content = await contentOf(a.asOwner, listing.id);
    const { submitListingChange } = await a.asOwner.ok(SUBMIT, { input: { listingId: listing.id, version: 1, content: { ...content, name: 'Hôtel du Jura et des Alpes' } } });
    expect(submitListingChange.changes.map((c: { path: string }) => c.path)).toEqual(['name']);
  });

  it('refuses a new listing proposed with another partner’s photo, accepts it with its own', async () => {
    const own = await uploaded(a.asOwner, a.organisation.id);
    const foreign = await uploaded(b.asOwner, b.organisation.id);
    const content = validListingContent('HOTELLERIE', { name: 'Hôtel des Photos' });
    const refused = await a.asOwner.request(PROPOSE, { input: { organisationId: a.organisation.id, type: 'HOTELLERIE', content: withPhotos(content, [foreign.id]) } });
    expect(fieldErrors(refused)).toEqual({ 'content.photos.0': 'Photo inconnue.' });
    expect(await t.prisma.changeRequest.count({ where: { organisationId: a.organisation.id, listingName: 'Hôtel des Photos' } })).toBe(0);
    const { proposeListing } = await a.asOwner.ok(PROPOSE, { input: { organisationId: a.organisation.id, type: 'HOTELLERIE', content: withPhotos(content, [own.id]) } });
    expect(proposeListing.status).toBe('OPEN');
  });
});
