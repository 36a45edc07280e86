// French e-mail templates, each as HTML and plain text. Values are escaped in the HTML version.

export interface TemplateData {
  invitation: { name?: string; organisationName: string; inviterName: string; link: string; expiresOn: string };
  'password-reset': { name: string; link: string };
  'email-change': { name: string; newEmail: string; link: string };
  'email-changed': { name: string; oldEmail: string; newEmail: string };
  welcome: { name: string; organisationName: string; link: string };
  'listing-decision': { name: string; listingName: string; outcome: string; approved: string[]; rejected: string[]; comment: string | null; link: string };
  'listing-reminder': { name: string; listingName: string; stale: boolean; link: string };
  'committee-minutes': { name: string; theme: string; date: string; link: string };
  'pack-renewal-reminder': { name: string; organisationName: string; year: number; daysLeft: number; link: string };
  'pack-staff-reminder': { name: string; organisationName: string; year: number; remaining: string | null; link: string };
}

export type TemplateName = keyof TemplateData;

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

const OFFICE = 'Office de Tourisme du Pays de Gex';

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The office's HTML e-mail: the paragraphs (a line break inside one is kept), a button, the signature. */
export function layout(title: string, paragraphs: string[], action?: { label: string; link: string }): string {
  const body = paragraphs.map((p) => `<p>${escapeHtml(p).replace(/\n/g, '<br>')}</p>`).join('\n');
  const button = action
    ? `<p><a href="${escapeHtml(action.link)}" style="background:#0b5394;color:#ffffff;padding:10px 16px;text-decoration:none;border-radius:4px">${escapeHtml(action.label)}</a></p>
<p>Si le bouton ne fonctionne pas, copiez ce lien dans votre navigateur\u00a0:<br>${escapeHtml(action.link)}</p>`
    : '';
  return `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head>
<body style="font-family:Arial,sans-serif;color:#1a1a1a;line-height:1.5">
${body}
${button}
<p>— L’équipe de l’${OFFICE}</p>
</body></html>`;
}

/** The same e-mail as plain text: the paragraphs, the link, the signature. */
export function text(paragraphs: string[], link?: string): string {
  return [...paragraphs, ...(link ? [link] : []), `— L’équipe de l’${OFFICE}`].join('\n\n');
}

