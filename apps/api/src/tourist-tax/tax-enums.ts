// The tourist tax's GraphQL enums, registered from the domain's lists.
import { registerEnumType } from '@nestjs/graphql';
import { ACCOMMODATION_KINDS, ANOMALY_CODES, TAX_BASES, TAX_CATEGORIES, TAX_PAYMENT_METHODS } from '@extranet/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const TaxAccommodationKindEnum = asEnum(ACCOMMODATION_KINDS);
export const TaxCategoryEnum = asEnum(TAX_CATEGORIES);
export const TaxBasisEnum = asEnum(TAX_BASES);
export const TaxPaymentMethodEnum = asEnum(TAX_PAYMENT_METHODS);
export const TaxDeclarationStatusEnum = asEnum(['DRAFT', 'SUBMITTED', 'SUPERSEDED'] as const);
export const TaxPeriodStateEnum = asEnum(['NOT_DUE', 'DUE', 'LATE', 'DRAFT', 'SUBMITTED', 'INACTIVE'] as const);
export const TaxAnomalyCodeEnum = asEnum([...ANOMALY_CODES, 'MISSING_AFTER_DEADLINE'] as const);

registerEnumType(TaxAccommodationKindEnum, { name: 'TaxAccommodationKind' });
registerEnumType(TaxCategoryEnum, { name: 'TaxCategory' });
registerEnumType(TaxBasisEnum, { name: 'TaxBasis' });
registerEnumType(TaxPaymentMethodEnum, { name: 'TaxPaymentMethod' });
registerEnumType(TaxDeclarationStatusEnum, { name: 'TaxDeclarationStatus' });
registerEnumType(TaxPeriodStateEnum, { name: 'TaxPeriodState', description: 'Where a period stands for one accommodation.' });
registerEnumType(TaxAnomalyCodeEnum, { name: 'TaxAnomalyCode' });

export type TaxPeriodState = keyof typeof TaxPeriodStateEnum;
export type TaxDeclarationStatus = keyof typeof TaxDeclarationStatusEnum;

export const TaxCorrectionRequestStatusEnum = asEnum(['PENDING', 'ACCEPTED', 'DECLINED'] as const);
registerEnumType(TaxCorrectionRequestStatusEnum, { name: 'TaxCorrectionRequestStatus' });
export type TaxCorrectionRequestStatus = keyof typeof TaxCorrectionRequestStatusEnum;
