// The tourist tax's e-mails, written in its own area and queued in the shared outbox.
import { formatTaxDay, type TaxPeriod } from '@extranet/domain';

const OFFICE = 'Office de Tourisme du Pays de Gex';

function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

export interface TaxReminderMail {
  name: string;
  accommodationName: string;
  period: TaxPeriod;
  daysLate: number;
  link: string;
}

/** A reminder of a missing declaration, with what happens next in plain French. */
export function renderTaxReminder(d: TaxReminderMail): { subject: string; text: string; html: string } {
  const when = d.daysLate > 0
    ? `Elle était attendue au plus tard le ${formatTaxDay(d.period.deadline)} (${d.daysLate} jour${d.daysLate > 1 ? 's' : ''} de retard).`
    : `Elle est attendue au plus tard le ${formatTaxDay(d.period.deadline)}.`;
  const subject = `Taxe de séjour : déclaration du ${d.period.label} pour « ${d.accommodationName} »`;
  const lines = [
    `Bonjour ${d.name},`,
    `Nous n’avons pas encore reçu la déclaration de taxe de séjour de « ${d.accommodationName} » pour le ${d.period.label}. ${when}`,
    'Même sans aucune location sur la période, une déclaration « aucune location » est nécessaire. Elle se fait en ligne en quelques minutes.',
    'Sans déclaration, la collectivité envoie une mise en demeure, puis peut établir une taxation d’office 30 jours plus tard, avec un intérêt de retard de 0,20 % par mois ; une déclaration manquante peut être sanctionnée d’une amende de 750 € à 12 500 €.',
  ];
  const body = lines.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n');
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1a1a1a;line-height:1.5">
${body}
<p><a href="${escapeHtml(d.link)}" style="background:#0b5394;color:#ffffff;padding:10px 16px;text-decoration:none;border-radius:4px">Déclarer en ligne</a></p>
<p>Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br>${escapeHtml(d.link)}</p>
<p>— L'équipe de l'${OFFICE}</p>
</body></html>`;
  return { subject, text: [...lines, d.link, `— L'équipe de l'${OFFICE}`].join('\n\n'), html };
}

export interface TaxCorrectionDecisionMail {
  name: string;
  accommodationName: string;
  accepted: boolean;
  /** « Capacité : 4 → 6 » lines, for an accepted request. */
  changes: string[];
  reason: string | null;
  link: string;
}

/** The office's answer to an owner's correction request. */
export function renderTaxCorrectionDecision(d: TaxCorrectionDecisionMail): { subject: string; text: string; html: string } {
  const subject = `Taxe de séjour : votre demande de correction pour « ${d.accommodationName} » est ${d.accepted ? 'acceptée' : 'refusée'}`;
  const lines = [
    `Bonjour ${d.name},`,
    d.accepted
      ? `L’office a accepté votre demande de correction des informations de « ${d.accommodationName} » et mis à jour le registre de la taxe de séjour.`
      : `L’office n’a pas retenu votre demande de correction des informations de « ${d.accommodationName} ».`,
    ...(d.accepted && d.changes.length > 0 ? [`Informations enregistrées : ${d.changes.join(' ; ')}.`] : []),
    ...(d.reason ? [`Raison donnée par l’office : ${d.reason}`] : []),
    'Vous pouvez consulter votre hébergement et vos demandes en ligne.',
  ];
  const body = lines.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(subject)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1a1a1a;line-height:1.5">
${body}
<p><a href="${escapeHtml(d.link)}" style="background:#0b5394;color:#ffffff;padding:10px 16px;text-decoration:none;border-radius:4px">Voir mon hébergement</a></p>
<p>Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur :<br>${escapeHtml(d.link)}</p>
<p>— L'équipe de l'${OFFICE}</p>
</body></html>`;
  return { subject, text: [...lines, d.link, `— L'équipe de l'${OFFICE}`].join('\n\n'), html };
}

/** A message staff wrote to a host (undeclared list): their subject and paragraphs, the office's frame. */
export function renderTaxHostMessage(d: { subject: string; text: string; link: string }): { subject: string; text: string; html: string } {
  const body = d.text.split(/\n{2,}/).map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const html = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(d.subject)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1a1a1a;line-height:1.5">
${body}
<p>Votre espace partenaire : <a href="${escapeHtml(d.link)}">${escapeHtml(d.link)}</a></p>
</body></html>`;
  return { subject: d.subject, text: `${d.text}\n\nVotre espace partenaire : ${d.link}`, html };
}
