import { Injectable } from '@nestjs/common';
import type { NewsCategory, NewsMailPreference, NewsReader, NewsStatus, NewsTarget, OrganisationCategory, Page } from '@extranet/domain';
import { Prisma } from '../../generated/prisma/client.js';
import { PrismaService } from '../../prisma/prisma.service.js';

export interface NewsRecord {
  id: string;
  title: string;
  summary: string;
  body: string;
  category: NewsCategory;
  status: NewsStatus;
  target: NewsTarget;
  publishAt: Date | null;
  mailedAt: Date | null;
  attachmentName: string | null;
  version: number;
  createdAt: Date;
  updatedAt: Date;
}

const select = {
  id: true, title: true, summary: true, body: true, category: true, status: true, audience: true, targetCategories: true,
  targetCommunes: true, publishAt: true, mailedAt: true, attachmentName: true, version: true, createdAt: true, updatedAt: true,
} as const;

type Row = Prisma.NewsItemGetPayload<{ select: typeof select }>;

function toRecord({ audience, targetCategories, targetCommunes, ...row }: Row): NewsRecord {
  return { ...row, target: { audience, categories: targetCategories as OrganisationCategory[], communes: targetCommunes } };
}

export interface NewsWrite {
  title: string;
  summary: string;
  body: string;
  category: NewsCategory;
  target: NewsTarget;
}

/** Someone who may get news by e-mail: an active account, its organisations and its choice. */
export interface NewsRecipient extends NewsReader {
  userId: string;
  email: string;
  name: string;
  preference: NewsMailPreference;
}

/** Published for readers: PUBLISHED, or SCHEDULED and due. */
function visibleAt(now: Date): Prisma.NewsItemWhereInput {
  return { OR: [{ status: 'PUBLISHED' }, { status: 'SCHEDULED', publishAt: { lte: now } }] };
}

/** The same rule as the domain's isTargeted, as a `where` for one reader. */
function targetedTo(reader: NewsReader): Prisma.NewsItemWhereInput {
  const partners = reader.organisations.filter((o) => o.category !== 'TOURISM_OFFICE');
  const or: Prisma.NewsItemWhereInput[] = [];
  if (partners.length) {
    or.push({ audience: 'ALL_PARTNERS' });
    or.push({ audience: 'CATEGORIES', targetCategories: { hasSome: [...new Set(partners.map((o) => o.category))] } });
    or.push({ audience: 'COMMUNES', targetCommunes: { hasSome: [...new Set(partners.map((o) => o.communeCode))] } });
  }
  if (reader.committee) or.push({ audience: 'COMMITTEE' });
  return or.length ? { OR: or } : { id: { in: [] } };
}

@Injectable()
export class NewsRepository {
  constructor(private readonly db: PrismaService) {}

  async create(data: NewsWrite, createdById: string, now: Date): Promise<NewsRecord> {
    const row = await this.db.client.newsItem.create({ data: { ...this.fields(data), createdById, createdAt: now }, select });
    return toRecord(row);
  }

  /** null when someone saved since `version` (the service answers CONFLICT). */
  async update(id: string, version: number, data: Partial<NewsWrite> & { status?: NewsStatus; publishAt?: Date | null }): Promise<NewsRecord | null> {
    const { count } = await this.db.client.newsItem.updateMany({
      where: { id, version },
      data: { ...('title' in data ? this.fields(data as NewsWrite) : {}), ...(data.status ? { status: data.status } : {}), ...('publishAt' in data ? { publishAt: data.publishAt } : {}), version: { increment: 1 } },
    });
    return count === 1 ? this.findById(id) : null;
  }

  private fields(data: NewsWrite) {
    return {
      title: data.title, summary: data.summary, body: data.body, category: data.category, audience: data.target.audience,
      targetCategories: [...data.target.categories], targetCommunes: [...data.target.communes],
    };
  }

  async findById(id: string): Promise<NewsRecord | null> {
    const row = await this.db.client.newsItem.findUnique({ where: { id }, select });
    return row ? toRecord(row) : null;
  }

