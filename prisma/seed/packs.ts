// Demo service packs: terms of sale v1, the 2025, 2026 and 2027 catalogues for the Pays de Gex categories
// (prices in the range of the 2018 report: 12,712 € of packs sold that year), 2025 subscriptions for
// about 40 % of the 153 partners (paid online by card, by transfer or cheque, some still unpaid) with
// their invoices, and a few 2026 ones. Deterministic (stable ids) and idempotent (insert-or-skip).
import {
  computeTotals,
  findCommune,
  numericFrenchDay,
  invoiceNumber,
  PACK_PAYMENT_METHOD_LABELS,
  quoteLines,
  type CatalogueItem,
  type IssuedInvoice,
  type OrganisationCategory,
  type PackPaymentMethod,
} from '@extranet/domain';
import type { Prisma, PrismaClient } from '../../apps/api/src/generated/prisma/client.js';

type Db = PrismaClient | Prisma.TransactionClient;

export interface PackSeedPartner {
  id: string;
  name: string;
  category: OrganisationCategory;
  siret: string | null;
  street: string;
  postalCode: string;
  communeCode: string;
  owner: { id: string };
}

const ACCOMMODATION: OrganisationCategory[] = ['HOTEL', 'TOURIST_RESIDENCE', 'CAMPSITE'];
const ALL: OrganisationCategory[] = ['HOTEL', 'TOURIST_RESIDENCE', 'RESTAURANT', 'CAMPSITE', 'FURNISHED_LET', 'ACTIVITY_PROVIDER', 'SHOP', 'ASSOCIATION'];

/** The catalogue, prices excluding VAT in cents for 2026 (2025: 3 % less, rounded to the euro). */
const PACKS: { key: string; name: string; description: string; price: number; categories: OrganisationCategory[] }[] = [
  { key: 'hebergement', name: 'Pack Hébergement', description: 'Fiche Apidae enrichie sur paysdegex-tourisme.com, présence dans le guide hébergement, diffusion des disponibilités à l’accueil.', price: 39_000, categories: ACCOMMODATION },
  { key: 'meubles', name: 'Pack Meublés et chambres d’hôtes', description: 'Fiche sur le site, mention dans le guide hébergement, documentation à l’accueil.', price: 9_500, categories: ['FURNISHED_LET'] },
  { key: 'restauration', name: 'Pack Restauration', description: 'Fiche sur le site avec menus et horaires, présence dans le guide « Où manger », mise en avant saisonnière.', price: 24_000, categories: ['RESTAURANT'] },
  { key: 'activites', name: 'Pack Activités et loisirs', description: 'Fiche sur le site, agenda des sorties, dépliants à l’accueil des trois bureaux d’information.', price: 18_000, categories: ['ACTIVITY_PROVIDER'] },
  { key: 'commerce', name: 'Pack Commerce et artisanat', description: 'Fiche sur le site et dans le guide « Savoir-faire et terroir ».', price: 12_000, categories: ['SHOP'] },
  { key: 'associations', name: 'Pack Associations', description: 'Fiche sur le site et annonce des manifestations dans l’agenda.', price: 5_000, categories: ['ASSOCIATION'] },
];
const OPTIONS: { key: string; name: string; description: string; price: number; categories: OrganisationCategory[] }[] = [
  { key: 'photos', name: 'Reportage photo professionnel (10 photos)', description: 'Un photographe de l’office, droits cédés pour vos supports.', price: 15_000, categories: [...ACCOMMODATION, 'RESTAURANT', 'FURNISHED_LET', 'ACTIVITY_PROVIDER'] },
  { key: 'encart', name: 'Encart dans le guide touristique', description: 'Un quart de page dans le guide imprimé à 40 000 exemplaires.', price: 9_000, categories: ALL },
  { key: 'une', name: 'Mise en avant sur la page d’accueil du site (1 mois)', description: 'Votre offre en « coup de cœur » pendant le mois de votre choix.', price: 6_000, categories: ALL },
  { key: 'salon', name: 'Part de stand au Salon des vacances (Genève)', description: 'Votre documentation et une demi-journée de présence sur le stand du Pays de Gex.', price: 25_000, categories: [...ACCOMMODATION, 'ACTIVITY_PROVIDER'] },
  { key: 'reseaux', name: 'Publications sur les réseaux sociaux (3 posts)', description: 'Trois publications Facebook et Instagram de l’office.', price: 4_500, categories: ['RESTAURANT', 'ACTIVITY_PROVIDER', 'SHOP', 'ASSOCIATION'] },
  { key: 'brochures', name: 'Présentoir de brochures à l’accueil', description: 'Vos dépliants dans les trois bureaux d’information (Gex, Divonne, Saint-Genis).', price: 3_000, categories: ALL },
];

