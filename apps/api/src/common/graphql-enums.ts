// GraphQL enums, registered once from the domain's lists so the schema and the domain cannot drift.
import { registerEnumType } from '@nestjs/graphql';
import { CHANGE_REQUEST_STATUSES, GLOBAL_ROLES, LEGAL_FORMS, LISTING_TYPES, MEMBERSHIP_ROLES, ORGANISATION_CATEGORIES, PAYMENT_METHODS } from '@extranet/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const GlobalRoleEnum = asEnum(GLOBAL_ROLES);
export const MembershipRoleEnum = asEnum(MEMBERSHIP_ROLES);
export const OrganisationCategoryEnum = asEnum(ORGANISATION_CATEGORIES);
export const LegalFormEnum = asEnum(LEGAL_FORMS);
export const OutboxStatusEnum = { PENDING: 'PENDING', SENT: 'SENT', FAILED: 'FAILED' } as const;
export const ListingTypeEnum = asEnum(LISTING_TYPES);
export const PaymentMethodEnum = asEnum(PAYMENT_METHODS);
export const FreshnessEnum = asEnum(['FRESH', 'DUE_SOON', 'STALE'] as const);
export const ChangeRequestStatusEnum = asEnum(CHANGE_REQUEST_STATUSES);
export const FieldDecisionEnum = asEnum(['APPROVE', 'REJECT'] as const);
export const FieldKindEnum = asEnum(['text', 'longText', 'value'] as const);
export const InvitationStatusEnum = { PENDING: 'PENDING', ACCEPTED: 'ACCEPTED', EXPIRED: 'EXPIRED' } as const;

registerEnumType(GlobalRoleEnum, { name: 'GlobalRole' });
registerEnumType(MembershipRoleEnum, { name: 'MembershipRole' });
registerEnumType(OrganisationCategoryEnum, { name: 'OrganisationCategory' });
registerEnumType(LegalFormEnum, { name: 'LegalForm' });
registerEnumType(OutboxStatusEnum, { name: 'OutboxStatus' });
registerEnumType(InvitationStatusEnum, { name: 'InvitationStatus' });
registerEnumType(ListingTypeEnum, { name: 'ListingType' });
registerEnumType(PaymentMethodEnum, { name: 'PaymentMethod' });
registerEnumType(FreshnessEnum, { name: 'Freshness' });
registerEnumType(ChangeRequestStatusEnum, { name: 'ChangeRequestStatus' });
registerEnumType(FieldDecisionEnum, { name: 'FieldDecisionKind' });
registerEnumType(FieldKindEnum, { name: 'ListingFieldKind' });