  /** A published item, only if it targets the reader. */
  async findVisible(id: string, reader: NewsReader, now: Date): Promise<NewsRecord | null> {
    const row = await this.db.client.newsItem.findFirst({ where: { AND: [{ id }, visibleAt(now), targetedTo(reader)] }, select });
    return row ? toRecord(row) : null;
  }

  /** What a reader sees: published items targeting it, newest first, with whether it opened each. */
  async feed(reader: NewsReader, userId: string, now: Date, page: Page, unreadOnly: boolean) {
    const where: Prisma.NewsItemWhereInput = { AND: [visibleAt(now), targetedTo(reader), ...(unreadOnly ? [{ reads: { none: { userId } } }] : [])] };
    const [rows, total, unread] = await Promise.all([
      this.db.client.newsItem.findMany({
        where, select: { ...select, reads: { where: { userId }, select: { readAt: true } } },
        orderBy: [{ publishAt: 'desc' }, { id: 'desc' }], skip: page.offset, take: page.limit,
      }),
      this.db.client.newsItem.count({ where }),
      this.db.client.newsItem.count({ where: { AND: [visibleAt(now), targetedTo(reader), { reads: { none: { userId } } }] } }),
    ]);
    return { items: rows.map(({ reads, ...row }) => ({ ...toRecord(row), readAt: reads[0]?.readAt ?? null })), total, unread };
  }

  /** Every item for staff, newest first, with how many users opened it. */
  async list(status: NewsStatus | null, page: Page) {
    const where: Prisma.NewsItemWhereInput = status ? { status } : {};
    const [rows, total] = await Promise.all([
      this.db.client.newsItem.findMany({ where, select: { ...select, _count: { select: { reads: true } } }, orderBy: [{ updatedAt: 'desc' }, { id: 'desc' }], skip: page.offset, take: page.limit }),
      this.db.client.newsItem.count({ where }),
    ]);
    return { items: rows.map(({ _count, ...row }) => ({ ...toRecord(row), openCount: _count.reads })), total };
  }

  async attachmentOf(id: string): Promise<{ key: string; name: string; type: string } | null> {
    const row = await this.db.client.newsItem.findUnique({ where: { id }, select: { attachmentKey: true, attachmentName: true, attachmentType: true } });
    return row?.attachmentKey ? { key: row.attachmentKey, name: row.attachmentName ?? 'piece-jointe', type: row.attachmentType ?? 'application/octet-stream' } : null;
  }

  async setAttachment(id: string, attachment: { key: string; name: string; type: string }): Promise<void> {
    await this.db.client.newsItem.update({ where: { id }, data: { attachmentKey: attachment.key, attachmentName: attachment.name, attachmentType: attachment.type }, select: { id: true } });
  }

  async openCount(newsId: string): Promise<number> {
    return this.db.client.newsRead.count({ where: { newsId } });
  }

  async readAt(newsId: string, userId: string): Promise<Date | null> {
    const row = await this.db.client.newsRead.findUnique({ where: { newsId_userId: { newsId, userId } }, select: { readAt: true } });
    return row?.readAt ?? null;
  }

  /** Records the first opening only; a second one changes nothing. */
  async markRead(newsId: string, userId: string, now: Date): Promise<Date> {
    await this.db.client.$executeRaw`
      INSERT INTO "news_read" ("news_id", "user_id", "read_at") VALUES (${newsId}::uuid, ${userId}::uuid, ${now.toISOString()}::timestamptz)
      ON CONFLICT DO NOTHING`;
    return (await this.readAt(newsId, userId))!;
  }

  /** The organisations and committee seat that decide what a user reads. */
  async readerOf(user: { memberships: { organisationId: string }[]; globalRoles: string[] }): Promise<NewsReader> {
    const organisations = user.memberships.length
      ? await this.db.client.organisation.findMany({ where: { id: { in: user.memberships.map((m) => m.organisationId) } }, select: { category: true, communeCode: true } })
      : [];
    return { organisations, committee: user.globalRoles.includes('COMMITTEE_MEMBER') };
  }