const TERMS_V1 = `Conditions générales de vente des packs partenaires — version 1

Article 1 — Objet. Les présentes conditions régissent la vente, par l’Office de Tourisme du Pays de Gex (EPIC), des packs de services et de leurs options aux partenaires professionnels du Pays de Gex.

Article 2 — Durée. Un pack vaut pour l’année civile indiquée (du 1er janvier au 31 décembre). Il n’est pas reconduit tacitement : l’office invite le partenaire à le renouveler avant son échéance.

Article 3 — Prix. Les prix sont indiqués hors taxes et toutes taxes comprises ; la TVA est celle en vigueur au jour de la souscription. Le prix d’un pack vendu pour une année ne change pas en cours d’année.

Article 4 — Paiement. Le paiement s’effectue en ligne par carte bancaire, par virement ou par chèque à l’ordre du Trésor public. Les services sont mis en œuvre à réception du paiement. Paiement à réception de facture, sans escompte. En cas de retard, pénalités au taux de la BCE majoré de 10 points et indemnité forfaitaire de 40 € pour frais de recouvrement.

Article 5 — Facturation. Une facture électronique (Factur-X) est émise à réception du paiement complet et reste téléchargeable depuis l’extranet.

Article 6 — Annulation. Toute annulation donne lieu à un avoir ; aucune facture n’est supprimée.

Article 7 — Données personnelles. Les données sont traitées par l’office pour l’exécution du contrat, conformément au RGPD.`;

const VAT = 2000;

function catalogueItems(year: number, id: (key: string) => string): (CatalogueItem & { createdAt: Date })[] {
  const factor = year === 2025 ? 0.97 : 1;
  const items = [
    ...PACKS.map((p, i) => ({ ...p, kind: 'PACK' as const, position: i + 1 })),
    ...OPTIONS.map((o, i) => ({ ...o, kind: 'OPTION' as const, position: i + 1 })),
  ];
  return items.map((item) => ({
    id: id(`pack-item:${year}:${item.key}`),
    lineageId: id(`pack-lineage:${year}:${item.key}`),
    version: 1,
    kind: item.kind,
    year,
    name: item.name,
    description: item.description,
    priceExclCents: Math.round((item.price * factor) / 100) * 100,
    vatRateBp: VAT,
    categories: item.categories,
    position: item.position,
    archived: false,
    createdAt: new Date(Date.UTC(year - 1, 10, 15)),
  }));
}

interface Plan {
  partner: PackSeedPartner;
  year: number;
  pack: CatalogueItem;
  options: CatalogueItem[];
  choice: 'ONLINE' | 'TRANSFER' | 'CHEQUE';
  /** Share paid: 1 (paid), 0.5 (partial), 0 (unpaid). */
  paid: 0 | 0.5 | 1;
  subscribedOn: Date;
}

