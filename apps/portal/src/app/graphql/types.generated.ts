export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2019-12-03T09:54:33Z, compliant with the date-time format. */
  DateTime: { input: string; output: string; }
  /** A JSON value (a text, a number, a list or an object, depending on the field). */
  JSON: { input: unknown; output: unknown; }
};

export type AcceptInvitationInput = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

/** Accepts a pending request by saving the account as staff edited it (the usual edit, audited). */
export type AcceptTaxCorrectionInput = {
  accommodation: UpdateTaxAccommodationInput;
  requestId: Scalars['ID']['input'];
  /** The request version the page was loaded from. */
  requestVersion: Scalars['Int']['input'];
};

export type ActionKind =
  | 'ADVERT'
  | 'CAMPAIGN'
  | 'EVENT'
  | 'TRADE_SHOW';

export type ActionStatus =
  | 'CLOSED'
  | 'DRAFT'
  | 'OPEN';

export type AddCommitteeRecommendationInput = {
  proposer: Scalars['String']['input'];
  sessionId: Scalars['ID']['input'];
  text: Scalars['String']['input'];
  theme: Scalars['String']['input'];
};

export type AddressInput = {
  communeCode: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

export type AnswerMeetingInput = {
  id: Scalars['ID']['input'];
  /** Shown to the partner. */
  message?: InputMaybe<Scalars['String']['input']>;
  /** Confirm or move: the start. */
  startsAt?: InputMaybe<Scalars['String']['input']>;
  version: Scalars['Int']['input'];
};

export type AuditFilter = {
  /** The action or its beginning, e.g. `user.` or `access.`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** First day, YYYY-MM-DD. */
  from?: InputMaybe<Scalars['String']['input']>;
  /** Last day, YYYY-MM-DD. */
  to?: InputMaybe<Scalars['String']['input']>;
  /** Part of the e-mail address of the person who acted. */
  user?: InputMaybe<Scalars['String']['input']>;
};

export type AvailabilityInput = {
  endsAt: Scalars['String']['input'];
  startsAt: Scalars['String']['input'];
};

export type CancelInvoiceInput = {
  invoiceId: Scalars['ID']['input'];
  reason: Scalars['String']['input'];
};

export type CapacityInput = {
  persons?: InputMaybe<Scalars['Int']['input']>;
  pitches?: InputMaybe<Scalars['Int']['input']>;
  rooms?: InputMaybe<Scalars['Int']['input']>;
};

export type CatalogueItemKind =
  | 'OPTION'
  | 'PACK';

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type ChangeRequestStatus =
  | 'APPROVED'
  | 'OPEN'
  | 'PARTIALLY_APPROVED'
  | 'REJECTED'
  | 'SENT_BACK'
  | 'WITHDRAWN';

export type ClassificationInput = {
  labels: Array<Scalars['String']['input']>;
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  stars?: InputMaybe<Scalars['Int']['input']>;
};

export type CommitteeAgendaItemInput = {
  description?: InputMaybe<Scalars['String']['input']>;
  title: Scalars['String']['input'];
};

export type CommitteeAttendance =
  | 'NO'
  | 'YES';

export type CommitteeDocumentKind =
  | 'AGENDA'
  | 'ANNEX'
  | 'MINUTES'
  | 'PRESENTATION';

export type CommitteeRecommendationFilter = {
  theme?: InputMaybe<Scalars['String']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type CommitteeRecommendationStatus =
  | 'ADJOURNED'
  | 'ADOPTED'
  | 'PRESENTED'
  | 'PROPOSED'
  | 'REJECTED';

export type CommitteeSearchKind =
  | 'AGENDA_ITEM'
  | 'DOCUMENT'
  | 'MINUTES'
  | 'RECOMMENDATION'
  | 'SESSION';

export type CommitteeSessionStatus =
  | 'HELD'
  | 'MINUTES_PUBLISHED'
  | 'PLANNED';

export type CorrectTaxDeclarationInput = {
  accommodationId: Scalars['ID']['input'];
  lines?: Array<TaxDeclarationLineInput>;
  noRental?: Scalars['Boolean']['input'];
  /** Why the declaration is corrected. */
  note: Scalars['String']['input'];
  quarter: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type CreateCatalogueItemInput = {
  categories: Array<OrganisationCategory>;
  description?: Scalars['String']['input'];
  kind: CatalogueItemKind;
  name: Scalars['String']['input'];
  priceExclCents: Scalars['Int']['input'];
  vatRateBp: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type CreateCommitteeSessionInput = {
  agenda: Array<CommitteeAgendaItemInput>;
  /** YYYY-MM-DD */
  date: Scalars['String']['input'];
  /** Invited members; every current member when left out. */
  invitedUserIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  place?: InputMaybe<Scalars['String']['input']>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  theme: Scalars['String']['input'];
  videoLink?: InputMaybe<Scalars['String']['input']>;
};

export type CreateTaxAccommodationInput = {
  /** YYYY-MM-DD. */
  activeFrom: Scalars['String']['input'];
  activeTo?: InputMaybe<Scalars['String']['input']>;
  basis?: TaxBasis;
  capacity: Scalars['Int']['input'];
  communeCode: Scalars['String']['input'];
  kind: TaxAccommodationKind;
  listingId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Flat-rate basis only: the days open. */
  openingPeriods?: Array<TaxOpeningPeriodInput>;
  organisationId: Scalars['ID']['input'];
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  stars?: InputMaybe<Scalars['Int']['input']>;
  street?: Scalars['String']['input'];
};

export type DeclineTaxCorrectionInput = {
  reason: Scalars['String']['input'];
  requestId: Scalars['ID']['input'];
  requestVersion: Scalars['Int']['input'];
};

export type EventDatesInput = {
  /** YYYY-MM-DD */
  end: Scalars['String']['input'];
  /** YYYY-MM-DD */
  start: Scalars['String']['input'];
};

export type FieldDecisionInput = {
  /** The value staff publish instead of the proposed one. */
  correctedValue?: InputMaybe<Scalars['JSON']['input']>;
  decision: FieldDecisionKind;
  path: Scalars['String']['input'];
};

export type FieldDecisionKind =
  | 'APPROVE'
  | 'REJECT';

export type Freshness =
  | 'DUE_SOON'
  | 'FRESH'
  | 'STALE';

export type GeoPointInput = {
  lat: Scalars['Float']['input'];
  lng: Scalars['Float']['input'];
};

export type GlobalRole =
  | 'ADMIN'
  | 'COMMITTEE_MEMBER'
  | 'STAFF';

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  role: MembershipRole;
};

export type InvoiceKind =
  | 'CREDIT_NOTE'
  | 'INVOICE';

export type LegalForm =
  | 'ASSOCIATION'
  | 'EPIC'
  | 'EURL'
  | 'LOCAL_AUTHORITY'
  | 'MICRO_ENTERPRISE'
  | 'OTHER'
  | 'SA'
  | 'SARL'
  | 'SAS'
  | 'SASU'
  | 'SCI'
  | 'SNC'
  | 'SOLE_TRADER';

export type ListingAddressInput = {
  /** INSEE code of one of the 27 communes. */
  communeCode: Scalars['String']['input'];
  /** Follows the commune; ignored on input. */
  postalCode: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

export type ListingContactInput = {
  email?: InputMaybe<Scalars['String']['input']>;
  phone?: InputMaybe<Scalars['String']['input']>;
  website?: InputMaybe<Scalars['String']['input']>;
};

export type ListingContentInput = {
  address: ListingAddressInput;
  capacity: CapacityInput;
  classification: ClassificationInput;
  /** YYYY-MM-DD */
  closures: Array<Scalars['String']['input']>;
  contact: ListingContactInput;
  eventDates?: InputMaybe<EventDatesInput>;
  /** Staff only. */
  internalCriteria: Array<Scalars['String']['input']>;
  longDescription: TranslatedTextInput;
  name: Scalars['String']['input'];
  openingPeriods: Array<OpeningPeriodInput>;
  paymentMethods: Array<PaymentMethod>;
  photos: Array<ListingPhotoInput>;
  position?: InputMaybe<GeoPointInput>;
  prices: Array<PriceInput>;
  shortDescription: TranslatedTextInput;
};

export type ListingFieldKind =
  | 'longText'
  | 'text'
  | 'value';

export type ListingFilter = {
  freshness?: InputMaybe<Freshness>;
  search?: InputMaybe<Scalars['String']['input']>;
  type?: InputMaybe<ListingType>;
};

export type ListingPhotoInput = {
  caption: Scalars['String']['input'];
  credit: Scalars['String']['input'];
  /** The id the upload returned. */
  id: Scalars['ID']['input'];
};

export type ListingType =
  | 'ACTIVITE'
  | 'COMMERCE_ET_SERVICE'
  | 'EQUIPEMENT'
  | 'FETE_ET_MANIFESTATION'
  | 'HEBERGEMENT_COLLECTIF'
  | 'HEBERGEMENT_LOCATIF'
  | 'HOTELLERIE'
  | 'HOTELLERIE_PLEIN_AIR'
  | 'PATRIMOINE_CULTUREL'
  | 'PATRIMOINE_NATUREL'
  | 'RESTAURATION';

export type MeetingNoteInput = {
  meetingId: Scalars['ID']['input'];
  nextSteps?: Scalars['String']['input'];
  reminderOn?: InputMaybe<Scalars['String']['input']>;
  text: Scalars['String']['input'];
};

export type MeetingPlace =
  | 'OFFICE'
  | 'PARTNER'
  | 'VIDEO';

export type MeetingStatus =
  | 'CANCELLED'
  | 'CONFIRMED'
  | 'DECLINED'
  | 'REQUESTED';

export type MembershipRole =
  | 'MEMBER'
  | 'OWNER';

/** Two accounts of the same host for one accommodation: the second one's declarations, payments and reminders move to the first, then it is deleted. */
export type MergeTaxAccommodationsInput = {
  /** The account kept. */
  keptId: Scalars['ID']['input'];
  keptVersion: Scalars['Int']['input'];
  /** The duplicate, deleted once merged. */
  mergedId: Scalars['ID']['input'];
  mergedVersion: Scalars['Int']['input'];
};

export type NewsAudience =
  | 'ALL_PARTNERS'
  | 'CATEGORIES'
  | 'COMMITTEE'
  | 'COMMUNES';

export type NewsCategory =
  | 'CLIENTELE_FIGURES'
  | 'OFFICE_NEWS'
  | 'SECTOR_NEWS'
  | 'TRAINING';

export type NewsMailPreference =
  | 'IMMEDIATE'
  | 'NEVER'
  | 'WEEKLY';

export type NewsStatus =
  | 'ARCHIVED'
  | 'DRAFT'
  | 'PUBLISHED'
  | 'SCHEDULED';

export type NewsTargetInput = {
  audience: NewsAudience;
  categories?: Array<OrganisationCategory>;
  communes?: Array<Scalars['String']['input']>;
};

export type OpeningHoursInput = {
  /** HH:MM */
  closes: Scalars['String']['input'];
  /** HH:MM */
  opens: Scalars['String']['input'];
};

export type OpeningPeriodInput = {
  /** YYYY-MM-DD */
  from: Scalars['String']['input'];
  hours: Array<OpeningHoursInput>;
  note: Scalars['String']['input'];
  /** YYYY-MM-DD */
  to: Scalars['String']['input'];
  /** ISO week days (1 = Monday); empty: every day. */
  weekdays: Array<Scalars['Int']['input']>;
};

export type OrganisationCategory =
  | 'ACTIVITY_PROVIDER'
  | 'ASSOCIATION'
  | 'CAMPSITE'
  | 'FURNISHED_LET'
  | 'HOTEL'
  | 'RESTAURANT'
  | 'SHOP'
  | 'TOURISM_OFFICE'
  | 'TOURIST_RESIDENCE';

export type OrganisationFilter = {
  category?: InputMaybe<OrganisationCategory>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

/** How money was received for a pack. */
export type PackPaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'CHEQUE'
  | 'SEPA_DEBIT'
  | 'TRANSFER';

export type PackYearStatus =
  | 'AWAITING_PAYMENT'
  | 'PAID'
  | 'TO_CHOOSE'
  | 'TO_RENEW';

export type PageInput = {
  /** From 1 to 100. */
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

/** How the partner chose to pay. */
export type PaymentChoice =
  | 'CHEQUE'
  | 'ONLINE'
  | 'TRANSFER';

export type PaymentMethod =
  | 'CARTE_BANCAIRE'
  | 'CHEQUE'
  | 'CHEQUE_VACANCES'
  | 'ESPECES'
  | 'FRANCS_SUISSES'
  | 'VIREMENT';

export type PriceInput = {
  label: Scalars['String']['input'];
  /** Cents; null for a single amount. */
  max?: InputMaybe<Scalars['Int']['input']>;
  /** Cents. */
  min: Scalars['Int']['input'];
  period: Scalars['String']['input'];
};

export type ProposeListingInput = {
  content: ListingContentInput;
  organisationId: Scalars['ID']['input'];
  type: ListingType;
};

export type PublishCommitteeMinutesInput = {
  /** Markdown; left out when the minutes are an uploaded PDF (document of kind MINUTES). */
  markdown?: InputMaybe<Scalars['String']['input']>;
  sessionId: Scalars['ID']['input'];
};

export type RecordCommitteeDecisionInput = {
  /** YYYY-MM-DD */
  date: Scalars['String']['input'];
  note?: InputMaybe<Scalars['String']['input']>;
  recommendationId: Scalars['ID']['input'];
  status: CommitteeRecommendationStatus;
};

export type RecordPaymentInput = {
  amountCents: Scalars['Int']['input'];
  /** TRANSFER, CHEQUE or CASH. */
  method: Scalars['String']['input'];
  /** Calendar day, YYYY-MM-DD. */
  receivedOn: Scalars['String']['input'];
  reference?: Scalars['String']['input'];
  subscriptionId: Scalars['ID']['input'];
};

export type RecordTaxPaymentInput = {
  accommodationId: Scalars['ID']['input'];
  amountCents: Scalars['Int']['input'];
  declarationId?: InputMaybe<Scalars['ID']['input']>;
  method: TaxPaymentMethod;
  paidOn: Scalars['String']['input'];
  reference?: Scalars['String']['input'];
};

export type RegisterForActionInput = {
  actionId: Scalars['ID']['input'];
  organisationId: Scalars['ID']['input'];
};

export type RegistrationStatus =
  | 'CANCELLED'
  | 'REGISTERED'
  | 'WAITING';

export type ReorderCatalogueInput = {
  ids: Array<Scalars['ID']['input']>;
  kind: CatalogueItemKind;
  year: Scalars['Int']['input'];
};

export type RequestEmailChangeInput = {
  currentPassword: Scalars['String']['input'];
  newEmail: Scalars['String']['input'];
};

export type RequestMeetingInput = {
  organisationId: Scalars['ID']['input'];
  place: MeetingPlace;
  /** ISO instants, best first (1 to 3). */
  preferredSlots: Array<Scalars['String']['input']>;
  subject: Scalars['String']['input'];
};

export type RequestTaxCorrectionInput = {
  accommodationId: Scalars['ID']['input'];
  /** CORRECTABLE_FIELDS the owner thinks are wrong. */
  fields?: Array<Scalars['String']['input']>;
  message: Scalars['String']['input'];
  proposed?: InputMaybe<TaxCorrectionProposalInput>;
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type ReviewChangeRequestInput = {
  comment?: Scalars['String']['input'];
  decisions?: Array<FieldDecisionInput>;
  id: Scalars['ID']['input'];
  /** Send it back to the partner to complete, deciding nothing. */
  sendBack?: Scalars['Boolean']['input'];
  /** The request version the reviewer saw. */
  version: Scalars['Int']['input'];
};

export type ReviewQueueFilter = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  /** Only requests waiting for at least this many days. */
  minAgeDays?: InputMaybe<Scalars['Int']['input']>;
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  type?: InputMaybe<ListingType>;
};

export type SaveNewsInput = {
  body: Scalars['String']['input'];
  category: NewsCategory;
  /** Empty: a new draft. */
  id?: InputMaybe<Scalars['ID']['input']>;
  summary: Scalars['String']['input'];
  target: NewsTargetInput;
  title: Scalars['String']['input'];
  /** The version the form was loaded from (for an existing item). */
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SavePromotionActionInput = {
  categories?: Array<OrganisationCategory>;
  description: Scalars['String']['input'];
  endsOn: Scalars['String']['input'];
  id?: InputMaybe<Scalars['ID']['input']>;
  kind: ActionKind;
  partnerCostCents?: InputMaybe<Scalars['Int']['input']>;
  place: Scalars['String']['input'];
  places: Scalars['Int']['input'];
  registrationDeadline: Scalars['String']['input'];
  startsOn: Scalars['String']['input'];
  title: Scalars['String']['input'];
  version?: InputMaybe<Scalars['Int']['input']>;
};

export type SetGlobalRolesInput = {
  /** The complete list: roles not listed are removed. */
  roles: Array<GlobalRole>;
  userId: Scalars['ID']['input'];
};

export type SetTaxTariffsInput = {
  additionalRates?: Array<TaxAdditionalRateInput>;
  flatRateAllowancePercent?: Scalars['Int']['input'];
  proportionalBasisPoints: Scalars['Int']['input'];
  proportionalCapCents: Scalars['Int']['input'];
  rates: Array<TaxRateInput>;
  rentThresholdCents?: InputMaybe<Scalars['Int']['input']>;
  /** The version edited; null to create the year. */
  version?: InputMaybe<Scalars['Int']['input']>;
  year: Scalars['Int']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
};

export type SubmitListingChangeInput = {
  content: ListingContentInput;
  listingId: Scalars['ID']['input'];
  /** The listing version the form was loaded from. */
  version: Scalars['Int']['input'];
};

export type SubscribeInput = {
  acceptTerms: Scalars['Boolean']['input'];
  optionIds?: Array<Scalars['ID']['input']>;
  organisationId: Scalars['ID']['input'];
  packId: Scalars['ID']['input'];
  paymentChoice: PaymentChoice;
  /** Total incl. VAT the portal showed, in cents. */
  shownTotalInclCents?: InputMaybe<Scalars['Int']['input']>;
  /** The terms of sale version the partner read. */
  termsId: Scalars['ID']['input'];
};

export type SubscriptionFilter = {
  search?: InputMaybe<Scalars['String']['input']>;
  status?: InputMaybe<SubscriptionStatus>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type SubscriptionStatus =
  | 'AWAITING_PAYMENT'
  | 'CANCELLED'
  | 'PAID';

export type TaxAccommodationKind =
  | 'AUBERGE_COLLECTIVE'
  | 'CAMPSITE'
  | 'CHAMBRE_HOTES'
  | 'FURNISHED_LET'
  | 'HOLIDAY_VILLAGE'
  | 'HOTEL'
  | 'MARINA'
  | 'MOTORHOME_AREA'
  | 'PALACE'
  | 'TOURIST_RESIDENCE';

export type TaxAdditionalRateInput = {
  basisPoints: Scalars['Int']['input'];
  code: Scalars['String']['input'];
  label: Scalars['String']['input'];
};

export type TaxAnomalyCode =
  | 'ABOVE_CAPACITY'
  | 'MISSING_AFTER_DEADLINE'
  | 'PRICE_LOOKS_TOTAL';

export type TaxBasis =
  | 'FLAT_RATE'
  | 'PER_NIGHT';

export type TaxCategory =
  | 'CAMPSITE_HIGH'
  | 'CAMPSITE_LOW'
  | 'PALACE'
  | 'STARS_1'
  | 'STARS_2'
  | 'STARS_3'
  | 'STARS_4'
  | 'STARS_5'
  | 'UNCLASSIFIED';

/** The value proposed for each field named in `fields` (the others are ignored). */
export type TaxCorrectionProposalInput = {
  activeFrom?: InputMaybe<Scalars['String']['input']>;
  activeTo?: InputMaybe<Scalars['String']['input']>;
  capacity?: InputMaybe<Scalars['Int']['input']>;
  communeCode?: InputMaybe<Scalars['String']['input']>;
  kind?: InputMaybe<TaxAccommodationKind>;
  name?: InputMaybe<Scalars['String']['input']>;
  openingPeriods?: InputMaybe<Array<TaxOpeningPeriodInput>>;
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  stars?: InputMaybe<Scalars['Int']['input']>;
  street?: InputMaybe<Scalars['String']['input']>;
};

export type TaxCorrectionRequestStatus =
  | 'ACCEPTED'
  | 'DECLINED'
  | 'PENDING';

export type TaxDeclarationInput = {
  accommodationId: Scalars['ID']['input'];
  lines?: Array<TaxDeclarationLineInput>;
  noRental?: Scalars['Boolean']['input'];
  quarter: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type TaxDeclarationLineInput = {
  arrival?: InputMaybe<Scalars['String']['input']>;
  exempted?: InputMaybe<TaxExemptionInput>;
  /** Nightly price excl. VAT, cents (unclassified accommodation). */
  nightlyPriceCents?: InputMaybe<Scalars['Int']['input']>;
  nights: Scalars['Int']['input'];
  persons: Scalars['Int']['input'];
  platformCollected?: Scalars['Boolean']['input'];
  /** Identical stays this line stands for. */
  stays?: Scalars['Int']['input'];
};

export type TaxDeclarationStatus =
  | 'DRAFT'
  | 'SUBMITTED'
  | 'SUPERSEDED';

export type TaxExemptionInput = {
  EMERGENCY_HOUSING?: Scalars['Int']['input'];
  MINOR?: Scalars['Int']['input'];
  RENT_BELOW_THRESHOLD?: Scalars['Int']['input'];
  SEASONAL_WORKER?: Scalars['Int']['input'];
};

export type TaxLateFilter = {
  quarter?: InputMaybe<Scalars['Int']['input']>;
  year?: InputMaybe<Scalars['Int']['input']>;
};

export type TaxOpeningPeriodInput = {
  /** YYYY-MM-DD, first day open. */
  from: Scalars['String']['input'];
  /** YYYY-MM-DD, last day open. */
  to: Scalars['String']['input'];
};

export type TaxPaymentMethod =
  | 'CARD'
  | 'CASH'
  | 'CHEQUE'
  | 'PLATFORM'
  | 'TRANSFER';

/** Where a period stands for one accommodation. */
export type TaxPeriodState =
  | 'DRAFT'
  | 'DUE'
  | 'INACTIVE'
  | 'LATE'
  | 'NOT_DUE'
  | 'SUBMITTED';

export type TaxRateInput = {
  category: TaxCategory;
  communalCents: Scalars['Int']['input'];
};

export type TaxRegisterFilter = {
  communeCode?: InputMaybe<Scalars['String']['input']>;
  search?: InputMaybe<Scalars['String']['input']>;
};

export type TranslatedTextInput = {
  de: Scalars['String']['input'];
  en: Scalars['String']['input'];
  fr: Scalars['String']['input'];
};

export type UpdateCatalogueItemInput = {
  categories: Array<OrganisationCategory>;
  description?: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  name: Scalars['String']['input'];
  priceExclCents: Scalars['Int']['input'];
  vatRateBp: Scalars['Int']['input'];
  year: Scalars['Int']['input'];
};

export type UpdateCommitteeSessionInput = {
  agenda: Array<CommitteeAgendaItemInput>;
  /** YYYY-MM-DD */
  date: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  place?: InputMaybe<Scalars['String']['input']>;
  startTime?: InputMaybe<Scalars['String']['input']>;
  theme: Scalars['String']['input'];
  version: Scalars['Int']['input'];
  videoLink?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateMyNameInput = {
  name: Scalars['String']['input'];
};

export type UpdateOrganisationInput = {
  address: AddressInput;
  /** Only staff may change it. */
  category: OrganisationCategory;
  email?: InputMaybe<Scalars['String']['input']>;
  legalForm: LegalForm;
  name: Scalars['String']['input'];
  phone?: InputMaybe<Scalars['String']['input']>;
  siret?: InputMaybe<Scalars['String']['input']>;
  /** The version the user loaded; someone else saving first makes the update fail with CONFLICT. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};

export type UpdateTaxAccommodationInput = {
  /** YYYY-MM-DD. */
  activeFrom: Scalars['String']['input'];
  activeTo?: InputMaybe<Scalars['String']['input']>;
  basis?: TaxBasis;
  capacity: Scalars['Int']['input'];
  communeCode: Scalars['String']['input'];
  id: Scalars['ID']['input'];
  kind: TaxAccommodationKind;
  listingId?: InputMaybe<Scalars['ID']['input']>;
  name: Scalars['String']['input'];
  /** Flat-rate basis only: the days open. */
  openingPeriods?: Array<TaxOpeningPeriodInput>;
  registrationNumber?: InputMaybe<Scalars['String']['input']>;
  stars?: InputMaybe<Scalars['Int']['input']>;
  street?: Scalars['String']['input'];
  /** The version the form was loaded from. */
  version: Scalars['Int']['input'];
};

export type WriteToTaxHostInput = {
  organisationId: Scalars['ID']['input'];
  subject: Scalars['String']['input'];
  text: Scalars['String']['input'];
};
