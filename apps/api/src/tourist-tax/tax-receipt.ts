// The PDF receipt of a declaration: number, period, breakdown, amount (pdfkit, standard fonts).
import { formatTaxDay, formatTaxEuros } from '@extranet/domain';
import PDFDocument from 'pdfkit';
import type { TaxDeclaration } from './tax.models.js';

/** The standard PDF fonts speak WinAnsi: the narrow no-break space of French numbers is not in it. */
const pdfText = (text: string) => text.replace(/\u202f/g, ' ');
const euros = (cents: number) => pdfText(formatTaxEuros(cents));

interface Totals {
  baseCents?: number;
  additional?: { label: string; amountCents: number }[];
  taxablePersonNights?: number;
  platformCollectedCents?: number;
}

export function receiptNumber(d: Pick<TaxDeclaration, 'id' | 'revision'>): string {
  return `${d.id.slice(0, 8).toUpperCase()}-${d.revision}`;
}

export function renderTaxReceipt(d: TaxDeclaration, organisationName: string): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: `Reçu de déclaration de taxe de séjour ${receiptNumber(d)}`, Author: 'Office de Tourisme du Pays de Gex' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  const t = (d.totals ?? {}) as Totals;
  const line = (label: string, value: string) => {
    doc.font('Helvetica-Bold').text(pdfText(label), { continued: true }).font('Helvetica').text(` ${pdfText(value)}`);
  };
  doc.font('Helvetica-Bold').fontSize(16).text('Taxe de séjour — reçu de déclaration');
  doc.moveDown(0.3).font('Helvetica').fontSize(10).text('Pays de Gex Agglo — Office de Tourisme du Pays de Gex');
  doc.moveDown().fontSize(11);
  line('Numéro\u00a0:', receiptNumber(d));
  line('Hébergeur\u00a0:', organisationName);
  line('Hébergement\u00a0:', d.accommodationName);
  line('Période\u00a0:', `${d.periodLabel} (échéance le ${formatTaxDay(d.deadline)})`);
  if (d.submittedAt) line('Déposée le\u00a0:', formatTaxDay(d.submittedAt.toISOString().slice(0, 10)) + (d.late ? ' (après l’échéance)' : ''));
  if (d.revision > 1) line('Version\u00a0:', `${d.revision} (correction\u00a0: ${d.correctionNote ?? ''})`);
  doc.moveDown();
  if (d.noRental) {
    line('Déclaration\u00a0:', 'aucune location sur la période');
  } else {
    line('Nuitées\u00a0:', `${d.nights} (${d.personNights} nuitées-personnes, dont ${t.taxablePersonNights ?? 0} taxables)`);
    if (d.platformNights > 0) line('Collectées par une plateforme\u00a0:', `${d.platformNights} nuitées (${euros(t.platformCollectedCents ?? 0)}), non facturées`);
    line('Part de l’agglomération\u00a0:', euros(t.baseCents ?? 0));
    for (const a of t.additional ?? []) line(`${a.label}\u00a0:`, euros(a.amountCents));
  }
  doc.moveDown().fontSize(13);
  line('Montant dû\u00a0:', euros(d.amountCents));
  doc.moveDown(2).fontSize(9).font('Helvetica').fillColor('#444444')
    .text(pdfText('Montant calculé par l’extranet selon les tarifs votés (articles L2333-26 et suivants du CGCT). À reverser au plus tard à l’échéance indiquée.'));
  doc.end();
  return done;
}

export interface FormalNotice {
  organisationName: string;
  organisationAddress: string;
  accommodationName: string;
  periodLabel: string;
  deadline: string;
  daysLate: number;
  today: string;
}

/**
 * The formal notice (mise en demeure) for a declaration still missing 30 days after its deadline:
 * what is missing, the 30 days left before an automatic assessment, the late interest and the fines.
 */
export function renderFormalNotice(n: FormalNotice): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 64, info: { Title: `Mise en demeure — taxe de séjour — ${n.accommodationName}`, Author: 'Pays de Gex Agglo' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve) => doc.on('end', () => resolve(Buffer.concat(chunks))));
  doc.font('Helvetica').fontSize(10).text('Pays de Gex Agglo — Taxe de séjour\nOffice de Tourisme du Pays de Gex, 2 rue Dr Gallet, 01170 Gex');
  doc.moveDown(2).text(pdfText(`${n.organisationName}\n${n.organisationAddress}`), { align: 'right' });
  doc.moveDown(2).text(pdfText(`Gex, le ${formatTaxDay(n.today)}`));
  doc.moveDown().font('Helvetica-Bold').fontSize(12).text('Objet\u00a0: mise en demeure de déclarer la taxe de séjour');
  doc.moveDown().font('Helvetica').fontSize(11);
  const paragraphs = [
    'Madame, Monsieur,',
    `Sauf erreur de notre part, la déclaration de taxe de séjour de l’hébergement «\u00a0${n.accommodationName}\u00a0» pour le ${n.periodLabel} ne nous est pas parvenue. Elle était attendue au plus tard le ${formatTaxDay(n.deadline)}, il y a ${n.daysLate} jours.`,
    'Nous vous mettons en demeure de déposer cette déclaration, même si vous n’avez eu aucune location sur la période, et de reverser la taxe collectée, dans un délai de trente jours à compter de la présente lettre.',
    'À défaut, la taxe due sera établie d’office, comme le prévoit le code général des collectivités territoriales, majorée d’un intérêt de retard de 0,20 % par mois. Le défaut de déclaration est en outre passible d’une amende de 750 € à 12 500 €\u00a0; chaque omission ou inexactitude, d’une amende de 150 €.',
    'La déclaration se fait en ligne sur l’extranet des partenaires, rubrique «\u00a0Taxe de séjour\u00a0». Notre équipe reste à votre disposition pour vous aider.',
    'Veuillez agréer, Madame, Monsieur, nos salutations distinguées.',
  ];
  for (const p of paragraphs) doc.text(pdfText(p), { align: 'justify' }).moveDown();
  doc.moveDown().text('Pour le Président de Pays de Gex Agglo, le service de la taxe de séjour');
  doc.end();
  return done;
}
