// Demo data of partner relations: a year of news for partners (some targeted to hotels, to
// communes or to the committee, a draft and a scheduled one), three promotion actions from the
// office's 2018 report (Tour de l'Ain, Salon de la Montagne — full, with a waiting list — and
// Grand Ski, one place left), the office's published availability, a few dozen past meetings with
// staff's follow-up notes, and a confirmed meeting and a request for the demo partner.
// Deterministic (stable ids, dates relative to `now`) and idempotent (insert-or-skip).
import { parisDay, type NewsAudience, type NewsCategory, type OrganisationCategory } from '@extranet/domain';
import type { PrismaClient, Prisma } from '../../apps/api/src/generated/prisma/client.js';

const DAY = 86_400_000;

export interface RelationsSeedPartner {
  id: string;
  category: OrganisationCategory;
  communeCode: string;
  owner: { id: string };
}

export interface RelationsSeedOptions {
  partners: readonly RelationsSeedPartner[];
  staffIds: readonly string[];
  now: Date;
  id: (key: string) => string;
  log: (line: string) => void;
}

const NEWS: [NewsCategory, string, string, string][] = [
  ['CLIENTELE_FIGURES', 'Fréquentation de l’été : +8 % de nuitées', 'Les hébergeurs du Pays de Gex ont accueilli plus de visiteurs que l’an dernier.', 'Les **nuitées marchandes** progressent de 8 % sur juillet-août, portées par la clientèle suisse et belge.\n\n- Hôtels : +6 %\n- Meublés : +11 %\n- Campings : +4 %'],
  ['SECTOR_NEWS', 'Nouvelle réglementation des meublés de tourisme', 'Ce qui change pour la déclaration en mairie et le numéro d’enregistrement.', 'La loi renforce l’obligation de déclaration des meublés. Le **numéro d’enregistrement** devient obligatoire sur toutes les annonces.'],
  ['OFFICE_NEWS', 'L’office ouvre un bureau saisonnier à Lélex', 'De décembre à mars, un accueil au pied des pistes.', 'Le bureau saisonnier de Lélex accueille les visiteurs **tous les jours** de 9 h à 17 h pendant la saison d’hiver.'],
  ['TRAINING', 'Atelier : bien utiliser les avis clients', 'Une matinée pour répondre aux avis et valoriser votre établissement.', 'Atelier gratuit pour les partenaires, à l’office de Gex. Inscription auprès du service partenaires.'],
  ['CLIENTELE_FIGURES', 'Les clientèles étrangères en hausse', 'Suisses, Belges et Néerlandais en tête des visiteurs étrangers.', 'Les visiteurs étrangers représentent **38 %** des nuitées, contre 33 % l’an dernier.'],
  ['SECTOR_NEWS', 'Taxe de séjour : les tarifs de l’année prochaine', 'Le conseil communautaire a voté les tarifs applicables au 1er janvier.', 'Les tarifs par nuitée et par personne sont disponibles dans votre espace « Taxe de séjour ».'],
  ['OFFICE_NEWS', 'Le nouveau guide touristique est arrivé', 'Commandez vos exemplaires pour votre accueil.', 'Le guide 2027 est disponible en français, anglais et allemand. Passez le chercher dans l’un de nos bureaux.'],
  ['TRAINING', 'Formation : photographier son établissement', 'Des conseils simples pour des photos qui donnent envie.', 'Formation d’une demi-journée avec un photographe professionnel.'],
];

const AUDIENCES: { audience: NewsAudience; categories?: OrganisationCategory[]; communes?: string[] }[] = [
  { audience: 'ALL_PARTNERS' },
  { audience: 'CATEGORIES', categories: ['HOTEL', 'TOURIST_RESIDENCE'] },
  { audience: 'ALL_PARTNERS' },
  { audience: 'COMMUNES', communes: ['01210', '01247', '01104'] },
  { audience: 'CATEGORIES', categories: ['FURNISHED_LET'] },
  { audience: 'COMMITTEE' },
];

const NOTES = [
  ['Projet d’agrandissement (3 chambres). Souhaite être accompagné pour le classement.', 'Envoyer la grille de classement et les coordonnées d’Atout France.'],
  ['Satisfait du pack visibilité ; demande plus de photos sur sa fiche.', 'Proposer la séance photo du printemps.'],
  ['Difficultés de recrutement pour la saison d’hiver.', 'Relayer l’offre sur la page emploi saisonnier.'],
  ['Intéressé par le Salon de la Montagne l’an prochain.', 'Le prévenir à l’ouverture des inscriptions.'],
  ['Questions sur la taxe de séjour au réel.', 'Envoyer le guide déclaratif.'],
  ['Souhaite rejoindre le Comité Technique.', 'Présenter la candidature à la prochaine séance.'],
];

