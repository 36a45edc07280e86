// Isolation rows of the feature. Service packs: catalogue, subscriptions, payments, invoices, renewals, revenue.
// (REST: the invoice download, GET /api/invoices/:id/pdf, is checked in packs-invoices.e2e-spec.ts; the
// revenue export, GET /api/packs/revenue/:year, refused to partners in packs-follow-up.e2e-spec.ts.)
import { randomUUID } from 'node:crypto';
import type { PrismaClient } from '../../src/generated/prisma/client.js';
import type { IsolationTable, Partner } from './table.js';

const NO_ID = '00000000-0000-4000-8000-000000000000';

/** B's paid subscription to a secret pack, with its invoice. */
async function foreignSubscription(prisma: PrismaClient, b: Partner, year: number) {
  // Objects are built in parallel: terms of their own (a random version), one year each.
  const terms = await prisma.termsOfSale.create({ data: { version: 100_000 + Math.floor(Math.random() * 900_000), body: 'Conditions générales de vente (isolation).' } });
  const item = await prisma.catalogueItem.create({ data: { lineageId: randomUUID(), kind: 'PACK', year, name: 'Pack secret de B', priceExclCents: 10_000, vatRateBp: 2000, categories: ['HOTEL'] } });
  return prisma.subscription.create({
    data: {
      organisationId: b.organisation.id, year, paymentChoice: 'TRANSFER', termsId: terms.id, termsAcceptedAt: new Date(),
      totalExclCents: 10_000, totalVatCents: 2_000, totalInclCents: 12_000,
      lines: { create: [{ catalogueItemId: item.id, kind: 'PACK', label: 'Pack secret de B', unitPriceExclCents: 10_000, vatRateBp: 2000, position: 0 }] },
    },
  });
}

export const packs: IsolationTable = {
  foreignObjects: {
    subscription: async (prisma, b) => (await foreignSubscription(prisma, b, 2030)).id,
    invoice: async (prisma, b) => {
      const s = await foreignSubscription(prisma, b, 2031);
      const sequence = 90_000 + Math.floor(Math.random() * 9_999);
      const invoice = await prisma.invoice.create({
        data: {
          organisationId: b.organisation.id, subscriptionId: s.id, kind: 'INVOICE', year: 2030, sequence, number: `F2030-${sequence}`, issuedOn: new Date('2030-03-01'),
          totalExclCents: 10_000, totalVatCents: 2_000, totalInclCents: 12_000, content: { number: `F2030-${sequence}`, buyer: { name: 'Pack secret de B' } },
        },
      });
      return invoice.id;
    },
  },
  secrets: ['Pack secret de B'],
  tenantOperations: [
    { name: 'packOffer', object: 'organisation', query: 'query($id: ID!) { packOffer(organisationId: $id) { year packs { id name } options { id } } }', variables: (id) => ({ id }) },
    { name: 'packSubscriptions', object: 'organisation', query: 'query($id: ID!) { packSubscriptions(organisationId: $id) { id lines { label } } }', variables: (id) => ({ id }) },
    { name: 'packStatus', object: 'organisation', query: 'query($id: ID!) { packStatus(organisationId: $id) { status subscription { id } } }', variables: (id) => ({ id }) },
    {
      name: 'subscribeToPack',
      object: 'organisation',
      query: 'mutation($input: SubscribeInput!) { subscribeToPack(input: $input) { subscription { id } } }',
      variables: (id) => ({ input: { organisationId: id, packId: NO_ID, optionIds: [], termsId: NO_ID, acceptTerms: true, paymentChoice: 'TRANSFER' } }),
    },
    { name: 'packSubscription', object: 'subscription', query: 'query($id: ID!) { packSubscription(id: $id) { id lines { label } } }', variables: (id) => ({ id }) },
    { name: 'startPackOnlinePayment', object: 'subscription', query: 'mutation($id: ID!) { startPackOnlinePayment(subscriptionId: $id) }', variables: (id) => ({ id }) },
  ],
  // Office-only tenant actions (no membership role may call them): refused to every partner at the
  // route, whatever the id, like reviewChangeRequest.
  globalOperations: [
    ['recordPackPayment', 'payment.recordOffline', `mutation { recordPackPayment(input: { subscriptionId: "${NO_ID}", method: "TRANSFER", amountCents: 100, receivedOn: "2026-01-02", reference: "" }) { id } }`],
    ['sendPackReminder', 'subscription.remind', `mutation { sendPackReminder(organisationId: "${NO_ID}", year: 2030) }`],
    ['cancelPackInvoice', 'invoice.cancel', `mutation { cancelPackInvoice(input: { invoiceId: "${NO_ID}", reason: "Annulation pirate" }) { id } }`],
    ['allPackSubscriptions', 'subscription.list', '{ allPackSubscriptions { total items { id organisationName } } }'],
    ['packsSummary', 'subscription.list', '{ packsSummary { year revenueCents } }'],
    ['packFollowUp', 'subscription.list', '{ packFollowUp(year: 2030) { renewals { organisationName } overdue { id } } }'],
    ['packRevenue', 'subscription.list', '{ packRevenue(year: 2030) { itemName paidCents } }'],
    ['catalogueItems', 'catalogue.manage', '{ catalogueItems(year: 2030) { id name } }'],
    ['createCatalogueItem', 'catalogue.manage', 'mutation { createCatalogueItem(input: { kind: PACK, year: 2030, name: "Pack pirate", priceExclCents: 100, vatRateBp: 2000, categories: [HOTEL] }) { id } }'],
    ['updateCatalogueItem', 'catalogue.manage', `mutation { updateCatalogueItem(input: { id: "${NO_ID}", year: 2030, name: "Pack pirate", priceExclCents: 100, vatRateBp: 2000, categories: [HOTEL] }) { id } }`],
    ['archiveCatalogueItem', 'catalogue.manage', `mutation { archiveCatalogueItem(id: "${NO_ID}") { id } }`],
    ['reorderCatalogue', 'catalogue.manage', 'mutation { reorderCatalogue(input: { year: 2030, kind: PACK, ids: [] }) { id } }'],
    ['termsOfSaleVersions', 'catalogue.manage', '{ termsOfSaleVersions { id body } }'],
    ['publishTermsOfSale', 'catalogue.manage', 'mutation { publishTermsOfSale(body: "Article 1 — conditions pirates des packs.") { id } }'],
  ],
};
