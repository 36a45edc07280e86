// Demo data for the Pays de Gex, from the office's 2018 activity report: 27 communes, 153 partners
// split by category as in the report, 15 staff, a technical committee of 20 partner users, and
// about 1,700 listings with their change requests (listings.ts).
// Deterministic (stable ids derived from names) and idempotent (upserts / insert-or-skip).
import { createHash } from 'node:crypto';
import { PrismaPg } from '@prisma/adapter-pg';
import { hash } from '@node-rs/argon2';
import { COMMUNES, siretWithKeys, type LegalForm, type OrganisationCategory } from '@extranet/domain';
import { PrismaClient, type Prisma } from '../../apps/api/src/generated/prisma/client.js';
import { ARGON2_OPTIONS } from '../../apps/api/src/auth/password-hasher.js';
import { seedCommittee } from './committee.js';
import { seedListings } from './listings.js';
import { seedTouristTax } from './tourist-tax.js';
import { seedPacks } from './packs.js';
import { seedRelations } from './relations.js';

const DOMAIN = 'demo.paysdegex.test';
const PASSWORD = 'Pays-de-Gex-2026';

export const DEMO_LOGINS = {
  password: PASSWORD,
  accounts: [
    { role: 'Partenaire (responsable)', email: `responsable@${DOMAIN}` },
    { role: 'Agent de l’office', email: `agent@${DOMAIN}` },
    { role: 'Administrateur', email: `admin@${DOMAIN}` },
    { role: 'Membre du comité technique', email: `comite@${DOMAIN}` },
  ],
} as const;

/** The report's 2018 split of the 153 partners. */
const PARTNER_SPLIT: [OrganisationCategory, number][] = [
  ['HOTEL', 11], ['TOURIST_RESIDENCE', 7], ['RESTAURANT', 5], ['CAMPSITE', 2], ['FURNISHED_LET', 55],
  ['ACTIVITY_PROVIDER', 17], ['SHOP', 29], ['ASSOCIATION', 27],
];
const STAFF_COUNT = 15;
const COMMITTEE_SIZE = 20;

const NAMES: Record<OrganisationCategory, { prefix: string[]; legalForms: LegalForm[] }> = {
  HOTEL: { prefix: ['Hôtel du Jura', 'Hôtel de la Faucille', 'Hôtel Le Léman', 'Hôtel des Alpes', 'Hôtel du Lac', 'Hôtel La Bergerie', 'Hôtel Le Mont-Blanc', 'Hôtel de la Gare', 'Hôtel Les Sapins', 'Hôtel Le Colomby', 'Hôtel du Château'], legalForms: ['SARL', 'SAS', 'SA'] },
  TOURIST_RESIDENCE: { prefix: ['Résidence Les Hauts de Gex', 'Résidence Le Pré', 'Résidence Jura Léman', 'Résidence Les Terrasses', 'Résidence du Golf', 'Résidence Les Cimes', 'Résidence Voltaire'], legalForms: ['SAS', 'SARL'] },
  RESTAURANT: { prefix: ['Restaurant La Table du Jura', 'Auberge des Chasseurs', 'Le Bistrot de Divonne', 'La Ferme de la Faucille', 'Restaurant Le Chalet'], legalForms: ['SARL', 'EURL', 'SAS'] },
  CAMPSITE: { prefix: ['Camping Les Gorges de l’Allondon', 'Camping du Creux de l’Envers'], legalForms: ['SARL', 'LOCAL_AUTHORITY'] },
  FURNISHED_LET: { prefix: ['Gîte', 'Chambres d’hôtes', 'Meublé', 'Gîte rural', 'Chalet'], legalForms: ['SOLE_TRADER', 'MICRO_ENTERPRISE', 'SCI'] },
  ACTIVITY_PROVIDER: { prefix: ['École de ski', 'Parapente', 'Randonnée', 'Accrobranche', 'Golf', 'Équitation', 'Canoë'], legalForms: ['SAS', 'SARL', 'MICRO_ENTERPRISE', 'ASSOCIATION'] },
  SHOP: { prefix: ['Fromagerie', 'Boutique', 'Cave', 'Librairie', 'Épicerie fine', 'Artisan chocolatier', 'Sports'], legalForms: ['SARL', 'EURL', 'SOLE_TRADER'] },
  ASSOCIATION: { prefix: ['Association', 'Club', 'Amis de', 'Comité des fêtes de', 'Foyer rural de'], legalForms: ['ASSOCIATION'] },
  TOURISM_OFFICE: { prefix: [], legalForms: ['EPIC'] },
};
const PLACES = ['Mont Rond', 'Colomby de Gex', 'Reculet', 'Crêt de la Neige', 'Valserine', 'Oudar', 'Versoix', 'Allondon', 'Petit Mont', 'Pré Bernard', 'Florimont', 'Crozet', 'Lion', 'Pralies'];
const SURNAMES = ['Martin', 'Bernard', 'Dubois', 'Thomas', 'Robert', 'Richard', 'Petit', 'Durand', 'Leroy', 'Moreau', 'Simon', 'Laurent', 'Lefèvre', 'Michel', 'Garcia', 'David', 'Bertrand', 'Roux', 'Vincent', 'Fournier', 'Morel', 'Girard', 'Favre', 'Mercier', 'Blanc', 'Guérin', 'Boyer', 'Chevalier', 'Perrin', 'Gauthier'];
const GIVEN = ['Camille', 'Julien', 'Sophie', 'Nicolas', 'Claire', 'Thomas', 'Émilie', 'Pierre', 'Laura', 'Antoine', 'Marie', 'Hugo', 'Léa', 'Mathieu', 'Chloé', 'Olivier', 'Anne', 'Lucas', 'Céline', 'Benoît'];
const STREETS = ['Rue de Genève', 'Grande Rue', 'Chemin des Vignes', 'Route de Lyon', 'Avenue de la Gare', 'Rue du Jura', 'Place de l’Église', 'Chemin du Bois', 'Rue des Écoles', 'Route de Divonne', 'Rue de la Fruitière', 'Chemin de la Combe'];

