// The technical committee's rules (Comité Technique): sessions and their agenda, documents,
// minutes, recommendations to the board (Comité de Direction) and what the board did with them.
// Validation returns every problem at once, in French, with the field's path; the API and the
// portal's forms call the same functions.
import type { FieldError, Result } from '../shared/domain-error.js';
import { singleLineProblem } from '../shared/text.js';

export const COMMITTEE_LIMITS = {
  theme: 200,
  place: 300,
  videoLink: 500,
  agendaItems: 30,
  agendaTitle: 200,
  agendaDescription: 2000,
  documentTitle: 200,
  minutes: 100_000,
  recommendationText: 4000,
  recommendationTheme: 100,
  proposer: 200,
  decisionNote: 2000,
  searchQuery: 200,
  /** 20 MiB per uploaded document. */
  documentBytes: 20 * 1024 * 1024,
} as const;

// ── Sessions ────────────────────────────────────────────────────────────────────────────────────

export const SESSION_STATUSES = ['PLANNED', 'HELD', 'MINUTES_PUBLISHED'] as const;
export type SessionStatus = (typeof SESSION_STATUSES)[number];
export const SESSION_STATUS_LABELS: Readonly<Record<SessionStatus, string>> = {
  PLANNED: 'Prévue',
  HELD: 'Tenue',
  MINUTES_PUBLISHED: 'Compte rendu publié',
};

/** A session is planned, then held, then its minutes are published: one step at a time. */
const SESSION_NEXT: Readonly<Record<SessionStatus, readonly SessionStatus[]>> = {
  PLANNED: ['HELD'],
  HELD: ['MINUTES_PUBLISHED'],
  MINUTES_PUBLISHED: [],
};

/** The French reason a session cannot go from `from` to `to`, or null when it can. */
export function sessionTransitionProblem(from: SessionStatus, to: SessionStatus): string | null {
  if (SESSION_NEXT[from].includes(to)) return null;
  if (from === to) return `La séance est déjà au statut «\u00a0${SESSION_STATUS_LABELS[to]}\u00a0».`;
  if (from === 'PLANNED' && to === 'MINUTES_PUBLISHED') return 'Marquez d’abord la séance comme tenue avant d’en publier le compte rendu.';
  return `Une séance au statut «\u00a0${SESSION_STATUS_LABELS[from]}\u00a0» ne peut pas passer au statut «\u00a0${SESSION_STATUS_LABELS[to]}\u00a0».`;
}

export const ATTENDANCE_ANSWERS = ['YES', 'NO'] as const;
export type AttendanceAnswer = (typeof ATTENDANCE_ANSWERS)[number];
export const ATTENDANCE_LABELS: Readonly<Record<AttendanceAnswer, string>> = { YES: 'Présent', NO: 'Absent' };

export interface AgendaItemInput {
  title: string;
  description?: string | null;
}

export interface SessionInput {
  theme: string;
  /** A calendar day, `YYYY-MM-DD`. */
  date: string;
  /** `HH:MM`, optional. */
  startTime?: string | null;
  place?: string | null;
  videoLink?: string | null;
  agenda: AgendaItemInput[];
}

const DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME = /^([01]\d|2[0-3]):([0-5]\d)$/;
const LINK = /^https:\/\/[^\s/?#]+\.[^\s/?#]+(?:[/?#]\S*)?$/i;

export function isCommitteeDay(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  const match = DAY.exec(value);
  if (!match) return false;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return date.toISOString().slice(0, 10) === value;
}

const blank = (value: string | null | undefined) => (value ?? '').trim() === '';
const orNull = (value: string | null | undefined) => (blank(value) ? null : value!.trim());

function line(errors: FieldError[], field: string, value: string, max: number, what: string, required = true): void {
  if (value === '') {
    if (required) errors.push({ field, message: `${what} est obligatoire.` });
    return;
  }
  if (value.length > max) errors.push({ field, message: `${what} ne doit pas dépasser ${max} caractères.` });
  const problem = singleLineProblem(value);
  if (problem) errors.push({ field, message: problem.replace('Ce nom', `${what}`) });
}

function long(errors: FieldError[], field: string, value: string, max: number, what: string, required = true): void {
  if (value === '') {
    if (required) errors.push({ field, message: `${what} est obligatoire.` });
    return;
  }
  if (value.length > max) errors.push({ field, message: `${what} ne doit pas dépasser ${max} caractères.` });
}

/** Trims and checks a session: theme, day, time, place or video link, and its agenda. */
export function validateSession(input: SessionInput): Result<SessionInput> {
  const errors: FieldError[] = [];
  const theme = (input.theme ?? '').trim();
  line(errors, 'theme', theme, COMMITTEE_LIMITS.theme, 'Le thème');
  const date = (input.date ?? '').trim();
  if (date === '') errors.push({ field: 'date', message: 'La date est obligatoire.' });
  else if (!isCommitteeDay(date)) errors.push({ field: 'date', message: 'Date invalide\u00a0: utilisez le format AAAA-MM-JJ (par exemple 2018-03-15).' });
  const startTime = orNull(input.startTime);
  if (startTime !== null && !TIME.test(startTime)) errors.push({ field: 'startTime', message: 'Heure invalide\u00a0: utilisez le format HH:MM (par exemple 14:30).' });
  const place = orNull(input.place);
  if (place !== null) line(errors, 'place', place, COMMITTEE_LIMITS.place, 'Le lieu');
  const videoLink = orNull(input.videoLink);
  if (videoLink !== null) {
    if (videoLink.length > COMMITTEE_LIMITS.videoLink) errors.push({ field: 'videoLink', message: `Le lien de visioconférence ne doit pas dépasser ${COMMITTEE_LIMITS.videoLink} caractères.` });
    else if (!LINK.test(videoLink)) errors.push({ field: 'videoLink', message: 'Le lien de visioconférence doit être une adresse https:// complète.' });
  }
  if (place === null && videoLink === null) errors.push({ field: 'place', message: 'Indiquez un lieu ou un lien de visioconférence.' });
  const items = input.agenda ?? [];
  if (items.length > COMMITTEE_LIMITS.agendaItems) errors.push({ field: 'agenda', message: `L’ordre du jour compte au plus ${COMMITTEE_LIMITS.agendaItems} points.` });
  const agenda = items.map((item, i) => {
    const title = (item.title ?? '').trim();
    line(errors, `agenda.${i}.title`, title, COMMITTEE_LIMITS.agendaTitle, 'Le titre du point');
    const description = orNull(item.description);
    if (description !== null) long(errors, `agenda.${i}.description`, description, COMMITTEE_LIMITS.agendaDescription, 'La description du point');
    return { title, description };
  });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { theme, date, startTime, place, videoLink, agenda } };
}

// ── Documents ───────────────────────────────────────────────────────────────────────────────────

export const DOCUMENT_KINDS = ['AGENDA', 'PRESENTATION', 'MINUTES', 'ANNEX'] as const;
export type DocumentKind = (typeof DOCUMENT_KINDS)[number];
export const DOCUMENT_KIND_LABELS: Readonly<Record<DocumentKind, string>> = {
  AGENDA: 'Ordre du jour',
  PRESENTATION: 'Présentation',
  MINUTES: 'Compte rendu',
  ANNEX: 'Annexe',
};

export function isDocumentKind(value: unknown): value is DocumentKind {
  return typeof value === 'string' && (DOCUMENT_KINDS as readonly string[]).includes(value);
}

/**
 * What a document may be, by its content (the `file-type` package's answer): PDF, office documents
 * (Office Open XML, OpenDocument) and images. Office 97 files (.doc, .xls) cannot be told apart by
 * their content, so they are refused: save them again as .docx, .xlsx or PDF.
 */
