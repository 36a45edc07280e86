// A message the office writes to a host found by the undeclared detection: a French subject and
// text prefilled for the reason it was found (staff edit them), checked before it goes out.
import type { FieldError, Result } from '../shared/domain-error.js';
import { singleLineProblem } from '../shared/text.js';

export const UNDECLARED_REASONS = ['partners', 'listings', 'silent', 'unregistered'] as const;
export type UndeclaredReason = (typeof UNDECLARED_REASONS)[number];

export const HOST_MESSAGE_LIMITS = { subject: { min: 5, max: 200 }, text: { min: 20, max: 5000 } } as const;

export interface HostMessage {
  subject: string;
  text: string;
}

const SIGNATURE = 'Le service taxe de séjour de l’Office de Tourisme du Pays de Gex';

/** The message proposed for an item of the undeclared list; `name` is the partner, listing or account. */
export function defaultHostMessage(reason: UndeclaredReason, d: { name: string; organisationName: string; year: number }): HostMessage {
  const hello = `Bonjour,\n\n`;
  const close = `\n\nNous restons à votre disposition pour toute question.\n\n${SIGNATURE}`;
  switch (reason) {
    case 'partners':
    case 'listings':
      return {
        subject: `Taxe de séjour\u00a0: déclarer «\u00a0${d.name}\u00a0»`,
        text: `${hello}Votre établissement «\u00a0${d.name}\u00a0» (${d.organisationName}) propose de l’hébergement touristique sur le territoire de Pays de Gex Agglo, mais nous ne trouvons pas de compte de taxe de séjour à son nom.\n\nToute location touristique, même occasionnelle, est soumise à la taxe de séjour\u00a0: la taxe est perçue auprès de vos clients et reversée chaque trimestre. Pouvez-vous nous indiquer la nature de l’hébergement, sa capacité, son classement éventuel et sa date d’ouverture, afin que nous ouvrions votre compte\u00a0? Vous déclarerez ensuite en ligne depuis votre espace partenaire.${close}`,
      };
    case 'silent':
      return {
        subject: `Taxe de séjour ${d.year}\u00a0: aucune déclaration pour «\u00a0${d.name}\u00a0»`,
        text: `${hello}Nous n’avons reçu aucune déclaration de taxe de séjour en ${d.year} pour «\u00a0${d.name}\u00a0», alors qu’au moins une échéance trimestrielle est passée.\n\nUne déclaration est due chaque trimestre, même sans aucune location (déclaration «\u00a0aucune location\u00a0»). Si l’hébergement a cessé son activité, dites-le-nous afin que nous fermions le compte. Sans déclaration, la collectivité peut adresser une mise en demeure puis procéder à une taxation d’office.${close}`,
      };
    case 'unregistered':
      return {
        subject: `Taxe de séjour\u00a0: numéro d’enregistrement de «\u00a0${d.name}\u00a0»`,
        text: `${hello}Le registre de la taxe de séjour ne comporte pas de numéro d’enregistrement pour votre meublé de tourisme «\u00a0${d.name}\u00a0».\n\nCe numéro (13 caractères, délivré par la commune) est obligatoire pour louer un meublé de tourisme. Pouvez-vous nous le communiquer en répondant à ce message, ou nous le signaler depuis votre espace partenaire («\u00a0Demander une correction\u00a0»)\u00a0?${close}`,
      };
  }
}

const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]/;

/** Checks a message before it is sent: a one-line subject, a text of reasonable length. */
export function validateHostMessage(input: { subject?: unknown; text?: unknown }): Result<HostMessage> {
  const errors: FieldError[] = [];
  const subject = String(input?.subject ?? '').trim().replace(/[ \t]+/g, ' ');
  const subjectProblem = singleLineProblem(subject);
  if (subjectProblem) errors.push({ field: 'subject', message: subjectProblem.replace('Ce nom', 'L’objet') });
  else if (subject.length < HOST_MESSAGE_LIMITS.subject.min || subject.length > HOST_MESSAGE_LIMITS.subject.max) {
    errors.push({ field: 'subject', message: `L’objet doit comporter entre ${HOST_MESSAGE_LIMITS.subject.min} et ${HOST_MESSAGE_LIMITS.subject.max} caractères.` });
  }
  const text = String(input?.text ?? '').replace(/\r\n?/g, '\n').trim();
  if (CONTROL.test(text)) errors.push({ field: 'text', message: 'Le message contient des caractères invisibles ou de contrôle\u00a0: retapez-le.' });
  else if (text.length < HOST_MESSAGE_LIMITS.text.min || text.length > HOST_MESSAGE_LIMITS.text.max) {
    errors.push({ field: 'text', message: `Le message doit comporter entre ${HOST_MESSAGE_LIMITS.text.min} et ${HOST_MESSAGE_LIMITS.text.max} caractères.` });
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, value: { subject, text } };
}
