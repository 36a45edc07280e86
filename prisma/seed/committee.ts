// Demo data of the technical committee: the 2018 sessions (the first on marketing strategy and a
// five-year action plan), their agendas, a generated PDF (pdfkit) stored like an upload, published
// minutes, recommendations in every state the board can leave them, attendance answers and reading
// confirmations from part of the 20 members. Deterministic (stable ids, fixed dates, a PDF without
// a varying creation date) and idempotent (upserts, insert-or-skip; the file is rewritten as is).
import { createHash } from 'node:crypto';
import PDFDocument from 'pdfkit';
import type { Prisma, PrismaClient } from '../../apps/api/src/generated/prisma/client.js';
import type { Env } from '../../apps/api/src/config/env.js';
import { FileStorage } from '../../apps/api/src/storage/file-storage.js';

type Db = PrismaClient | Prisma.TransactionClient;
type Status = 'PROPOSED' | 'PRESENTED' | 'ADOPTED' | 'ADJOURNED' | 'REJECTED';

interface SeedSession {
  key: string;
  theme: string;
  date: string;
  startTime: string;
  place: string | null;
  videoLink?: string;
  status: 'PLANNED' | 'HELD' | 'MINUTES_PUBLISHED';
  agenda: [string, string?][];
  minutes?: string;
  recommendations: { text: string; theme: string; proposer: string; decisions: [Status, string, string?][] }[];
}

const SESSIONS: SeedSession[] = [
  {
    key: '2018-03', theme: 'Stratégie marketing et plan d’actions à cinq ans', date: '2018-03-15', startTime: '14:00',
    place: 'Office de Tourisme du Pays de Gex, Divonne-les-Bains', status: 'MINUTES_PUBLISHED',
    agenda: [
      ['Accueil et présentation des membres du Comité Technique'],
      ['Bilan de fréquentation 2017', 'Nuitées, origine des visiteurs, saisonnalité.'],
      ['Stratégie marketing de la destination', 'Positionnement « Pays de Gex – Monts Jura », cibles prioritaires.'],
      ['Plan d’actions 2018-2022', 'Cinq axes : numérique, offre, accueil, événements, partenaires.'],
      ['Questions diverses'],
    ],
    minutes: `# Compte rendu de la séance du 15 mars 2018

**Présents :** 14 membres du Comité Technique, la directrice de l’Office et deux chargés de mission.

## Bilan 2017
La fréquentation progresse de 4 % ; la clientèle d’affaires genevoise reste la première en semaine.

## Stratégie marketing
Le comité approuve le positionnement *nature et grands espaces aux portes de Genève* et demande
que les hébergeurs soient associés aux campagnes.

## Plan d’actions à cinq ans
Les cinq axes sont retenus. Le comité propose trois recommandations au Comité de Direction (voir ci-dessous).
`,
    recommendations: [
      { text: 'Créer un pass touristique réunissant sites, activités et transports du Pays de Gex.', theme: 'Offre', proposer: 'Commission hébergement', decisions: [['PRESENTED', '2018-04-05'], ['ADOPTED', '2018-06-14', 'Budget inscrit pour 2019.']] },
      { text: 'Refondre le site web de la destination avec un moteur de réservation.', theme: 'Numérique', proposer: 'Commission numérique', decisions: [['PRESENTED', '2018-04-05'], ['ADJOURNED', '2018-04-05', 'À revoir après l’appel d’offres régional.']] },
      { text: 'Organiser un éductour annuel pour les partenaires.', theme: 'Partenaires', proposer: 'Association des commerçants', decisions: [['PRESENTED', '2018-04-05'], ['REJECTED', '2018-06-14', 'Coût jugé trop élevé au regard du budget.']] },
    ],
  },
  {
    key: '2018-06', theme: 'Accueil des visiteurs et saison estivale', date: '2018-06-21', startTime: '18:00',
    place: 'Salle du conseil, Gex', status: 'MINUTES_PUBLISHED',
    agenda: [['Bilan des points d’information touristique'], ['Animations de l’été', 'Marchés, randonnées accompagnées, festival.'], ['Signalétique des sentiers']],
    minutes: `# Compte rendu de la séance du 21 juin 2018

Le comité a fait le point sur l’accueil hors les murs et les animations de l’été.

- Les randonnées accompagnées sont reconduites chaque jeudi.
- La signalétique des sentiers doit être harmonisée avec le Parc naturel régional du Haut-Jura.
`,
    recommendations: [
      { text: 'Harmoniser la signalétique des sentiers avec le Parc naturel régional du Haut-Jura.', theme: 'Accueil', proposer: 'Commission activités de pleine nature', decisions: [['PRESENTED', '2018-07-05']] },
      { text: 'Ouvrir le point d’information de Col de la Faucille le week-end en hiver.', theme: 'Accueil', proposer: 'Hébergeurs de la station', decisions: [] },
    ],
  },
  {
    key: '2018-10', theme: 'Numérique et commercialisation', date: '2018-10-11', startTime: '14:30',
    place: null, videoLink: 'https://visio.paysdegex.test/comite-technique', status: 'HELD',
    agenda: [['Fiches Apidae : qualité et fraîcheur des informations'], ['Réservation en ligne', 'Retour d’expérience de trois hébergeurs.']],
    recommendations: [{ text: 'Accompagner chaque partenaire dans la mise à jour annuelle de sa fiche.', theme: 'Numérique', proposer: 'Office de Tourisme', decisions: [] }],
  },
  {
    key: '2018-12', theme: 'Bilan de l’année et préparation 2019', date: '2018-12-13', startTime: '14:00',
    place: 'Office de Tourisme du Pays de Gex, Divonne-les-Bains', status: 'PLANNED',
    agenda: [['Bilan 2018'], ['Calendrier des séances 2019'], ['Suivi des recommandations']],
    recommendations: [],
  },
];

