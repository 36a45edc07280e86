// The relations feature's e-mails (French, HTML and text). The news ones carry the one-click
// unsubscribe link in their text and in the List-Unsubscribe headers (RFC 8058).
import { frenchDateTime, frenchDay, MEETING_PLACE_LABELS, NEWS_CATEGORY_LABELS, type MeetingPlace, type NewsCategory } from '@extranet/domain';
import { escapeHtml, layout, text, type RenderedMail } from '../mail/templates.js';
import type { MailExtras } from '../mail/mail.service.js';

const OFFICE = 'Office de Tourisme du Pays de Gex';

function newsLayout(title: string, intro: string[], articlesHtml: string, unsubscribeLink: string, preferencesLink: string): string {
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1a1a1a;line-height:1.5">
${intro.map((p) => `<p>${escapeHtml(p)}</p>`).join('\n')}
${articlesHtml}
<p>— L’équipe de l’${OFFICE}</p>
<hr>
<p style="font-size:90%">Vous recevez ce courriel parce que vous êtes partenaire de l’office. <a href="${escapeHtml(preferencesLink)}">Choisir quand recevoir les actualités</a> ou <a href="${escapeHtml(unsubscribeLink)}">ne plus recevoir les actualités par courriel</a>.</p>
</body></html>`;
}

export interface NewsForMail {
  title: string;
  summary: string;
  category: NewsCategory;
  bodyHtml: string;
  link: string;
}

export interface UnsubscribeLinks {
  /** The page with one button (GET shows, POST acts). */
  page: string;
  /** The one-click POST target of List-Unsubscribe-Post. */
  oneClick: string;
  preferences: string;
}

export function unsubscribeHeaders(links: UnsubscribeLinks): MailExtras['headers'] {
  return { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' };
}

function footerText(links: UnsubscribeLinks): string {
  return `Choisir quand recevoir les actualités\u00a0: ${links.preferences}\nNe plus recevoir les actualités par courriel\u00a0: ${links.page}`;
}

export function newsItemMail(name: string, item: NewsForMail, links: UnsubscribeLinks): RenderedMail {
  const subject = `Actualité de l’office\u00a0: ${item.title}`;
  const intro = [`Bonjour ${name},`, `L’${OFFICE} publie une actualité pour ses partenaires (${NEWS_CATEGORY_LABELS[item.category].toLowerCase()}).`];
  const html = newsLayout(subject, intro, `<h1>${escapeHtml(item.title)}</h1>\n<p><strong>${escapeHtml(item.summary)}</strong></p>\n${item.bodyHtml}\n<p><a href="${escapeHtml(item.link)}">Lire sur l’extranet</a></p>`, links.page, links.preferences);
  return { subject, html, text: `${text([...intro, item.title, item.summary], item.link)}\n\n${footerText(links)}` };
}

export function newsDigestMail(name: string, items: NewsForMail[], links: UnsubscribeLinks): RenderedMail {
  const subject = `Les actualités de la semaine — ${items.length} nouvelle${items.length > 1 ? 's' : ''}`;
  const intro = [`Bonjour ${name},`, `Voici les actualités publiées cette semaine par l’${OFFICE} pour ses partenaires.`];
  const articles = items
    .map((i) => `<h2>${escapeHtml(i.title)}</h2>\n<p>${escapeHtml(NEWS_CATEGORY_LABELS[i.category])} — ${escapeHtml(i.summary)}</p>\n<p><a href="${escapeHtml(i.link)}">Lire</a></p>`)
    .join('\n');
  const lines = items.map((i) => `• ${i.title} — ${i.summary}\n  ${i.link}`);
  return { subject, html: newsLayout(subject, intro, articles, links.page, links.preferences), text: `${text([...intro, ...lines])}\n\n${footerText(links)}` };
}

export function placeFreedMail(name: string, actionTitle: string, startsOn: string, link: string): RenderedMail {
  const subject = `Une place s’est libérée\u00a0: ${actionTitle}`;
  const lines = [
    `Bonjour ${name},`,
    `Une place s’est libérée pour «\u00a0${actionTitle}\u00a0» (à partir du ${frenchDay(startsOn)})\u00a0: votre organisation, qui était la première sur la liste d’attente, est désormais inscrite.`,
    `Si vous ne pouvez plus y participer, annulez l’inscription sur l’extranet avant la date limite pour laisser la place au suivant.`,
  ];
  return { subject, text: text(lines, link), html: layout(subject, lines, { label: 'Voir mes inscriptions', link }) };
}

export type MeetingAnswer = 'CONFIRMED' | 'MOVED' | 'DECLINED';

export function meetingAnswerMail(
  name: string,
  answer: MeetingAnswer,
  meeting: { subject: string; organisationName: string; place: MeetingPlace; startsAt: Date | null; message: string | null },
  link: string,
  forStaff: boolean,
): RenderedMail {
  const when = meeting.startsAt ? frenchDateTime(meeting.startsAt) : '';
  const subject = {
    CONFIRMED: `Rendez-vous confirmé le ${when}`,
    MOVED: `Rendez-vous déplacé au ${when}`,
    DECLINED: 'Demande de rendez-vous déclinée',
  }[answer];
  const about = forStaff ? `avec «\u00a0${meeting.organisationName}\u00a0»` : `avec l’${OFFICE}`;
  const lines = [
    `Bonjour ${name},`,
    answer === 'DECLINED'
      ? `Le rendez-vous ${about} («\u00a0${meeting.subject}\u00a0») n’aura pas lieu.`
      : `Le rendez-vous ${about} («\u00a0${meeting.subject}\u00a0») a lieu le ${when} — ${MEETING_PLACE_LABELS[meeting.place].toLowerCase()}. L’invitation est jointe (fichier .ics)\u00a0: ouvrez-la pour l’ajouter à votre agenda.`,
    ...(meeting.message ? [`Message de l’office\u00a0: ${meeting.message}`] : []),
  ];
  return { subject, text: text(lines, link), html: layout(subject, lines, { label: 'Voir mes rendez-vous', link }) };
}