/** A UUID derived from a name, so every run produces the same ids. */
export function stableId(key: string): string {
  const h = createHash('sha256').update(`extranet-demo:${key}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-8${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

function pick<T>(list: readonly T[], n: number): T {
  return list[n % list.length]!;
}

/** Spread over SIREN bodies 40 000 000 to 99 999 998, head office (establishment 0001) of each. */
function demoSiret(n: number): string {
  return siretWithKeys(String(40_000_000 + ((n * 7_919) % 59_999_999)), '0001');
}

function slug(text: string): string {
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
}

interface PartnerSeed {
  id: string; name: string; category: OrganisationCategory; legalForm: LegalForm; siret: string | null;
  street: string; postalCode: string; communeCode: string; phone: string; email: string; website: string | null;
  owner: { id: string; email: string; name: string };
}

export function demoPartners(scale = 1): PartnerSeed[] {
  const partners: PartnerSeed[] = [];
  /** The names given so far: a Set, not a scan of every partner (15,300 at scale 100). */
  const given = new Set<string>();
  let n = 0;
  for (let copy = 0; copy < scale; copy++) {
    for (const [category, count] of PARTNER_SPLIT) {
      for (let i = 0; i < count; i++, n++) {
        const names = NAMES[category];
        const commune = pick(COMMUNES, n * 5 + copy);
        const base = category === 'FURNISHED_LET' || category === 'ACTIVITY_PROVIDER' || category === 'SHOP' || category === 'ASSOCIATION'
          ? `${pick(names.prefix, i)} ${pick(PLACES, i + copy)}${i >= names.prefix.length * PLACES.length ? '' : ''} — ${commune.name}`
          : pick(names.prefix, i) + (i >= names.prefix.length ? ` ${commune.name}` : '');
        const name = copy === 0 && n === 0 ? 'Hôtel du Jura' : scale > 1 && copy > 0 ? `${base} (${copy + 1})` : base;
        const key = `partner:${n}`;
        const ownerName = `${pick(GIVEN, n)} ${pick(SURNAMES, n * 3 + 1)}`;
        const isFirst = n === 0;
        partners.push({
          id: stableId(key),
          name: isFirst ? 'Hôtel du Jura' : `${name}${given.has(name) ? ` ${n}` : ''}`,
          category,
          legalForm: pick(names.legalForms, n),
          siret: category === 'ASSOCIATION' && n % 2 === 0 ? null : demoSiret(n),
          street: `${(n % 120) + 1} ${pick(STREETS, n)}`,
          postalCode: commune.postalCode,
          communeCode: commune.code,
          phone: `+33 4 50 ${String(10 + (n % 89)).padStart(2, '0')} ${String((n * 7) % 100).padStart(2, '0')} ${String((n * 13) % 100).padStart(2, '0')}`,
          email: `contact@${slug(name).slice(0, 40) || 'partenaire'}.fr`,
          website: n % 3 === 0 ? null : `https://www.${slug(name).slice(0, 40)}.fr`,
          owner: {
            id: stableId(`owner:${n}`),
            email: isFirst ? `responsable@${DOMAIN}` : n === 1 ? `comite@${DOMAIN}` : `partenaire-${String(n).padStart(5, '0')}@${DOMAIN}`,
            name: ownerName,
          },
        });
        given.add(partners[partners.length - 1]!.name);
      }
    }
  }
  return partners;
}

const OFFICE_ID = stableId('office');

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size));
  return out;
}