function plans(partners: readonly PackSeedPartner[], catalogue: Map<number, CatalogueItem[]>, year: number, take: (n: number) => boolean): Plan[] {
  const items = catalogue.get(year)!;
  const out: Plan[] = [];
  partners.forEach((partner, n) => {
    if (!take(n)) return;
    const pack = items.find((i) => i.kind === 'PACK' && i.categories.includes(partner.category));
    if (!pack) return;
    const offered = items.filter((i) => i.kind === 'OPTION' && i.categories.includes(partner.category));
    // 0 to 2 options, varied deterministically.
    const options = offered.filter((_, k) => (n + k) % 4 === 0).slice(0, 2);
    const kind = (Math.floor(n / 5) * 3 + n) % 10; // every way of paying, whichever partners are taken
    const choice = kind < 4 ? 'ONLINE' : kind < 7 ? 'TRANSFER' : 'CHEQUE';
    const paid: Plan['paid'] = choice === 'ONLINE' ? 1 : kind === 9 ? 0 : kind === 6 ? 0.5 : n % 3 === 0 && year === 2026 ? 0 : 1;
    const subscribedOn = new Date(Date.UTC(year, (n * 7) % 5, 1 + ((n * 11) % 27), 9 + (n % 8)));
    out.push({ partner, year, pack, options, choice, paid, subscribedOn });
  });
  return out;
}

