// The invoice a partner downloads: a PDF drawn with pdfkit, turned into a Factur-X (EN 16931)
// PDF/A-3 carrying the CII XML by @e-invoice-eu/core. Both come from the same IssuedInvoice, so
// the printed and the structured figures cannot differ. Both libraries are loaded on the first
// invoice, not at start (together about five seconds of a loaded server's start-up).
import type { Invoice as EInvoice } from '@e-invoice-eu/core';
import {
  centsToDecimal,
  formatEuros,
  formatVatRate,
  numericFrenchDay,
  LEGAL_PAYMENT_MENTIONS,
  rateToDecimal,
  SELLER,
  type IssuedInvoice,
} from '@extranet/domain';

const silent = { log: () => {}, warn: () => {}, error: () => {} };

export async function facturX(invoice: IssuedInvoice): Promise<Buffer> {
  const pdf = await drawPdf(invoice);
  const { InvoiceService } = await import('@e-invoice-eu/core');
  const service = new InvoiceService(silent as never);
  const rendered = await service.generate(toEInvoice(invoice), {
    format: 'Factur-X-EN16931',
    lang: 'fr-fr',
    pdf: { buffer: pdf, filename: `${invoice.number}.pdf`, mimetype: 'application/pdf' },
  });
  return Buffer.from(rendered as Uint8Array);
}

function euros(cents: number): string {
  return formatEuros(cents).replace(/\u202f|\u00a0/g, ' ');
}

export async function drawPdf(invoice: IssuedInvoice): Promise<Buffer> {
  const { default: PDFDocument } = await import('pdfkit');
  return new Promise((resolve, reject) => {
    const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: `${invoice.kind === 'INVOICE' ? 'Facture' : 'Avoir'} ${invoice.number}`, Author: SELLER.name, CreationDate: new Date(`${invoice.issuedOn}T12:00:00Z`) } });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    const title = invoice.kind === 'INVOICE' ? 'FACTURE' : 'AVOIR';
    doc.font('Helvetica-Bold').fontSize(14).text(SELLER.name);
    doc.font('Helvetica').fontSize(9)
      .text(SELLER.legalForm)
      .text(`${SELLER.street}, ${SELLER.postalCode} ${SELLER.city}`)
      .text(`SIRET ${SELLER.siret} — TVA intracommunautaire ${SELLER.vatNumber}`)
      .text(SELLER.email);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(16).text(`${title} N° ${invoice.number}`);
    doc.font('Helvetica').fontSize(10).text(`Date\u00a0: ${numericFrenchDay(invoice.issuedOn)}`);
    if (invoice.creditedNumber) doc.text(`Annule la facture N° ${invoice.creditedNumber}`);
    doc.moveDown();
    doc.font('Helvetica-Bold').text('Client');
    doc.font('Helvetica').text(invoice.buyer.name).text(invoice.buyer.street).text(`${invoice.buyer.postalCode} ${invoice.buyer.city}`);
    if (invoice.buyer.siret) doc.text(`SIRET ${invoice.buyer.siret}`);
    doc.moveDown();

    doc.font('Helvetica-Bold');
    const row = (cells: string[], y: number) => {
      const xs = [50, 300, 360, 430, 490];
      const widths = [245, 55, 65, 55, 60];
      cells.forEach((cell, i) => doc.text(cell, xs[i]!, y, { width: widths[i], align: i === 0 ? 'left' : 'right' }));
    };
    let y = doc.y;
    row(['Désignation', 'Qté', 'P.U. HT', 'TVA', 'Total HT'], y);
    doc.font('Helvetica');
    invoice.lines.forEach((line, i) => {
      y = doc.y + 4;
      row([line.label, String(line.quantity), euros(line.unitPriceExclCents), formatVatRate(line.vatRateBp), euros(invoice.totals.lineTotalsExclCents[i]!)], y);
    });
    doc.moveDown();
    doc.x = 50;
    for (const vat of invoice.totals.vat) {
      doc.text(`TVA ${formatVatRate(vat.vatRateBp)} sur ${euros(vat.baseExclCents)}\u00a0: ${euros(vat.vatCents)}`, 50, doc.y + 2, { align: 'right', width: 495 });
    }
    doc.text(`Total HT\u00a0: ${euros(invoice.totals.totalExclCents)}`, { align: 'right', width: 495 });
    doc.text(`Total TVA\u00a0: ${euros(invoice.totals.totalVatCents)}`, { align: 'right', width: 495 });
    doc.font('Helvetica-Bold').text(`Total TTC\u00a0: ${euros(invoice.totals.totalInclCents)}`, { align: 'right', width: 495 });
    doc.font('Helvetica').moveDown();
    doc.text(invoice.paymentNote, 50, doc.y, { width: 495 });
    doc.moveDown(0.5).fontSize(8);
    for (const mention of LEGAL_PAYMENT_MENTIONS) doc.text(mention, { width: 495 });
    doc.text(`Règlement par virement\u00a0: IBAN ${SELLER.iban} — BIC ${SELLER.bic}`, { width: 495 });
    doc.end();
  });
}

function amount(cents: number) {
  return centsToDecimal(cents);
}

function category(vatRateBp: number): 'S' | 'E' {
  return vatRateBp === 0 ? 'E' : 'S';
}

