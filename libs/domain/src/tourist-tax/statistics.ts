// Statistics of the tax by month. Declarations are made per quarter; a line that gives its arrival
// day is counted night by night in the months its nights fall in; lines declared as totals (no
// arrival day) are spread over the quarter's three months in proportion to their days. The same
// rule fills the summary table the statistics read (tax_statistic) and is stated on the page.
import { addDays } from './days.js';
import type { DeclarationContent, DeclarationTotals } from './declaration.js';
import type { TaxPeriod } from './periods.js';

export interface MonthShare {
  /** 1 to 12. */
  month: number;
  nights: number;
  personNights: number;
  platformNights: number;
  amountCents: number;
}

export const MONTHLY_SPLIT_METHOD =
  'Les déclarations sont trimestrielles\u00a0: un séjour déclaré avec sa date d’arrivée compte dans les mois de ses nuitées\u00a0; ' +
  'les totaux déclarés sans date sont répartis sur les trois mois du trimestre au prorata de leurs jours (arrondi à l’unité, le reste sur le dernier mois).';

/** The quarter's months and their number of days. */
export function monthsOfPeriod(period: TaxPeriod): { month: number; days: number }[] {
  const first = (period.quarter - 1) * 3 + 1;
  return [0, 1, 2].map((i) => {
    const month = first + i;
    const next = month === 12 ? `${period.year + 1}-01-01` : `${period.year}-${String(month + 1).padStart(2, '0')}-01`;
    return { month, days: Number(addDays(next, -1).slice(8, 10)) };
  });
}

/**
 * Splits `total` over `weights` (integers, not all zero): floor of each share, the remainder on the
 * last non-zero weight, so the parts always add up to the total.
 */
export function splitByWeights(total: number, weights: readonly number[]): number[] {
  const sum = weights.reduce((s, w) => s + w, 0);
  if (sum === 0) return weights.map(() => 0);
  const parts = weights.map((w) => Math.floor((total * w) / sum));
  let last = weights.length - 1;
  while (weights[last] === 0) last--;
  parts[last]! += total - parts.reduce((s, p) => s + p, 0);
  return parts;
}

/** A submitted declaration's nights, person-nights, platform nights and tax per month of its quarter. */
export function monthlyShares(content: DeclarationContent, totals: Pick<DeclarationTotals, 'lines'>, period: TaxPeriod): MonthShare[] {
  const months = monthsOfPeriod(period);
  const shares: MonthShare[] = months.map(({ month }) => ({ month, nights: 0, personNights: 0, platformNights: 0, amountCents: 0 }));
  if (content.noRental) return shares;
  const undated = { nights: 0, personNights: 0, platformNights: 0, amountCents: 0 };
  content.lines.forEach((line, i) => {
    const due = totals.lines[i]?.dueCents ?? 0;
    const platform = !!line.platformCollected;
    if (!line.arrival) {
      undated.nights += line.stays * line.nights;
      undated.personNights += line.stays * line.nights * line.persons;
      if (platform) undated.platformNights += line.stays * line.nights;
      undated.amountCents += due;
      return;
    }
    const counts = months.map(() => 0);
    for (let k = 0; k < line.nights; k++) {
      const index = months.findIndex((m) => m.month === Number(addDays(line.arrival!, k).slice(5, 7)));
      if (index >= 0) counts[index]!++;
    }
    const amounts = splitByWeights(due, counts);
    counts.forEach((c, m) => {
      const share = shares[m]!;
      share.nights += line.stays * c;
      share.personNights += line.stays * c * line.persons;
      if (platform) share.platformNights += line.stays * c;
      share.amountCents += amounts[m]!;
    });
  });
  const days = months.map((m) => m.days);
  const split = {
    nights: splitByWeights(undated.nights, days),
    personNights: splitByWeights(undated.personNights, days),
    platformNights: splitByWeights(undated.platformNights, days),
    amountCents: splitByWeights(undated.amountCents, days),
  };
  shares.forEach((share, m) => {
    share.nights += split.nights[m]!;
    share.personNights += split.personNights[m]!;
    share.platformNights += split.platformNights[m]!;
    share.amountCents += split.amountCents[m]!;
  });
  return shares;
}
