// Isolation rows of the feature. Tourist tax: accommodations (tax accounts), declarations, payments, tariffs, follow-up.
import { createTaxAccommodation, createTaxDeclaration } from '../utils/tourist-tax-factories.js';
import type { IsolationTable } from './table.js';

const LINES = { noRental: false, lines: [{ stays: 1, nights: 2, persons: 2 }] };
const declarationInput = (id: string) => ({ input: { accommodationId: id, year: 2025, quarter: 1, ...LINES } });

export const touristTax: IsolationTable = {
  foreignObjects: {
    taxAccommodation: async (prisma, b) => (await createTaxAccommodation(prisma, b.organisation.id, { name: 'Hébergement secret de B' })).id,
    taxDeclaration: async (prisma, b) => {
      const accommodation = await createTaxAccommodation(prisma, b.organisation.id, { name: 'Hébergement déclaré de B' });
      return (await createTaxDeclaration(prisma, accommodation, { year: 2025, quarter: 2, amountCents: 4242 })).id;
    },
    taxCorrectionRequest: async (prisma, b) => {
      const accommodation = await createTaxAccommodation(prisma, b.organisation.id, { name: 'Hébergement à corriger de B' });
      return (await prisma.taxCorrectionRequest.create({
        data: { accommodationId: accommodation.id, organisationId: b.organisation.id, message: 'Demande secrète de B : capacité fausse', fields: ['capacity'], proposed: { capacity: 7 }, requestedByName: 'B' },
      })).id;
    },
  },
  secrets: ['Hébergement secret de B', 'Hébergement déclaré de B', 'Hébergement à corriger de B', 'Demande secrète de B'],
  tenantOperations: [
    { name: 'taxAccommodations', object: 'organisation', query: 'query($id: ID!) { taxAccommodations(organisationId: $id) { id name } }', variables: (id) => ({ id }) },
    { name: 'taxTodo', object: 'organisation', query: 'query($id: ID!) { taxTodo(organisationId: $id) { due { accommodationName } late { accommodationName } balance { outstandingCents } } }', variables: (id) => ({ id }) },
    { name: 'taxAccommodation', object: 'taxAccommodation', query: 'query($id: ID!) { taxAccommodation(id: $id) { id name balance { declaredCents } periods(year: 2025) { state } } }', variables: (id) => ({ id }) },
    { name: 'taxDeclarations', object: 'taxAccommodation', query: 'query($id: ID!) { taxDeclarations(accommodationId: $id) { id amountCents } }', variables: (id) => ({ id }) },
    { name: 'taxPayments', object: 'taxAccommodation', query: 'query($id: ID!) { taxPayments(accommodationId: $id) { id amountCents } }', variables: (id) => ({ id }) },
    { name: 'saveTaxDeclarationDraft', object: 'taxAccommodation', query: 'mutation($input: TaxDeclarationInput!) { saveTaxDeclarationDraft(input: $input) { id } }', variables: declarationInput },
    { name: 'submitTaxDeclaration', object: 'taxAccommodation', query: 'mutation($input: TaxDeclarationInput!) { submitTaxDeclaration(input: $input) { id } }', variables: declarationInput },
    {
      name: 'correctTaxDeclaration', object: 'taxAccommodation',
      query: 'mutation($input: CorrectTaxDeclarationInput!) { correctTaxDeclaration(input: $input) { id } }',
      variables: (id) => ({ input: { ...declarationInput(id).input, quarter: 2, note: 'Correction pirate' } }),
    },
    {
      name: 'requestTaxCorrection', object: 'taxAccommodation',
      query: 'mutation($input: RequestTaxCorrectionInput!) { requestTaxCorrection(input: $input) { id } }',
      variables: (id) => ({ input: { accommodationId: id, message: 'La capacité est fausse, merci.', fields: ['capacity'], proposed: { capacity: 9 } } }),
    },
    { name: 'taxCorrectionRequests', object: 'taxAccommodation', query: 'query($id: ID!) { taxCorrectionRequests(accommodationId: $id) { id message } }', variables: (id) => ({ id }) },
    { name: 'taxCorrectionRequest', object: 'taxCorrectionRequest', query: 'query($id: ID!) { taxCorrectionRequest(id: $id) { id message accommodationName } }', variables: (id) => ({ id }) },
    { name: 'taxDeclaration', object: 'taxDeclaration', query: 'query($id: ID!) { taxDeclaration(id: $id) { id amountCents accommodationName } }', variables: (id) => ({ id }) },
  ],
  globalOperations: [
    ['taxRegister', 'touristTax.followUp', '{ taxRegister { total items { id name } } }'],
    ['taxStaffTodo', 'touristTax.followUp', '{ taxStaffTodo { lateDeclarations outstandingCents correctionRequests } }'],
    ['taxFollowUp', 'touristTax.followUp', '{ taxFollowUp(year: 2025) { periods { expected received late } } }'],
    ['taxStatistics', 'touristTax.followUp', '{ taxStatistics(year: 2025) { byCommune { label amountCents } forecast { forecastCents } } }'],
    ['taxUndeclared', 'touristTax.followUp', '{ taxUndeclared(year: 2025) { partners { total items { name } } listings { total } silent { total } unregistered { total } } }'],
    ['taxLateDeclarations', 'touristTax.followUp', '{ taxLateDeclarations { total items { accommodationName organisationName } } }'],
    ['sendTaxReminder', 'touristTax.followUp', 'mutation { sendTaxReminder(accommodationId: "00000000-0000-4000-8000-000000000000", year: 2025, quarter: 1) { emails } }'],
    ['recordTaxPayment', 'touristTax.followUp', 'mutation { recordTaxPayment(input: { accommodationId: "00000000-0000-4000-8000-000000000000", method: TRANSFER, paidOn: "2025-05-01", amountCents: 100 }) { id } }'],
    ['createTaxAccommodation', 'touristTax.followUp', 'mutation { createTaxAccommodation(input: { organisationId: "00000000-0000-4000-8000-000000000000", name: "Pirate", communeCode: "01173", kind: HOTEL, stars: 3, capacity: 4, activeFrom: "2025-01-01" }) { id } }'],
    ['updateTaxAccommodation', 'touristTax.followUp', 'mutation { updateTaxAccommodation(input: { id: "00000000-0000-4000-8000-000000000000", version: 1, name: "Pirate", communeCode: "01173", kind: HOTEL, stars: 3, capacity: 4, activeFrom: "2025-01-01" }) { id } }'],
    ['mergeTaxAccommodations', 'touristTax.followUp', 'mutation { mergeTaxAccommodations(input: { keptId: "00000000-0000-4000-8000-000000000000", keptVersion: 1, mergedId: "00000000-0000-4000-8000-000000000001", mergedVersion: 1 }) { id } }'],
    ['taxPendingCorrectionRequests', 'touristTax.followUp', '{ taxPendingCorrectionRequests { total items { id message } } }'],
    ['acceptTaxCorrection', 'touristTax.followUp', 'mutation { acceptTaxCorrection(input: { requestId: "00000000-0000-4000-8000-000000000000", requestVersion: 1, accommodation: { id: "00000000-0000-4000-8000-000000000000", version: 1, name: "Pirate", communeCode: "01173", kind: HOTEL, stars: 3, capacity: 4, activeFrom: "2025-01-01" } }) { id } }'],
    ['declineTaxCorrection', 'touristTax.followUp', 'mutation { declineTaxCorrection(input: { requestId: "00000000-0000-4000-8000-000000000000", requestVersion: 1, reason: "Pirate refusal" }) { id } }'],
    ['writeToTaxHost', 'touristTax.followUp', 'mutation { writeToTaxHost(input: { organisationId: "00000000-0000-4000-8000-000000000000", subject: "Pirate subject", text: "Pirate message long enough to pass." }) { recipients } }'],
    ['taxHostMessages', 'touristTax.followUp', '{ taxHostMessages(organisationId: "00000000-0000-4000-8000-000000000000") { id subject } }'],
    ['setTouristTaxTariffs', 'tariff.manage', 'mutation { setTouristTaxTariffs(input: { year: 2026, rates: [], proportionalBasisPoints: 500, proportionalCapCents: 318, version: 1 }) { year } }'],
  ],
  selfOperations: [['touristTaxTariffs', '{ touristTaxTariffs { year rates { category perPersonNightCents } } }', {}]],
};