const day = (value: string) => new Date(`${value}T00:00:00Z`);

/** A PDF whose bytes depend only on `lines` (pdfkit's dates fixed). */
export function committeePdf(title: string, lines: string[]): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const fixed = new Date('2018-03-01T09:00:00Z');
    const doc = new PDFDocument({ size: 'A4', margin: 56, info: { Title: title, Author: 'Office de Tourisme du Pays de Gex', CreationDate: fixed, ModDate: fixed } });
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.fontSize(18).text(title).moveDown();
    doc.fontSize(11);
    for (const line of lines) doc.text(line).moveDown(0.5);
    doc.end();
  });
}

export async function seedCommittee(
  prisma: Db,
  options: { memberIds: string[]; staffId: string; id: (key: string) => string; dataDir?: string; log?: (line: string) => void },
): Promise<void> {
  const { memberIds, staffId, id } = options;
  const storage = new FileStorage({ DATA_DIR: options.dataDir ?? process.env.DATA_DIR ?? '.data' } as Env);
  for (const [s, session] of SESSIONS.entries()) {
    const sessionId = id(`committee:${session.key}`);
    const published = session.status === 'MINUTES_PUBLISHED';
    const fields = {
      theme: session.theme, date: day(session.date), startTime: session.startTime, place: session.place, videoLink: session.videoLink ?? null,
      status: session.status, minutesMarkdown: session.minutes ?? null,
      minutesPublishedAt: published ? new Date(day(session.date).getTime() + 14 * 86_400_000) : null,
    };
    // Insert-or-skip: a second run leaves the row (and its updatedAt) as it is.
    const createdAt = new Date(day(session.date).getTime() - 30 * 86_400_000);
    await prisma.committeeSession.upsert({ where: { id: sessionId }, create: { id: sessionId, ...fields, createdAt, updatedAt: createdAt }, update: {}, select: { id: true } });
    for (const [position, [title, description]] of session.agenda.entries()) {
      const item = { sessionId, position, title, description: description ?? null };
      await prisma.committeeAgendaItem.upsert({ where: { id: id(`committee:${session.key}:agenda:${position}`) }, create: { id: id(`committee:${session.key}:agenda:${position}`), ...item }, update: item, select: { id: true } });
    }
    // Every member invited; about two thirds answered, most of them present.
    await prisma.committeeParticipant.createMany({
      data: memberIds.map((userId, i) => {
        const answered = (i + s) % 3 !== 0;
        return { sessionId, userId, attendance: answered ? ((i + s) % 5 === 0 ? 'NO' as const : 'YES' as const) : null, answeredAt: answered ? day(session.date) : null };
      }),
      skipDuplicates: true,
    });
    // Reading confirmations from part of the members: 14 for the first session, 9 for the second (not the demo member's, who then finds unread minutes on their home).
    if (published) {
      const readers = s === 0 ? memberIds.slice(0, 14) : memberIds.slice(1, 10);
      await prisma.committeeReading.createMany({
        data: readers.map((userId, i) => ({ sessionId, userId, readAt: new Date(fields.minutesPublishedAt!.getTime() + (i + 1) * 3_600_000) })),
        skipDuplicates: true,
      });
    }
    for (const [r, rec] of session.recommendations.entries()) {
      const recId = id(`committee:${session.key}:recommendation:${r}`);
      const last = rec.decisions[rec.decisions.length - 1];
      const recFields = { sessionId, text: rec.text, theme: rec.theme, proposer: rec.proposer, status: last?.[0] ?? 'PROPOSED', decidedOn: last ? day(last[1]) : null, note: last?.[2] ?? null };
      await prisma.committeeRecommendation.upsert({ where: { id: recId }, create: { id: recId, ...recFields, createdAt: day(session.date) }, update: recFields, select: { id: true } });
      for (const [d, [status, date, note]] of rec.decisions.entries()) {
        const decisionId = id(`committee:${session.key}:recommendation:${r}:decision:${d}`);
        const decision = { recommendationId: recId, status, date: day(date), note: note ?? null, recordedById: staffId, recordedAt: day(date) };
        await prisma.committeeDecision.upsert({ where: { id: decisionId }, create: { id: decisionId, ...decision }, update: decision, select: { id: true } });
      }
    }
  }

  // The first session's agenda as a PDF, stored like an upload (its text indexed for the search).
  const first = SESSIONS[0]!;
  const lines = first.agenda.map(([title, description], i) => `${i + 1}. ${title}${description ? ` — ${description}` : ''}`);
  const bytes = await committeePdf(`Comité Technique — ordre du jour du 15 mars 2018`, [`${first.theme}`, `Lieu : ${first.place}`, ...lines]);
  const storageName = createHash('sha256').update('extranet-demo:committee:agenda-pdf').digest('hex').slice(0, 32);
  await storage.put(bytes, storageName);
  const documentId = id('committee:2018-03:document:agenda');
  const sessionId = id('committee:2018-03');
  await prisma.committeeDocument.upsert({ where: { id: documentId }, create: { id: documentId, sessionId, kind: 'AGENDA', title: 'Ordre du jour', createdAt: day('2018-03-01') }, update: {}, select: { id: true } });
  const version = {
    documentId, version: 1, storageName, fileName: 'ordre-du-jour-2018-03-15.pdf', contentType: 'application/pdf', size: bytes.length,
    text: [first.theme, ...lines].join('\n'), uploadedById: staffId, publishedAt: day('2018-03-01'),
  };
  const versionId = id('committee:2018-03:document:agenda:v1');
  await prisma.committeeDocumentVersion.upsert({ where: { id: versionId }, create: { id: versionId, ...version }, update: version, select: { id: true } });
  options.log?.(`comité technique : ${SESSIONS.length} séances 2018`);
}
