import type { FieldError, Result } from '../shared/domain-error.js';
import { isOrganisationCategory, PARTNER_CATEGORIES, type OrganisationCategory } from '../organisations/categories.js';
import { findCommune } from '../organisations/communes.js';
import { singleLineProblem } from '../shared/text.js';
import { markdownProblem } from './markdown-safety.js';

export const NEWS_CATEGORIES = ['CLIENTELE_FIGURES', 'SECTOR_NEWS', 'OFFICE_NEWS', 'TRAINING'] as const;
export type NewsCategory = (typeof NEWS_CATEGORIES)[number];
export const NEWS_CATEGORY_LABELS: Readonly<Record<NewsCategory, string>> = {
  CLIENTELE_FIGURES: 'Chiffres des clientèles',
  SECTOR_NEWS: 'Actualité du secteur',
  OFFICE_NEWS: 'Vie de l’office',
  TRAINING: 'Formation',
};

export const NEWS_STATUSES = ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'] as const;
export type NewsStatus = (typeof NEWS_STATUSES)[number];
export const NEWS_STATUS_LABELS: Readonly<Record<NewsStatus, string>> = {
  DRAFT: 'Brouillon',
  SCHEDULED: 'Programmée',
  PUBLISHED: 'Publiée',
  ARCHIVED: 'Archivée',
};

export const NEWS_AUDIENCES = ['ALL_PARTNERS', 'CATEGORIES', 'COMMUNES', 'COMMITTEE'] as const;
export type NewsAudience = (typeof NEWS_AUDIENCES)[number];
export const NEWS_AUDIENCE_LABELS: Readonly<Record<NewsAudience, string>> = {
  ALL_PARTNERS: 'Tous les partenaires',
  CATEGORIES: 'Certaines catégories de partenaires',
  COMMUNES: 'Certaines communes',
  COMMITTEE: 'Le Comité Technique',
};

/** Who a news item is for. `categories` and `communes` matter only for their audience. */
export interface NewsTarget {
  audience: NewsAudience;
  categories: readonly OrganisationCategory[];
  /** INSEE codes. */
  communes: readonly string[];
}

/** What the targeting needs to know of a reader: its organisations and whether it sits on the committee. */
export interface NewsReader {
  organisations: readonly { category: OrganisationCategory; communeCode: string }[];
  committee: boolean;
}

/**
 * Whether a news item reaches this reader. Shared by the API (what a partner may read, who gets
 * the e-mail) and the portal (the form's summary of who will receive it). The office's own
 * organisation is never a partner: a news item « for all partners » does not reach it as such.
 */
export function isTargeted(target: NewsTarget, reader: NewsReader): boolean {
  const partners = reader.organisations.filter((o) => o.category !== 'TOURISM_OFFICE');
  switch (target.audience) {
    case 'ALL_PARTNERS':
      return partners.length > 0;
    case 'CATEGORIES':
      return partners.some((o) => target.categories.includes(o.category));
    case 'COMMUNES':
      return partners.some((o) => target.communes.includes(o.communeCode));
    case 'COMMITTEE':
      return reader.committee;
  }
}

/** A plain-language summary of the target, for lists and the form. */
export function describeTarget(target: NewsTarget, labels: { category: (c: OrganisationCategory) => string; commune: (code: string) => string }): string {
  switch (target.audience) {
    case 'ALL_PARTNERS':
      return NEWS_AUDIENCE_LABELS.ALL_PARTNERS;
    case 'CATEGORIES':
      return target.categories.map(labels.category).join(', ');
    case 'COMMUNES':
      return target.communes.map(labels.commune).join(', ');
    case 'COMMITTEE':
      return NEWS_AUDIENCE_LABELS.COMMITTEE;
  }
}

/**
 * What readers see of the state: a scheduled item is published from its date on, without anyone
 * having to change it (the API reads « published » as « SCHEDULED and due, or PUBLISHED »).
 */
export function effectiveNewsStatus(status: NewsStatus, publishAt: Date | null, now: Date): NewsStatus {
  if (status === 'SCHEDULED' && publishAt !== null && publishAt <= now) return 'PUBLISHED';
  return status;
}

export interface NewsDraft {
  title: string;
  summary: string;
  body: string;
  category: string;
  target: { audience: string; categories: readonly string[]; communes: readonly string[] };
}

export interface ValidNews {
  title: string;
  summary: string;
  body: string;
  category: NewsCategory;
  target: NewsTarget;
}

export const NEWS_LIMITS = { title: 150, summary: 400, body: 20_000 } as const;