export async function seedPacks(
  db: Db,
  options: { partners: readonly PackSeedPartner[]; staffIds: readonly string[]; id: (key: string) => string; log: (line: string) => void; now: Date },
): Promise<void> {
  const { id, partners } = options;
  const termsId = id('terms:1');
  await db.termsOfSale.createMany({ data: [{ id: termsId, version: 1, body: TERMS_V1, publishedAt: new Date(Date.UTC(2024, 10, 1)) }], skipDuplicates: true });

  const catalogue = new Map<number, CatalogueItem[]>();
  for (const year of [2025, 2026, 2027]) {
    const items = catalogueItems(year, id);
    catalogue.set(year, items);
    await db.catalogueItem.createMany({
      data: items.map(({ archived: _archived, ...item }) => item),
      skipDuplicates: true,
    });
  }

  // 2025: about 40 % of the partners; 2026 (the current year): a quarter of them so far.
  const all = [
    ...plans(partners, catalogue, 2025, (n) => n % 5 < 2),
    ...plans(partners, catalogue, 2026, (n) => n % 4 === 1 && n !== 0),
  ].filter((p) => p.subscribedOn < options.now);

  const subscriptions: Prisma.SubscriptionCreateManyInput[] = [];
  const lines: Prisma.SubscriptionLineCreateManyInput[] = [];
  const payments: Prisma.PaymentCreateManyInput[] = [];
  const paidOnes: { plan: Plan; subscriptionId: string; paidOn: Date; method: PackPaymentMethod; reference: string }[] = [];
  for (const [k, plan] of all.entries()) {
    const subscriptionId = id(`subscription:${plan.year}:${plan.partner.id}`);
    const priced = quoteLines(plan.pack, plan.options);
    const totals = computeTotals(priced);
    const items = [plan.pack, ...[...plan.options].sort((a, b) => a.position - b.position || a.name.localeCompare(b.name, 'fr'))];
    const paidOn = new Date(plan.subscribedOn.getTime() + (plan.choice === 'ONLINE' ? 0 : (5 + (k % 20)) * 86_400_000));
    const method: PackPaymentMethod = plan.choice === 'ONLINE' ? 'CARD' : plan.choice;
    const paidCents = plan.paid === 1 ? totals.totalInclCents : plan.paid === 0.5 ? Math.round(totals.totalInclCents / 2) : 0;
    const reference = plan.choice === 'ONLINE' ? `pi_demo_${plan.year}_${k}` : plan.choice === 'TRANSFER' ? `VIR ${plan.year}-${String(k + 1).padStart(4, '0')}` : `CHQ ${String(4_100_000 + k * 37)}`;
    subscriptions.push({
      id: subscriptionId, organisationId: plan.partner.id, year: plan.year, status: plan.paid === 1 ? 'PAID' : 'AWAITING_PAYMENT', paymentChoice: plan.choice,
      termsId, termsAcceptedAt: plan.subscribedOn, totalExclCents: totals.totalExclCents, totalVatCents: totals.totalVatCents, totalInclCents: totals.totalInclCents,
      paidCents, paidAt: plan.paid === 1 ? paidOn : null, createdById: plan.partner.owner.id, createdAt: plan.subscribedOn,
      stripeSessionId: plan.choice === 'ONLINE' ? `cs_demo_${plan.year}_${k}` : null, checkoutAttempts: plan.choice === 'ONLINE' ? 1 : 0,
    });
    priced.forEach((line, position) => lines.push({
      id: id(`subscription-line:${subscriptionId}:${position}`), subscriptionId, catalogueItemId: items[position]!.id, kind: items[position]!.kind,
      label: line.label, unitPriceExclCents: line.unitPriceExclCents, vatRateBp: line.vatRateBp, position,
    }));
    if (paidCents > 0) {
      payments.push({
        id: id(`payment:${subscriptionId}`), subscriptionId, organisationId: plan.partner.id, method, amountCents: paidCents,
        receivedOn: new Date(`${paidOn.toISOString().slice(0, 10)}T00:00:00Z`), reference,
        recordedById: plan.choice === 'ONLINE' ? null : options.staffIds[k % options.staffIds.length] ?? null,
        stripePaymentRef: plan.choice === 'ONLINE' ? reference : null, createdAt: paidOn,
      });
    }
    if (plan.paid === 1) paidOnes.push({ plan, subscriptionId, paidOn, method, reference });
  }
  await db.subscription.createMany({ data: subscriptions, skipDuplicates: true });
  await db.subscriptionLine.createMany({ data: lines, skipDuplicates: true });
  await db.payment.createMany({ data: payments, skipDuplicates: true });

  // Invoices in the order they were paid, numbered without a gap per year of issue.
  paidOnes.sort((a, b) => a.paidOn.getTime() - b.paidOn.getTime() || a.subscriptionId.localeCompare(b.subscriptionId));
  const sequences = new Map<number, number>();
  const invoices: Prisma.InvoiceCreateManyInput[] = [];
  for (const paid of paidOnes) {
    const issuedOn = paid.paidOn.toISOString().slice(0, 10);
    const year = Number(issuedOn.slice(0, 4));
    const sequence = (sequences.get(year) ?? 0) + 1;
    sequences.set(year, sequence);
    const { partner } = paid.plan;
    const priced = quoteLines(paid.plan.pack, paid.plan.options);
    const content: IssuedInvoice = {
      kind: 'INVOICE', number: invoiceNumber('INVOICE', year, sequence), issuedOn, creditedNumber: null,
      buyer: { name: partner.name, siret: partner.siret, street: partner.street, postalCode: partner.postalCode, city: findCommune(partner.communeCode)?.name ?? '' },
      year: paid.plan.year, lines: priced, totals: computeTotals(priced),
      paymentNote: `Payée le ${numericFrenchDay(issuedOn)} — ${PACK_PAYMENT_METHOD_LABELS[paid.method].toLowerCase()} (réf. ${paid.reference}).`,
    };
    invoices.push({
      id: id(`invoice:${paid.subscriptionId}`), organisationId: partner.id, subscriptionId: paid.subscriptionId, kind: 'INVOICE', year, sequence, number: content.number,
      issuedOn: new Date(`${issuedOn}T00:00:00Z`), totalExclCents: content.totals.totalExclCents, totalVatCents: content.totals.totalVatCents, totalInclCents: content.totals.totalInclCents,
      content: content as unknown as Prisma.InputJsonValue, createdAt: paid.paidOn,
    });
  }
  await db.invoice.createMany({ data: invoices, skipDuplicates: true });
  for (const [year, last] of sequences) {
    await db.invoiceCounter.upsert({ where: { kind_year: { kind: 'INVOICE', year } }, create: { kind: 'INVOICE', year, last }, update: {} });
  }
  const sold2025 = all.filter((p) => p.year === 2025).reduce((sum, p) => sum + computeTotals(quoteLines(p.pack, p.options)).totalInclCents, 0);
  options.log(`packs : ${all.length} souscriptions (2025 : ${Math.round(sold2025 / 100)} € TTC vendus), ${invoices.length} factures`);
}