const renderers: { [K in TemplateName]: (data: TemplateData[K]) => RenderedMail } = {
  invitation: (d) => {
    const subject = `Invitation à rejoindre l’extranet partenaires — ${d.organisationName}`;
    const lines = [
      `Bonjour${d.name ? ` ${d.name}` : ''},`,
      `${d.inviterName} vous invite à rejoindre l’espace de «\u00a0${d.organisationName}\u00a0» sur l’extranet partenaires de l’${OFFICE}.`,
      `Ce lien est personnel, utilisable une seule fois, et valable jusqu’au ${d.expiresOn}. Il vous permet de choisir votre mot de passe\u00a0:`,
    ];
    return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: 'Activer mon compte', link: d.link }) };
  },
  'email-change': (d) => {
    const subject = 'Confirmez votre nouvelle adresse e-mail';
    const lines = [
      `Bonjour ${d.name},`,
      `Vous avez demandé à vous connecter désormais avec l’adresse ${d.newEmail}. Elle ne remplacera l’ancienne qu’une fois confirmée. Ce lien est valable 24 heures et ne sert qu’une fois\u00a0:`,
    ];
    const after = 'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: rien ne change.';
    return {
      subject,
      text: text([...lines], d.link) + `\n\n${after}`,
      html: layout(subject, [...lines, after], { label: 'Confirmer ma nouvelle adresse', link: d.link }),
    };
  },
  'email-changed': (d) => {
    const subject = 'Votre adresse de connexion a changé';
    const lines = [
      `Bonjour ${d.name},`,
      `L’adresse de connexion de votre compte est désormais ${d.newEmail}\u00a0: ce message est le dernier envoyé à ${d.oldEmail}.`,
      'Si vous n’êtes pas à l’origine de ce changement, prévenez aussitôt l’office de tourisme.',
    ];
    return { subject, text: text(lines), html: layout(subject, lines) };
  },
  'password-reset': (d) => {
    const subject = 'Réinitialisation de votre mot de passe';
    const lines = [
      `Bonjour ${d.name},`,
      'Vous avez demandé à réinitialiser votre mot de passe. Ce lien est valable une heure et ne peut servir qu’une fois\u00a0:',
    ];
    const after = "Si vous n’êtes pas à l’origine de cette demande, ignorez ce message\u00a0: votre mot de passe reste inchangé.";
    return {
      subject,
      text: text([...lines], d.link) + `\n\n${after}`,
      html: layout(subject, [...lines, after], { label: 'Choisir un nouveau mot de passe', link: d.link }),
    };
  },
  welcome: (d) => {
    const subject = "Bienvenue sur l’extranet partenaires";
    const lines = [
      `Bonjour ${d.name},`,
      `Votre compte est activé pour «\u00a0${d.organisationName}\u00a0». Vous pouvez désormais mettre à jour les informations de votre organisation et inviter vos collègues.`,
    ];
    return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: "Ouvrir l’extranet", link: d.link }) };
  },
  'listing-decision': (d) => {
    const subject = `Votre demande de modification\u00a0: ${d.listingName} — ${d.outcome.toLowerCase()}`;
    const lines = [
      `Bonjour ${d.name},`,
      `L’${OFFICE} a examiné votre demande de modification de la fiche «\u00a0${d.listingName}\u00a0»\u00a0: ${d.outcome.toLowerCase()}.`,
      ...(d.approved.length ? [`Publié\u00a0: ${d.approved.join(', ')}.`] : []),
      ...(d.rejected.length ? [`Non retenu\u00a0: ${d.rejected.join(', ')}.`] : []),
      ...(d.comment ? [`Commentaire de l’office\u00a0: ${d.comment}`] : []),
    ];
    return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: 'Voir la fiche', link: d.link }) };
  },
  'listing-reminder': (d) => {
    const subject = d.stale ? `Votre fiche «\u00a0${d.listingName}\u00a0» n’est plus à jour` : `Votre fiche «\u00a0${d.listingName}\u00a0» est à confirmer`;
    const lines = [
      `Bonjour ${d.name},`,
      d.stale
        ? `La fiche «\u00a0${d.listingName}\u00a0» n’a pas été confirmée depuis trop longtemps\u00a0: les visiteurs risquent de lire des informations dépassées.`
        : `La fiche «\u00a0${d.listingName}\u00a0» arrive au moment de sa mise à jour.`,
      "Si rien n’a changé, un clic sur «\u00a0Rien n’a changé\u00a0» suffit\u00a0; sinon, corrigez-la en ligne.",
    ];
    return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: 'Ouvrir la fiche', link: d.link }) };
  },
  'committee-minutes': (d) => {
    const subject = `Comité Technique\u00a0: compte rendu de la séance du ${d.date}`;
    const lines = [
      `Bonjour ${d.name},`,
      `Le compte rendu de la séance du Comité Technique du ${d.date} («\u00a0${d.theme}\u00a0») est publié sur l’extranet.`,
      'Merci de le lire et de confirmer votre lecture («\u00a0J’ai lu\u00a0») sur la page de la séance.',
    ];
    return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: 'Lire le compte rendu', link: d.link }) };
    },
  'pack-renewal-reminder': (d) => {
    const subject = `Votre pack ${d.year} se termine dans ${d.daysLeft} jour${d.daysLeft > 1 ? 's' : ''}`;
    const lines = [
      `Bonjour ${d.name},`,
      `Le pack de services de «\u00a0${d.organisationName}\u00a0» pour ${d.year} se termine le 31 décembre.`,
      `Pour rester visible en ${d.year + 1} (site, guides, accueil), choisissez dès maintenant votre pack ${d.year + 1} en ligne.`,
    ];
    return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: `Choisir mon pack ${d.year + 1}`, link: d.link }) };
  },
  'pack-staff-reminder': (d) => {
    const subject = d.remaining ? `Votre pack ${d.year}\u00a0: paiement en attente` : `Votre pack ${d.year} vous attend`;
    const lines = [
      `Bonjour ${d.name},`,
      d.remaining
        ? `Nous n’avons pas encore reçu le paiement du pack ${d.year} de «\u00a0${d.organisationName}\u00a0»\u00a0: il reste ${d.remaining} à régler. Vous pouvez payer par virement, par chèque ou en ligne lorsque c’est proposé.`
        : `«\u00a0${d.organisationName}\u00a0» n’a pas encore choisi son pack ${d.year}. Pour rester visible sur le site, dans les guides et à l’accueil, choisissez-le en ligne en quelques clics.`,
      "L’équipe de l’office reste à votre disposition pour toute question.",
    ];
    return { subject, text: text(lines, d.link), html: layout(subject, lines, { label: d.remaining ? 'Voir mon pack' : `Choisir mon pack ${d.year}`, link: d.link }) };
  },
};

export function renderMail<K extends TemplateName>(template: K, data: TemplateData[K]): RenderedMail {
  return renderers[template](data);
}