/** The invoice in e-invoice-eu's internal (UBL-shaped) format; the library writes the CII. */
export function toEInvoice(invoice: IssuedInvoice): EInvoice {
  const credit = invoice.kind === 'CREDIT_NOTE';
  const taxCategory = (rate: number) => ({
    'cbc:ID': category(rate),
    'cbc:Percent': rateToDecimal(rate),
    ...(rate === 0 ? { 'cbc:TaxExemptionReason': 'Exonération de TVA' } : {}),
    'cac:TaxScheme': { 'cbc:ID': 'VAT' },
  });
  const data = {
    'ubl:Invoice': {
      'cbc:CustomizationID': 'urn:cen.eu:en16931:2017',
      'cbc:ID': invoice.number,
      'cbc:IssueDate': invoice.issuedOn,
      'cbc:InvoiceTypeCode': credit ? '381' : '380',
      ...(invoice.creditedNumber ? { 'cac:BillingReference': [{ 'cac:InvoiceDocumentReference': { 'cbc:ID': invoice.creditedNumber } }] } : {}),
      'cbc:Note': [[invoice.paymentNote, ...LEGAL_PAYMENT_MENTIONS].join(' ')],
      'cbc:DocumentCurrencyCode': 'EUR',
      'cbc:BuyerReference': invoice.buyer.siret ?? invoice.buyer.name,
      'cac:InvoicePeriod': { 'cbc:StartDate': `${invoice.year}-01-01`, 'cbc:EndDate': `${invoice.year}-12-31` },
      'cac:AccountingSupplierParty': {
        'cac:Party': {
          'cbc:EndpointID': SELLER.siret,
          'cbc:EndpointID@schemeID': '0009',
          'cac:PartyName': { 'cbc:Name': SELLER.name },
          'cac:PostalAddress': { 'cbc:StreetName': SELLER.street, 'cbc:CityName': SELLER.city, 'cbc:PostalZone': SELLER.postalCode, 'cac:Country': { 'cbc:IdentificationCode': 'FR' } },
          'cac:PartyTaxScheme': [{ 'cbc:CompanyID': SELLER.vatNumber, 'cac:TaxScheme': { 'cbc:ID': 'VAT' } }],
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': SELLER.name, 'cbc:CompanyID': SELLER.siret, 'cbc:CompanyID@schemeID': '0009' },
          'cac:Contact': { 'cbc:ElectronicMail': SELLER.email },
        },
      },
      'cac:AccountingCustomerParty': {
        'cac:Party': {
          ...(invoice.buyer.siret ? { 'cbc:EndpointID': invoice.buyer.siret, 'cbc:EndpointID@schemeID': '0009' } : {}),
          'cac:PartyName': { 'cbc:Name': invoice.buyer.name },
          'cac:PostalAddress': { 'cbc:StreetName': invoice.buyer.street, 'cbc:CityName': invoice.buyer.city, 'cbc:PostalZone': invoice.buyer.postalCode, 'cac:Country': { 'cbc:IdentificationCode': 'FR' } },
          'cac:PartyLegalEntity': { 'cbc:RegistrationName': invoice.buyer.name, ...(invoice.buyer.siret ? { 'cbc:CompanyID': invoice.buyer.siret, 'cbc:CompanyID@schemeID': '0009' } : {}) },
        },
      },
      'cac:PaymentMeans': [{ 'cbc:PaymentMeansCode': '30', 'cac:PayeeFinancialAccount': { 'cbc:ID': SELLER.iban } }],
      'cac:PaymentTerms': { 'cbc:Note': LEGAL_PAYMENT_MENTIONS[0] },
      'cac:TaxTotal': [
        {
          'cbc:TaxAmount': amount(invoice.totals.totalVatCents),
          'cbc:TaxAmount@currencyID': 'EUR',
          'cac:TaxSubtotal': invoice.totals.vat.map((v) => ({
            'cbc:TaxableAmount': amount(v.baseExclCents),
            'cbc:TaxableAmount@currencyID': 'EUR',
            'cbc:TaxAmount': amount(v.vatCents),
            'cbc:TaxAmount@currencyID': 'EUR',
            'cac:TaxCategory': taxCategory(v.vatRateBp),
          })),
        },
      ],
      'cac:LegalMonetaryTotal': {
        'cbc:LineExtensionAmount': amount(invoice.totals.totalExclCents),
        'cbc:LineExtensionAmount@currencyID': 'EUR',
        'cbc:TaxExclusiveAmount': amount(invoice.totals.totalExclCents),
        'cbc:TaxExclusiveAmount@currencyID': 'EUR',
        'cbc:TaxInclusiveAmount': amount(invoice.totals.totalInclCents),
        'cbc:TaxInclusiveAmount@currencyID': 'EUR',
        'cbc:PayableAmount': amount(invoice.totals.totalInclCents),
        'cbc:PayableAmount@currencyID': 'EUR',
      },
      'cac:InvoiceLine': invoice.lines.map((line, i) => ({
        'cbc:ID': String(i + 1),
        'cbc:InvoicedQuantity': String(line.quantity),
        'cbc:InvoicedQuantity@unitCode': 'C62',
        'cbc:LineExtensionAmount': amount(invoice.totals.lineTotalsExclCents[i]!),
        'cbc:LineExtensionAmount@currencyID': 'EUR',
        'cac:Item': { 'cbc:Name': line.label, 'cac:ClassifiedTaxCategory': taxCategory(line.vatRateBp) },
        'cac:Price': { 'cbc:PriceAmount': amount(line.unitPriceExclCents), 'cbc:PriceAmount@currencyID': 'EUR' },
      })),
    },
  };
  return data as unknown as EInvoice;
}