export const DOCUMENT_TYPES: Readonly<Record<string, { extension: string; label: string }>> = {
  'application/pdf': { extension: 'pdf', label: 'PDF' },
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document': { extension: 'docx', label: 'Word' },
  'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet': { extension: 'xlsx', label: 'Excel' },
  'application/vnd.openxmlformats-officedocument.presentationml.presentation': { extension: 'pptx', label: 'PowerPoint' },
  'application/vnd.oasis.opendocument.text': { extension: 'odt', label: 'OpenDocument texte' },
  'application/vnd.oasis.opendocument.spreadsheet': { extension: 'ods', label: 'OpenDocument tableur' },
  'application/vnd.oasis.opendocument.presentation': { extension: 'odp', label: 'OpenDocument présentation' },
  'image/jpeg': { extension: 'jpg', label: 'JPEG' },
  'image/png': { extension: 'png', label: 'PNG' },
  'image/webp': { extension: 'webp', label: 'WebP' },
};

export const DOCUMENT_TYPE_REFUSED = 'Envoyez un PDF, un document bureautique (Word, Excel, PowerPoint, OpenDocument) ou une image (JPEG, PNG, WebP).';

export interface DocumentMetaInput {
  title: string;
  kind: string;
}

export function validateDocumentMeta(input: DocumentMetaInput): Result<{ title: string; kind: DocumentKind }> {
  const errors: FieldError[] = [];
  const title = (input.title ?? '').trim();
  line(errors, 'title', title, COMMITTEE_LIMITS.documentTitle, 'Le titre');
  if (!isDocumentKind(input.kind)) errors.push({ field: 'kind', message: 'Type de document inconnu\u00a0: ordre du jour, présentation, compte rendu ou annexe.' });
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { title, kind: input.kind as DocumentKind } };
}

/**
 * The name a download is offered under: the client's name reduced to its last segment and to
 * letters, digits, spaces, dots, dashes and underscores, with the extension of the checked type.
 * `../../x` becomes `x.pdf`; nothing of it is ever a path on the server.
 */
export function safeDownloadName(original: string, extension: string): string {
  const last = (original ?? '').split(/[\\/]/).pop() ?? '';
  const stem = last
    .normalize('NFC')
    .replace(/\.[^.]*$/, '')
    .replace(/[^\p{L}\p{N} ._-]/gu, '')
    .replace(/^[.\s]+/, '')
    .trim()
    .slice(0, 100);
  return `${stem || 'document'}.${extension}`;
}

// ── Minutes ─────────────────────────────────────────────────────────────────────────────────────

export function validateMinutes(markdown: string | null | undefined): Result<string | null> {
  const text = (markdown ?? '').trim();
  if (text === '') return { ok: true, value: null };
  if (text.length > COMMITTEE_LIMITS.minutes) return { ok: false, errors: [{ field: 'markdown', message: `Le compte rendu ne doit pas dépasser ${COMMITTEE_LIMITS.minutes} caractères.` }] };
  return { ok: true, value: text };
}

export const MINUTES_MISSING = 'Rédigez le compte rendu ou envoyez-le en PDF avant de le publier.';

// ── Recommendations ─────────────────────────────────────────────────────────────────────────────

export const RECOMMENDATION_STATUSES = ['PROPOSED', 'PRESENTED', 'ADOPTED', 'ADJOURNED', 'REJECTED'] as const;
export type RecommendationStatus = (typeof RECOMMENDATION_STATUSES)[number];
export const RECOMMENDATION_STATUS_LABELS: Readonly<Record<RecommendationStatus, string>> = {
  PROPOSED: 'Proposée',
  PRESENTED: 'Présentée au Comité de Direction',
  ADOPTED: 'Adoptée',
  ADJOURNED: 'Ajournée',
  REJECTED: 'Rejetée',
};

/**
 * What the board may do next: a proposal is first presented; a presented one is adopted,
 * adjourned or rejected; an adjourned one may be presented again. Adopted and rejected are final.
 */
