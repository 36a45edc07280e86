// Isolation rows of the listings feature: listings, change requests, review, frequencies.
import { validListingContent } from '@extranet/domain';
import { createListing } from '../utils/listing-factories.js';
import type { IsolationTable } from './table.js';

export const listings: IsolationTable = {
  foreignObjects: {
    listing: async (prisma, b) => (await createListing(prisma, b.organisation.id, { content: validListingContent('HOTELLERIE', { name: 'Fiche secrète de B' }) })).id,
    changeRequest: async (prisma, b) =>
      (
        await prisma.changeRequest.create({
          data: { organisationId: b.organisation.id, type: 'HOTELLERIE', listingName: 'Demande secrète de B', communeCode: '01173', changes: [], submittedById: b.owner.id },
        })
      ).id,
  },
  secrets: ['Fiche secrète de B', 'Demande secrète de B'],
  tenantOperations: [
    { name: 'listings', object: 'organisation', query: 'query($id: ID!) { listings(organisationId: $id) { total items { id content { name } } } }', variables: (id) => ({ id }) },
    { name: 'listingTodo', object: 'organisation', query: 'query($id: ID!) { listingTodo(organisationId: $id) { listings { id } sentBack { id } } }', variables: (id) => ({ id }) },
    {
      name: 'proposeListing',
      object: 'organisation',
      query: 'mutation($input: ProposeListingInput!) { proposeListing(input: $input) { id } }',
      variables: (id) => ({ input: { organisationId: id, type: 'HOTELLERIE', content: validListingContent('HOTELLERIE', { name: 'Fiche pirate' }) } }),
  },
    { name: 'listing', object: 'listing', query: 'query($id: ID!) { listing(id: $id) { id content { name } } }', variables: (id) => ({ id }) },
    { name: 'listingHistory', object: 'listing', query: 'query($id: ID!) { listingHistory(listingId: $id) { id listingName } }', variables: (id) => ({ id }) },
    {
      name: 'submitListingChange',
      object: 'listing',
      query: 'mutation($input: SubmitListingChangeInput!) { submitListingChange(input: $input) { id } }',
      variables: (id) => ({ input: { listingId: id, version: 1, content: validListingContent('HOTELLERIE', { name: 'Reprise par A' }) } }),
  },
    { name: 'confirmListingUnchanged', object: 'listing', query: 'mutation($id: ID!) { confirmListingUnchanged(id: $id) { id } }', variables: (id) => ({ id }) },
    { name: 'changeRequest', object: 'changeRequest', query: 'query($id: ID!) { changeRequest(id: $id) { id listingName } }', variables: (id) => ({ id }) },
    { name: 'withdrawChangeRequest', object: 'changeRequest', query: 'mutation($id: ID!) { withdrawChangeRequest(id: $id) { id status } }', variables: (id) => ({ id }) },
  ],
  globalOperations: [
    ['reviewQueue', 'changeRequest.review', '{ reviewQueue { total items { id listingName } } }'],
    ['reviewQueueSummary', 'changeRequest.review', '{ reviewQueueSummary { open } }'],
    ['reviewChangeRequest', 'changeRequest.review', 'mutation { reviewChangeRequest(input: { id: "00000000-0000-4000-8000-000000000000", version: 1, decisions: [] }) { id } }'],
    ['listingFrequencies', 'listing.manageFrequencies', '{ listingFrequencies { type days } }'],
    ['setListingFrequency', 'listing.manageFrequencies', 'mutation { setListingFrequency(type: RESTAURATION, days: 10) { type days } }'],
    ['listingFreshnessStats', 'dashboard.read', '{ listingFreshnessStats { total { fresh dueSoon stale } byCommune { communeName stale } } }'],
  ],
};