export async function seedDemoData(prisma: PrismaClient | Prisma.TransactionClient, options: { scale?: number; log?: (line: string) => void; now?: Date } = {}): Promise<void> {
  const scale = options.scale ?? 1;
  const log = options.log ?? (() => undefined);
  const passwordHash = await hash(PASSWORD, ARGON2_OPTIONS);

  for (const c of COMMUNES) {
    await prisma.commune.upsert({ where: { code: c.code }, create: c, update: { name: c.name, postalCode: c.postalCode } });
  }
  log(`${COMMUNES.length} communes`);

  await prisma.organisation.upsert({
    where: { id: OFFICE_ID },
    create: {
      id: OFFICE_ID, name: 'Office de Tourisme Intercommunal du Pays de Gex', category: 'TOURISM_OFFICE', legalForm: 'EPIC',
      siret: demoSiret(999_999), street: '2 rue Dr Gallet', postalCode: '01170', communeCode: '01173',
      phone: '+33 4 50 28 09 16', email: `accueil@${DOMAIN}`, website: 'https://www.paysdegex-tourisme.com',
    },
    update: {},
  });

  const staff = Array.from({ length: STAFF_COUNT }, (_, i) => ({
    id: stableId(`staff:${i}`),
    email: i === 0 ? `admin@${DOMAIN}` : i === 1 ? `agent@${DOMAIN}` : `agent-${String(i + 1).padStart(2, '0')}@${DOMAIN}`,
    name: `${pick(GIVEN, i + 7)} ${pick(SURNAMES, i * 2 + 5)}`,
    passwordHash,
    globalRoles: (i === 0 ? ['STAFF', 'ADMIN'] : ['STAFF']) as ('STAFF' | 'ADMIN')[],
  }));
  for (const s of staff) {
    await prisma.user.upsert({ where: { id: s.id }, create: { ...s, globalRoles: [...s.globalRoles] }, update: { globalRoles: [...s.globalRoles] } });
    await prisma.membership.upsert({
      where: { userId_organisationId: { userId: s.id, organisationId: OFFICE_ID } },
      create: { userId: s.id, organisationId: OFFICE_ID, role: s.globalRoles.includes('ADMIN') ? 'OWNER' : 'MEMBER' },
      update: {},
    });
  }
  log(`${STAFF_COUNT} staff`);

  const partners = demoPartners(scale);
  for (const batch of chunks(partners, 1000)) {
    await prisma.organisation.createMany({
      data: batch.map(({ owner: _owner, ...organisation }) => organisation),
      skipDuplicates: true,
    });
    await prisma.user.createMany({
      data: batch.map((p) => ({ ...p.owner, passwordHash, globalRoles: [] })),
      skipDuplicates: true,
    });
    await prisma.membership.createMany({
      data: batch.map((p) => ({ userId: p.owner.id, organisationId: p.id, role: 'OWNER' as const })),
      skipDuplicates: true,
    });
    log(`${Math.min(partners.indexOf(batch[batch.length - 1]!) + 1, partners.length)} / ${partners.length} partenaires`);
  }

  // The technical committee: 20 partner users, the demo committee account among them.
  const committee = partners.slice(1, 1 + COMMITTEE_SIZE).map((p) => p.owner.id);
  await prisma.user.updateMany({ where: { id: { in: committee } }, data: { globalRoles: ['COMMITTEE_MEMBER'] } });
  log(`comité technique : ${committee.length} membres`);
  await seedCommittee(prisma, { memberIds: committee, staffId: staff[0]!.id, id: stableId, log });

  // About 1,700 listings per scale unit, their change requests, and the reminders already sent.
  const partnersPerUnit = PARTNER_SPLIT.reduce((sum, [, count]) => sum + count, 0);
  await seedListings(prisma, {
    scale, partners, partnersPerUnit, officeId: OFFICE_ID, staffIds: staff.slice(1).map((s) => s.id),
    now: options.now ?? new Date(), id: stableId, log,
  });
  // The tourist-tax register: 282 accommodations of the accommodation partners, 2025–2026 declarations.
  await seedTouristTax(prisma, { scale, partners, partnersPerUnit, now: options.now ?? new Date(), id: stableId, log });

  // Service packs: terms, the 2025 and 2026 catalogues, subscriptions with payments and invoices.
  await seedPacks(prisma, { partners: partners.slice(0, partnersPerUnit), staffIds: staff.slice(1).map((s) => s.id), id: stableId, log, now: options.now ?? new Date() });

  // Partner relations: news, promotion actions, availability and meetings.
  await seedRelations(prisma, { partners, staffIds: staff.slice(1).map((s) => s.id), now: options.now ?? new Date(), id: stableId, log });
}

/** Seeds the demo data when the database has no organisation yet. Returns true when it did. */
export async function seedIfEmpty(databaseUrl: string): Promise<boolean> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.organisation.count()) > 0) return false;
    // One transaction: an interrupted first start leaves an empty database, seeded next time.
    await prisma.$transaction((tx) => seedDemoData(tx), { timeout: 5 * 60_000, maxWait: 10_000 });
    return true;
  } finally {
    await prisma.$disconnect();
  }
}