const day = (instant: Date) => new Date(`${parisDay(instant)}T00:00:00.000Z`);

export async function seedRelations(db: PrismaClient | Prisma.TransactionClient, options: RelationsSeedOptions): Promise<void> {
  const { partners, staffIds, now, id, log } = options;
  const author = staffIds[0] ?? null;

  // A year of news: one every ten days or so, the newest a few days ago; plus a draft and one
  // scheduled for next week.
  const news: Prisma.NewsItemCreateManyInput[] = [];
  for (let i = 0; i < 36; i++) {
    const [category, title, summary, body] = NEWS[i % NEWS.length]!;
    const target = AUDIENCES[i % AUDIENCES.length]!;
    const publishAt = new Date(now.getTime() - (3 + i * 10) * DAY - 6 * 3_600_000);
    news.push({
      id: id(`news:${i}`), title: i < NEWS.length ? title : `${title} (${Math.floor(i / NEWS.length) + 1})`, summary, body, category,
      status: i >= 30 ? 'ARCHIVED' : 'PUBLISHED', audience: target.audience, targetCategories: target.categories ?? [], targetCommunes: target.communes ?? [],
      publishAt, mailedAt: publishAt, createdById: author, createdAt: new Date(publishAt.getTime() - DAY),
    });
  }
  news.push({
    id: id('news:draft'), title: 'Bilan de la saison d’hiver', summary: 'Premiers chiffres de la saison.', body: 'À compléter avec les chiffres des remontées mécaniques.',
    category: 'CLIENTELE_FIGURES', status: 'DRAFT', audience: 'ALL_PARTNERS', createdById: author, createdAt: now,
  });
  news.push({
    id: id('news:scheduled'), title: 'Ouverture des inscriptions au Grand Ski', summary: 'Rejoignez le stand du Pays de Gex.', body: 'Les inscriptions ouvrent la semaine prochaine : **places limitées**.',
    category: 'OFFICE_NEWS', status: 'SCHEDULED', audience: 'CATEGORIES', targetCategories: ['HOTEL', 'TOURIST_RESIDENCE', 'ACTIVITY_PROVIDER'],
    publishAt: new Date(now.getTime() + 7 * DAY), createdById: author, createdAt: now,
  });
  await db.newsItem.createMany({ data: news, skipDuplicates: true });
  // Some partners opened the older items (staff's open counts); the demo partner keeps unread ones.
  const reads = news.slice(3, 30).flatMap((item, i) =>
    partners.slice(1 + (i % 7), 1 + (i % 7) + 12).map((p) => ({ newsId: item.id!, userId: p.owner.id, readAt: new Date((item.publishAt as Date).getTime() + DAY) })),
  );
  await db.newsRead.createMany({ data: reads, skipDuplicates: true });
  log(`${news.length} actualités, ${reads.length} lectures`);

  // Three promotion actions from the report.
  const startOf = (days: number) => day(new Date(now.getTime() + days * DAY));
  const actions: Prisma.PromotionActionCreateManyInput[] = [
    {
      id: id('action:tour-de-l-ain'), title: 'Tour de l’Ain — village départ à Gex', kind: 'EVENT', place: 'Gex, place de l’Appel du 18 juin',
      description: 'Un **stand partagé** au village départ de l’étape : dépliants, animations et dégustations pour les partenaires inscrits.',
      startsOn: startOf(150), endsOn: startOf(150), registrationDeadline: startOf(120), places: 12, partnerCostCents: null, categories: [], status: 'OPEN',
    },
    {
      id: id('action:salon-montagne'), title: 'Salon de la Montagne', kind: 'TRADE_SHOW', place: 'Lyon, Eurexpo',
      description: 'Trois jours sur le stand de la destination **Pays de Gex – Monts Jura** au salon grand public de la montagne.',
      startsOn: startOf(60), endsOn: startOf(62), registrationDeadline: startOf(30), places: 4, partnerCostCents: 35_000, categories: ['HOTEL', 'TOURIST_RESIDENCE', 'CAMPSITE', 'FURNISHED_LET', 'ACTIVITY_PROVIDER'], status: 'OPEN',
    },
    {
      id: id('action:grand-ski'), title: 'Grand Ski — salon des professionnels du ski', kind: 'TRADE_SHOW', place: 'Chambéry, Parc des expositions',
      description: 'Rencontres avec les tour-opérateurs européens du ski. Rendez-vous programmés sur le stand Monts Jura.',
      startsOn: startOf(75), endsOn: startOf(76), registrationDeadline: startOf(45), places: 3, partnerCostCents: 50_000, categories: ['HOTEL', 'TOURIST_RESIDENCE', 'ACTIVITY_PROVIDER'], status: 'OPEN',
    },
  ];
  await db.promotionAction.createMany({ data: actions, skipDuplicates: true });
  const eligible = (categories: OrganisationCategory[]) => partners.slice(1).filter((p) => categories.length === 0 || categories.includes(p.category));
  const registrations: Prisma.ActionRegistrationCreateManyInput[] = [];
  const plan: [string, number, number][] = [[actions[0]!.id!, 5, 0], [actions[1]!.id!, 4, 2], [actions[2]!.id!, 2, 0]];
  for (const [actionId, registered, waiting] of plan) {
    const action = actions.find((a) => a.id === actionId)!;
    eligible(action.categories as OrganisationCategory[]).slice(0, registered + waiting).forEach((p, i) => {
      registrations.push({
        id: id(`registration:${actionId}:${p.id}`), actionId, organisationId: p.id, status: i < registered ? 'REGISTERED' : 'WAITING',
        registeredById: p.owner.id, queuedAt: new Date(now.getTime() - (20 - i) * DAY),
      });
    });
  }
  await db.actionRegistration.createMany({ data: registrations, skipDuplicates: true });
  log(`${actions.length} actions de promotion, ${registrations.length} inscriptions`);

  // Availability: Tuesday and Thursday mornings of the next four weeks (9:00–12:00 in winter).
  const windows: Prisma.MeetingAvailabilityCreateManyInput[] = [];
  for (let d = 1; d <= 28; d++) {
    const date = day(new Date(now.getTime() + d * DAY));
    if (![2, 4].includes(date.getUTCDay())) continue;
    const startsAt = new Date(date.getTime() + 8 * 3_600_000);
    windows.push({ id: id(`availability:${d}`), startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000) });
  }
  await db.meetingAvailability.createMany({ data: windows, skipDuplicates: true });

  // A few dozen past meetings over the last year, each with its follow-up note.
  const meetings: Prisma.MeetingCreateManyInput[] = [];
  const notes: Prisma.MeetingNoteCreateManyInput[] = [];
  for (let i = 0; i < 36; i++) {
    const partner = partners[1 + ((i * 5) % (partners.length - 1))]!;
    const startsAt = new Date(day(new Date(now.getTime() - (7 + i * 10) * DAY)).getTime() + 9 * 3_600_000);
    const meetingId = id(`meeting:${i}`);
    meetings.push({
      id: meetingId, organisationId: partner.id, requestedById: partner.owner.id, subject: NOTES[i % NOTES.length]![0].split(';')[0]!.split('.')[0]!,
      place: (['OFFICE', 'PARTNER', 'VIDEO'] as const)[i % 3], preferredSlots: [startsAt], status: 'CONFIRMED', startsAt,
      createdAt: new Date(startsAt.getTime() - 10 * DAY),
    });
    const [text, nextSteps] = NOTES[i % NOTES.length]!;
    notes.push({
      id: id(`meeting-note:${i}`), meetingId, organisationId: partner.id, authorId: staffIds[1 + (i % Math.max(1, staffIds.length - 1))] ?? author,
      text, nextSteps, reminderOn: i < 6 ? day(new Date(now.getTime() + (i < 2 ? -(1 + i * 2) : 10 + i * 7) * DAY)) : null, createdAt: new Date(startsAt.getTime() + 3_600_000),
    });
  }
  // The demo partner: a confirmed meeting next week, and a request staff have to answer.
  const demo = partners[0];
  if (demo && windows.length >= 2) {
    meetings.push({
      id: id('meeting:demo-confirmed'), organisationId: demo.id, requestedById: demo.owner.id, subject: 'Préparer la saison d’été', place: 'OFFICE',
      preferredSlots: [windows[0]!.startsAt as Date], status: 'CONFIRMED', startsAt: windows[0]!.startsAt as Date, staffMessage: 'Rendez-vous au bureau de Gex.',
      createdAt: new Date(now.getTime() - 2 * DAY),
    });
    const other = partners[3]!;
    meetings.push({
      id: id('meeting:request'), organisationId: other.id, requestedById: other.owner.id, subject: 'Adhésion au pack visibilité', place: 'VIDEO',
      preferredSlots: [windows[1]!.startsAt as Date, new Date((windows[1]!.startsAt as Date).getTime() + 3_600_000)], status: 'REQUESTED', createdAt: new Date(now.getTime() - DAY),
    });
  }
  await db.meeting.createMany({ data: meetings, skipDuplicates: true });
  await db.meetingNote.createMany({ data: notes, skipDuplicates: true });
  log(`${windows.length} plages de disponibilité, ${meetings.length} rendez-vous, ${notes.length} notes de suivi`);
}
