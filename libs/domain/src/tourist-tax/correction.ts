// What a correction changed: the new revision against the one it supersedes, line by line (lines
// are compared by their position, as the host sees them in the form), in French for staff.
import { EXEMPTION_REASONS, type ExemptionReason } from './calculate.js';
import type { DeclarationContent, DeclarationLine } from './declaration.js';
import { formatTaxDay } from './days.js';
import { formatTaxEuros } from './money.js';

const SHORT: Record<ExemptionReason, string> = {
  MINOR: 'mineurs',
  SEASONAL_WORKER: 'saisonniers',
  EMERGENCY_HOUSING: 'hébergement d’urgence',
  RENT_BELOW_THRESHOLD: 'loyer sous le seuil',
};
/** « 1 mineur », not « 1 mineurs ». */
const ONE: Partial<Record<ExemptionReason, string>> = { MINOR: 'mineur', SEASONAL_WORKER: 'saisonnier' };

export interface TaxFieldChangeLine {
  label: string;
  before: string;
  after: string;
}

export type LineDifferenceKind = 'ADDED' | 'REMOVED' | 'CHANGED' | 'UNCHANGED';

export interface LineDifference {
  /** 1-based position of the line. */
  line: number;
  kind: LineDifferenceKind;
  /** The line as it was (null when added) and as it is (null when removed), in one sentence each. */
  before: string | null;
  after: string | null;
  changes: TaxFieldChangeLine[];
}

/** One line in words: « 3 séjours de 2 nuitées, 4 personnes dont exonérées : 1 mineur, arrivée le 2 février 2026, 85,00 € la nuitée ». */
export function describeLine(line: DeclarationLine): string {
  const parts = [`${line.stays} séjour${line.stays > 1 ? 's' : ''} de ${line.nights} nuitée${line.nights > 1 ? 's' : ''}`, `${line.persons} personne${line.persons > 1 ? 's' : ''}`];
  const exempted = EXEMPTION_REASONS.filter((r) => (line.exempted?.[r] ?? 0) > 0).map((r) => {
    const count = line.exempted![r]!;
    return `${count} ${count > 1 ? SHORT[r] : (ONE[r] ?? SHORT[r])}`;
  });
  if (exempted.length > 0) parts[1] += ` dont exonérées\u00a0: ${exempted.join(', ')}`;
  if (line.arrival) parts.push(`arrivée le ${formatTaxDay(line.arrival)}`);
  if (line.nightlyPriceCents !== null && line.nightlyPriceCents !== undefined) parts.push(`${formatTaxEuros(line.nightlyPriceCents)} la nuitée`);
  if (line.platformCollected) parts.push('taxe collectée par une plateforme');
  return parts.join(', ');
}

function fields(line: DeclarationLine): [string, string][] {
  return [
    ['Séjours', String(line.stays)],
    ['Date d’arrivée', line.arrival ? formatTaxDay(line.arrival) : '—'],
    ['Nuitées', String(line.nights)],
    ['Personnes', String(line.persons)],
    ...EXEMPTION_REASONS.map((r): [string, string] => [`Exonérées (${SHORT[r]})`, String(line.exempted?.[r] ?? 0)]),
    ['Prix de la nuitée', line.nightlyPriceCents === null || line.nightlyPriceCents === undefined ? '—' : formatTaxEuros(line.nightlyPriceCents)],
    ['Collectée par une plateforme', line.platformCollected ? 'oui' : 'non'],
  ];
}

/** The corrected declaration against the previous revision, every line (unchanged ones too, so staff read it whole). */
export function declarationDifferences(previous: DeclarationContent, current: DeclarationContent): LineDifference[] {
  const before = previous.noRental ? [] : previous.lines;
  const after = current.noRental ? [] : current.lines;
  const result: LineDifference[] = [];
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    const b = before[i];
    const a = after[i];
    if (!b) {
      result.push({ line: i + 1, kind: 'ADDED', before: null, after: describeLine(a!), changes: [] });
    } else if (!a) {
      result.push({ line: i + 1, kind: 'REMOVED', before: describeLine(b), after: null, changes: [] });
    } else {
      const fb = fields(b);
      const fa = fields(a);
      const changes = fb.flatMap(([label, value], k) => (value === fa[k]![1] ? [] : [{ label, before: value, after: fa[k]![1] }]));
      result.push({ line: i + 1, kind: changes.length > 0 ? 'CHANGED' : 'UNCHANGED', before: describeLine(b), after: describeLine(a), changes });
    }
  }
  return result;
}