export const RECOMMENDATION_NEXT: Readonly<Record<RecommendationStatus, readonly RecommendationStatus[]>> = {
  PROPOSED: ['PRESENTED'],
  PRESENTED: ['ADOPTED', 'ADJOURNED', 'REJECTED'],
  ADJOURNED: ['PRESENTED'],
  ADOPTED: [],
  REJECTED: [],
};

export function isRecommendationStatus(value: unknown): value is RecommendationStatus {
  return typeof value === 'string' && (RECOMMENDATION_STATUSES as readonly string[]).includes(value);
}

export function recommendationTransitionProblem(from: RecommendationStatus, to: RecommendationStatus): string | null {
  if (RECOMMENDATION_NEXT[from].includes(to)) return null;
  if (RECOMMENDATION_NEXT[from].length === 0) return `La recommandation est déjà ${RECOMMENDATION_STATUS_LABELS[from].toLowerCase()}\u00a0: sa décision est définitive.`;
  if (from === to) return `La recommandation est déjà au statut «\u00a0${RECOMMENDATION_STATUS_LABELS[to]}\u00a0».`;
  const next = RECOMMENDATION_NEXT[from].map((s) => `«\u00a0${RECOMMENDATION_STATUS_LABELS[s]}\u00a0»`).join(', ');
  return `Une recommandation «\u00a0${RECOMMENDATION_STATUS_LABELS[from]}\u00a0» ne peut passer qu’à ${next}\u00a0: on ne saute pas d’étape.`;
}

export interface RecommendationInput {
  text: string;
  theme: string;
  proposer: string;
}

export function validateRecommendation(input: RecommendationInput): Result<RecommendationInput> {
  const errors: FieldError[] = [];
  const text = (input.text ?? '').trim();
  long(errors, 'text', text, COMMITTEE_LIMITS.recommendationText, 'Le texte de la recommandation');
  const theme = (input.theme ?? '').trim();
  line(errors, 'theme', theme, COMMITTEE_LIMITS.recommendationTheme, 'Le thème');
  const proposer = (input.proposer ?? '').trim();
  line(errors, 'proposer', proposer, COMMITTEE_LIMITS.proposer, 'L’auteur de la proposition');
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { text, theme, proposer } };
}

export interface DecisionInput {
  status: string;
  /** The day of the board's meeting, `YYYY-MM-DD`. */
  date: string;
  note?: string | null;
}

/** Checks a board decision on a recommendation currently at `current`. */
export function validateDecision(current: RecommendationStatus, input: DecisionInput): Result<{ status: RecommendationStatus; date: string; note: string | null }> {
  const errors: FieldError[] = [];
  if (!isRecommendationStatus(input.status)) errors.push({ field: 'status', message: 'Statut inconnu.' });
  else {
    const problem = recommendationTransitionProblem(current, input.status);
    if (problem) errors.push({ field: 'status', message: problem });
  }
  const date = (input.date ?? '').trim();
  if (date === '') errors.push({ field: 'date', message: 'La date est obligatoire.' });
  else if (!isCommitteeDay(date)) errors.push({ field: 'date', message: 'Date invalide\u00a0: utilisez le format AAAA-MM-JJ (par exemple 2018-03-15).' });
  const note = orNull(input.note);
  if (note !== null) long(errors, 'note', note, COMMITTEE_LIMITS.decisionNote, 'La note');
  if (errors.length) return { ok: false, errors };
  return { ok: true, value: { status: input.status as RecommendationStatus, date, note } };
}

/** A search query: trimmed, 2 to 200 characters. */
export function validateSearchQuery(query: string): Result<string> {
  const text = (query ?? '').trim();
  if (text.length < 2) return { ok: false, errors: [{ field: 'query', message: 'Tapez au moins deux caractères.' }] };
  if (text.length > COMMITTEE_LIMITS.searchQuery) return { ok: false, errors: [{ field: 'query', message: `La recherche ne doit pas dépasser ${COMMITTEE_LIMITS.searchQuery} caractères.` }] };
  return { ok: true, value: text };
}
