export const LEGAL_FORMS = [
  'SOLE_TRADER',
  'MICRO_ENTERPRISE',
  'EURL',
  'SARL',
  'SAS',
  'SASU',
  'SA',
  'SNC',
  'SCI',
  'ASSOCIATION',
  'EPIC',
  'LOCAL_AUTHORITY',
  'OTHER',
] as const;

export type LegalForm = (typeof LEGAL_FORMS)[number];

export const LEGAL_FORM_LABELS: Readonly<Record<LegalForm, string>> = {
  SOLE_TRADER: 'Entreprise individuelle',
  MICRO_ENTERPRISE: 'Micro-entreprise',
  EURL: 'EURL',
  SARL: 'SARL',
  SAS: 'SAS',
  SASU: 'SASU',
  SA: 'SA',
  SNC: 'SNC',
  SCI: 'SCI',
  ASSOCIATION: 'Association loi 1901',
  EPIC: 'EPIC',
  LOCAL_AUTHORITY: 'Collectivité territoriale',
  OTHER: 'Autre',
};

export function isLegalForm(value: string): value is LegalForm {
  return (LEGAL_FORMS as readonly string[]).includes(value);
}
