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
};

export type AcceptInvitationInput = {
  name: Scalars['String']['input'];
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type Address = {
  __typename?: 'Address';
  /** INSEE code of the commune. */
  communeCode: Scalars['String']['output'];
  communeName: Scalars['String']['output'];
  postalCode: Scalars['String']['output'];
  street: Scalars['String']['output'];
};

export type AddressInput = {
  communeCode: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
};

export type CurrentUser = {
  __typename?: 'CurrentUser';
  email: Scalars['String']['output'];
  globalRoles: Array<GlobalRole>;
  id: Scalars['ID']['output'];
  memberships: Array<Membership>;
  name: Scalars['String']['output'];
};

export type GlobalRole =
  | 'ADMIN'
  | 'COMMITTEE_MEMBER'
  | 'STAFF';

export type Invitation = {
  __typename?: 'Invitation';
  createdAt: Scalars['DateTime']['output'];
  email: Scalars['String']['output'];
  expiresAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  role: MembershipRole;
  status: InvitationStatus;
};

/** What the invitation page shows before the account is activated. */
export type InvitationPreview = {
  __typename?: 'InvitationPreview';
  email: Scalars['String']['output'];
  /** True when an account already exists: its current password is then asked. */
  existingAccount: Scalars['Boolean']['output'];
  expiresAt: Scalars['DateTime']['output'];
  organisationName: Scalars['String']['output'];
  role: MembershipRole;
};

export type InvitationStatus =
  | 'ACCEPTED'
  | 'EXPIRED'
  | 'PENDING';

export type InviteMemberInput = {
  email: Scalars['String']['input'];
  organisationId: Scalars['ID']['input'];
  role: MembershipRole;
};

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

export type Member = {
  __typename?: 'Member';
  active: Scalars['Boolean']['output'];
  email: Scalars['String']['output'];
  name: Scalars['String']['output'];
  role: MembershipRole;
  userId: Scalars['ID']['output'];
};

export type Membership = {
  __typename?: 'Membership';
  organisation: Organisation;
  role: MembershipRole;
};

export type MembershipRole =
  | 'MEMBER'
  | 'OWNER';

export type Mutation = {
  __typename?: 'Mutation';
  /** Activates the account and signs it in. */
  acceptInvitation: CurrentUser;
  /** Also signs out every other session of the account. */
  changePassword: Scalars['Boolean']['output'];
  inviteMember: Invitation;
  /** Always true, whether the address is known or not. */
  requestPasswordReset: Scalars['Boolean']['output'];
  resetPassword: Scalars['Boolean']['output'];
  signIn: CurrentUser;
  signOut: Scalars['Boolean']['output'];
  updateOrganisation: Organisation;
};


export type MutationAcceptInvitationArgs = {
  input: AcceptInvitationInput;
};


export type MutationChangePasswordArgs = {
  input: ChangePasswordInput;
};


export type MutationInviteMemberArgs = {
  input: InviteMemberInput;
};


export type MutationRequestPasswordResetArgs = {
  email: Scalars['String']['input'];
};


export type MutationResetPasswordArgs = {
  input: ResetPasswordInput;
};


export type MutationSignInArgs = {
  input: SignInInput;
};


export type MutationUpdateOrganisationArgs = {
  id: Scalars['ID']['input'];
  input: UpdateOrganisationInput;
};

export type Organisation = {
  __typename?: 'Organisation';
  address: Address;
  category: OrganisationCategory;
  email: Maybe<Scalars['String']['output']>;
  id: Scalars['ID']['output'];
  legalForm: LegalForm;
  name: Scalars['String']['output'];
  phone: Maybe<Scalars['String']['output']>;
  siret: Maybe<Scalars['String']['output']>;
  updatedAt: Scalars['DateTime']['output'];
  /** Increases with every change. */
  version: Scalars['Int']['output'];
  website: Maybe<Scalars['String']['output']>;
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

export type OrganisationPage = {
  __typename?: 'OrganisationPage';
  items: Array<Organisation>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  total: Scalars['Int']['output'];
};

export type OutboxMessage = {
  __typename?: 'OutboxMessage';
  attempts: Scalars['Int']['output'];
  createdAt: Scalars['DateTime']['output'];
  id: Scalars['ID']['output'];
  lastError: Maybe<Scalars['String']['output']>;
  recipient: Scalars['String']['output'];
  sentAt: Maybe<Scalars['DateTime']['output']>;
  status: OutboxStatus;
  subject: Scalars['String']['output'];
  template: Scalars['String']['output'];
  /** Plain-text version of the message. */
  text: Scalars['String']['output'];
};

export type OutboxPage = {
  __typename?: 'OutboxPage';
  items: Array<OutboxMessage>;
  limit: Scalars['Int']['output'];
  offset: Scalars['Int']['output'];
  /** False when no SMTP server is set: messages then stay here. */
  smtpConfigured: Scalars['Boolean']['output'];
  total: Scalars['Int']['output'];
};

export type OutboxStatus =
  | 'FAILED'
  | 'PENDING'
  | 'SENT';

export type PageInput = {
  /** From 1 to 100. */
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type Query = {
  __typename?: 'Query';
  invitation: InvitationPreview;
  invitations: Array<Invitation>;
  /** The signed-in user, or null. */
  me: Maybe<CurrentUser>;
  members: Array<Member>;
  /** The caller's own organisation, or any for staff. */
  organisation: Organisation;
  organisations: OrganisationPage;
  /** The « Courriels envoyés » page, newest first. */
  outbox: OutboxPage;
};


export type QueryInvitationArgs = {
  token: Scalars['String']['input'];
};


export type QueryInvitationsArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryMembersArgs = {
  organisationId: Scalars['ID']['input'];
};


export type QueryOrganisationArgs = {
  id: Scalars['ID']['input'];
};


export type QueryOrganisationsArgs = {
  filter: InputMaybe<OrganisationFilter>;
  page: InputMaybe<PageInput>;
};


export type QueryOutboxArgs = {
  page: InputMaybe<PageInput>;
  status: InputMaybe<OutboxStatus>;
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type SignInInput = {
  email: Scalars['String']['input'];
  password: Scalars['String']['input'];
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
  website?: InputMaybe<Scalars['String']['input']>;
};
