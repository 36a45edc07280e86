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

export type AddressInput = {
  communeCode: Scalars['String']['input'];
  postalCode: Scalars['String']['input'];
  street: Scalars['String']['input'];
};

export type ChangePasswordInput = {
  currentPassword: Scalars['String']['input'];
  newPassword: Scalars['String']['input'];
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

export type MembershipRole =
  | 'MEMBER'
  | 'OWNER';

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

export type PageInput = {
  /** From 1 to 100. */
  limit?: Scalars['Int']['input'];
  offset?: Scalars['Int']['input'];
};

export type ResetPasswordInput = {
  password: Scalars['String']['input'];
  token: Scalars['String']['input'];
};

export type SetGlobalRolesInput = {
  /** The complete list: roles not listed are removed. */
  roles: Array<GlobalRole>;
  userId: Scalars['ID']['input'];
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
  /** The version the user loaded; someone else saving first makes the update fail with CONFLICT. */
  version: Scalars['Int']['input'];
  website?: InputMaybe<Scalars['String']['input']>;
};