  /** Every active account that could be targeted by some news item, with its e-mail choice. */
  async recipients(): Promise<NewsRecipient[]> {
    const users = await this.db.client.user.findMany({
      where: { active: true, OR: [{ memberships: { some: {} } }, { globalRoles: { has: 'COMMITTEE_MEMBER' } }] },
      select: {
        id: true, email: true, name: true, globalRoles: true,
        memberships: { select: { organisation: { select: { category: true, communeCode: true } } } },
        newsMailSetting: { select: { preference: true } },
      },
      orderBy: { id: 'asc' },
    });
    return users.map((u) => ({
      userId: u.id, email: u.email, name: u.name,
      organisations: u.memberships.map((m) => m.organisation),
      committee: u.globalRoles.includes('COMMITTEE_MEMBER'),
      preference: u.newsMailSetting?.preference ?? 'IMMEDIATE',
    }));
  }

  /**
   * Marks published items whose immediate e-mails are not queued yet, in one statement: a second
   * call, or another instance's at the same moment (it waits for this transaction), gets nothing.
   */
  async claimUnmailed(now: Date, ids?: string[]): Promise<NewsRecord[]> {
    const only = ids ? Prisma.sql` AND "id" = ANY(${ids}::uuid[])` : Prisma.empty;
    const claimed = await this.db.client.$queryRaw<{ id: string }[]>`
      UPDATE "news_item" SET "mailed_at" = ${now.toISOString()}::timestamptz
      WHERE "mailed_at" IS NULL
        AND ("status" = 'PUBLISHED' OR ("status" = 'SCHEDULED' AND "publish_at" <= ${now.toISOString()}::timestamptz))${only}
      RETURNING "id"`;
    if (!claimed.length) return [];
    const rows = await this.db.client.newsItem.findMany({ where: { id: { in: claimed.map((c) => c.id) } }, select, orderBy: { publishAt: 'asc' } });
    return rows.map(toRecord);
  }

  /** Items published in (from, to], for a digest. */
  async publishedBetween(from: Date, to: Date): Promise<NewsRecord[]> {
    const rows = await this.db.client.newsItem.findMany({
      where: { status: { in: ['PUBLISHED', 'SCHEDULED'] }, publishAt: { gt: from, lte: to } },
      select, orderBy: { publishAt: 'asc' },
    });
    return rows.map(toRecord);
  }

  /** Records this week's digest for the user; false when it already has one (nothing to send). */
  async claimDigest(userId: string, weekStart: string, items: number, now: Date): Promise<boolean> {
    const inserted = await this.db.client.$executeRaw`
      INSERT INTO "news_digest" ("user_id", "week_start", "items", "sent_at") VALUES (${userId}::uuid, ${weekStart}::date, ${items}, ${now.toISOString()}::timestamptz)
      ON CONFLICT DO NOTHING`;
    return inserted === 1;
  }

  /** When each user's last digest went out: the next one starts from there. */
  async lastDigests(userIds: string[]): Promise<Map<string, Date>> {
    const rows = await this.db.client.newsDigest.groupBy({ by: ['userId'], where: { userId: { in: userIds } }, _max: { sentAt: true } });
    return new Map(rows.map((r) => [r.userId, r._max.sentAt!]));
  }

  async preferenceOf(userId: string): Promise<NewsMailPreference> {
    const row = await this.db.client.newsMailSetting.findUnique({ where: { userId }, select: { preference: true } });
    return row?.preference ?? 'IMMEDIATE';
  }

  async setPreference(userId: string, preference: NewsMailPreference): Promise<void> {
    await this.db.client.newsMailSetting.upsert({ where: { userId }, create: { userId, preference }, update: { preference }, select: { userId: true } });
  }

  async userExists(userId: string): Promise<boolean> {
    return (await this.db.client.user.count({ where: { id: userId } })) === 1;
  }
}