/** Checks a news item as staff write it; every problem at once, with the field it concerns. */
export function validateNews(draft: NewsDraft): Result<ValidNews> {
  const errors: FieldError[] = [];
  const title = draft.title.trim();
  const summary = draft.summary.trim();
  const body = draft.body.trim();
  if (!title) errors.push({ field: 'title', message: 'Le titre est obligatoire.' });
  else if (title.length > NEWS_LIMITS.title) errors.push({ field: 'title', message: `Le titre ne peut dépasser ${NEWS_LIMITS.title} caractères.` });
  else if (singleLineProblem(title)) errors.push({ field: 'title', message: 'Le titre doit tenir sur une seule ligne, sans caractères invisibles.' });
  if (!summary) errors.push({ field: 'summary', message: 'Le résumé est obligatoire.' });
  else if (summary.length > NEWS_LIMITS.summary) errors.push({ field: 'summary', message: `Le résumé ne peut dépasser ${NEWS_LIMITS.summary} caractères.` });
  if (!body) errors.push({ field: 'body', message: 'Le texte est obligatoire.' });
  else if (body.length > NEWS_LIMITS.body) errors.push({ field: 'body', message: `Le texte ne peut dépasser ${NEWS_LIMITS.body} caractères.` });
  else {
    const problem = markdownProblem(body);
    if (problem) errors.push({ field: 'body', message: problem });
  }
  const summaryProblem = summary ? markdownProblem(summary) : null;
  if (summaryProblem) errors.push({ field: 'summary', message: summaryProblem });
  if (!(NEWS_CATEGORIES as readonly string[]).includes(draft.category)) errors.push({ field: 'category', message: 'Choisissez une rubrique.' });

  const { audience } = draft.target;
  const categories = [...new Set(draft.target.categories)];
  const communes = [...new Set(draft.target.communes)];
  if (!(NEWS_AUDIENCES as readonly string[]).includes(audience)) {
    errors.push({ field: 'target.audience', message: 'Choisissez à qui s’adresse l’actualité.' });
  } else if (audience === 'CATEGORIES') {
    if (categories.length === 0) errors.push({ field: 'target.categories', message: 'Choisissez au moins une catégorie de partenaires\u00a0: sinon l’actualité ne s’adresse à personne.' });
    else if (categories.some((c) => !isOrganisationCategory(c) || !PARTNER_CATEGORIES.includes(c))) errors.push({ field: 'target.categories', message: 'Catégorie de partenaires inconnue.' });
  } else if (audience === 'COMMUNES') {
    if (communes.length === 0) errors.push({ field: 'target.communes', message: 'Choisissez au moins une commune\u00a0: sinon l’actualité ne s’adresse à personne.' });
    else if (communes.some((c) => !findCommune(c))) errors.push({ field: 'target.communes', message: 'Choisissez des communes du Pays de Gex.' });
  }
  if (errors.length) return { ok: false, errors };
  const target: NewsTarget = {
    audience: audience as NewsAudience,
    categories: audience === 'CATEGORIES' ? (categories as OrganisationCategory[]) : [],
    communes: audience === 'COMMUNES' ? communes : [],
  };
  return { ok: true, value: { title, summary, body, category: draft.category as NewsCategory, target } };
}

/** Why a news item cannot be scheduled at `publishAt`, or null. */
export function scheduleProblem(publishAt: Date, now: Date): FieldError | null {
  if (Number.isNaN(publishAt.getTime())) return { field: 'publishAt', message: 'Date de publication invalide.' };
  if (publishAt <= now) return { field: 'publishAt', message: 'La date de publication programmée doit être dans le futur.' };
  return null;
}

/** Which state changes staff may make. */
export function newsTransitionProblem(from: NewsStatus, to: NewsStatus): string | null {
  const allowed: Record<NewsStatus, readonly NewsStatus[]> = {
    DRAFT: ['SCHEDULED', 'PUBLISHED', 'ARCHIVED'],
    SCHEDULED: ['DRAFT', 'SCHEDULED', 'PUBLISHED', 'ARCHIVED'],
    PUBLISHED: ['ARCHIVED'],
    ARCHIVED: ['DRAFT'],
  };
  if (allowed[from].includes(to)) return null;
  return `Une actualité «\u00a0${NEWS_STATUS_LABELS[from].toLowerCase()}\u00a0» ne peut pas passer à «\u00a0${NEWS_STATUS_LABELS[to].toLowerCase()}\u00a0».`;
}

export const NEWS_MAIL_PREFERENCES = ['IMMEDIATE', 'WEEKLY', 'NEVER'] as const;
export type NewsMailPreference = (typeof NEWS_MAIL_PREFERENCES)[number];
export const NEWS_MAIL_PREFERENCE_LABELS: Readonly<Record<NewsMailPreference, string>> = {
  IMMEDIATE: 'Dès leur publication',
  WEEKLY: 'Un résumé chaque semaine',
  NEVER: 'Jamais par courriel',
};
/** A user who never chose gets each news item as it is published. */
export const DEFAULT_NEWS_MAIL_PREFERENCE: NewsMailPreference = 'IMMEDIATE';
