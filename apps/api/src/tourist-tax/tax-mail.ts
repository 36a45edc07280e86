// The tourist tax's e-mails, written in its own area on the office's one e-mail layout (mail/templates)
// and queued in the shared outbox.
import { formatTaxDay, type TaxPeriod } from '@extranet/domain';
import { layout, text, type RenderedMail } from '../mail/templates.js';

export interface TaxReminderMail {
  name: string;
  accommodationName: string;
  period: TaxPeriod;
  daysLate: number;
  link: string;
}

/** A reminder of a missing declaration, with what happens next in plain French. */
export function renderTaxReminder(d: TaxReminderMail): RenderedMail {
  const when = d.daysLate > 0
    ? `Elle était attendue au plus tard le ${formatTaxDay(d.period.deadline)} (${d.daysLate} jour${d.daysLate > 1 ? 's' : ''} de retard).`
    : `Elle est attendue au plus tard le ${formatTaxDay(d.period.deadline)}.`;
  const subject = `Taxe de séjour\u00a0: déclaration du ${d.period.label} pour «\u00a0${d.accommodationName}\u00a0»`;
  const lines = [
    `Bonjour ${d.name},`,
    `Nous n’avons pas encore reçu la déclaration de taxe de séjour de «\u00a0${d.accommodationName}\u00a0» pour le ${d.period.label}. ${when}`,
    'Même sans aucune location sur la période, une déclaration «\u00a0aucune location\u00a0» est nécessaire. Elle se fait en ligne en quelques minutes.',
    'Sans déclaration, la collectivité envoie une mise en demeure, puis peut établir une taxation d’office 30 jours plus tard, avec un intérêt de retard de 0,20 % par mois\u00a0; une déclaration manquante peut être sanctionnée d’une amende de 750 € à 12 500 €.',
  ];
  return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: 'Déclarer en ligne', link: d.link }) };
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
export function renderTaxCorrectionDecision(d: TaxCorrectionDecisionMail): RenderedMail {
  const subject = `Taxe de séjour\u00a0: votre demande de correction pour «\u00a0${d.accommodationName}\u00a0» est ${d.accepted ? 'acceptée' : 'refusée'}`;
  const lines = [
    `Bonjour ${d.name},`,
    d.accepted
      ? `L’office a accepté votre demande de correction des informations de «\u00a0${d.accommodationName}\u00a0» et mis à jour le registre de la taxe de séjour.`
      : `L’office n’a pas retenu votre demande de correction des informations de «\u00a0${d.accommodationName}\u00a0».`,
    ...(d.accepted && d.changes.length > 0 ? [`Informations enregistrées\u00a0: ${d.changes.join('\u00a0; ')}.`] : []),
    ...(d.reason ? [`Raison donnée par l’office\u00a0: ${d.reason}`] : []),
    'Vous pouvez consulter votre hébergement et vos demandes en ligne.',
  ];
  return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: 'Voir mon hébergement', link: d.link }) };
}

/**
 * A message staff wrote to a host (undeclared list): their subject and paragraphs (separated by an
 * empty line) in the office's layout, with a button to the host's space and the office's signature.
 */
export function renderTaxHostMessage(d: { subject: string; text: string; link: string }): RenderedMail {
  const paragraphs = d.text.split(/\n{2,}/);
  return {
    subject: d.subject,
    text: text([...paragraphs, `Votre espace partenaire\u00a0: ${d.link}`]),
    html: layout(d.subject, paragraphs, { label: 'Ouvrir votre espace partenaire', link: d.link }),
  };
}
