// The administrators' screens the committee needed: every user with their global roles (changed
// through the existing audited `setGlobalRoles`), and the audit trail filtered by user, action and
// date (`audit.read`). Read-only here; nothing in this file writes.
import { Injectable } from '@nestjs/common';
import { Args, Field, ID, InputType, Int, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { IsOptional, MaxLength } from 'class-validator';
import { DomainError, isCommitteeDay, type GlobalRole } from '@extranet/domain';
import { Allow } from '../common/auth/decorators.js';
import { GlobalRoleEnum } from '../common/graphql-enums.js';
import { JsonScalar } from '../common/json.scalar.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import type { Prisma } from '../generated/prisma/client.js';
import { PrismaService } from '../prisma/prisma.service.js';

@ObjectType()
export class AdminUser {
  @Field(() => ID) id: string;
  @Field() email: string;
  @Field() name: string;
  @Field() active: boolean;
  @Field(() => [GlobalRoleEnum]) globalRoles: GlobalRole[];
  @Field(() => [String]) organisations: string[];
}

@ObjectType()
export class AdminUserPage {
  @Field(() => [AdminUser]) items: AdminUser[];
  @Field(() => Int) total: number;
}

@ObjectType()
export class AuditEventEntry {
  @Field(() => ID) id: string;
  @Field() at: Date;
  @Field(() => String, { nullable: true }) actorEmail: string | null;
  @Field() action: string;
  @Field() outcome: string;
  @Field(() => String, { nullable: true }) objectType: string | null;
  @Field(() => String, { nullable: true }) objectId: string | null;
  @Field(() => String, { nullable: true }) requestId: string | null;
  @Field(() => JsonScalar, { nullable: true }) detail: unknown;
}

@ObjectType()
export class AuditEventPage {
  @Field(() => [AuditEventEntry]) items: AuditEventEntry[];
  @Field(() => Int) total: number;
}

const tooLong = { message: 'Texte trop long.' };

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'Part of the e-mail address of the person who acted.' }) @IsOptional() @MaxLength(200, tooLong) user?: string | null;
  @Field(() => String, { nullable: true, description: 'The action or its beginning, e.g. `user.` or `access.`.' }) @IsOptional() @MaxLength(100, tooLong) action?: string | null;
  @Field(() => String, { nullable: true, description: 'First day, YYYY-MM-DD.' }) @IsOptional() @MaxLength(40, tooLong) from?: string | null;
  @Field(() => String, { nullable: true, description: 'Last day, YYYY-MM-DD.' }) @IsOptional() @MaxLength(40, tooLong) to?: string | null;
}

const DAY_MESSAGE = 'Date invalide : utilisez le format AAAA-MM-JJ.';

@Injectable()
export class AdminRepository {
  constructor(private readonly db: PrismaService) {}

  async users(search: string | null, page: { offset: number; limit: number }): Promise<AdminUserPage> {
    const where: Prisma.UserWhereInput = search ? { OR: [{ name: { contains: search, mode: 'insensitive' } }, { email: { contains: search, mode: 'insensitive' } }] } : {};
    const [rows, total] = await Promise.all([
      this.db.client.user.findMany({
        where, orderBy: [{ name: 'asc' }, { id: 'asc' }], skip: page.offset, take: page.limit,
        select: { id: true, email: true, name: true, active: true, globalRoles: true, memberships: { select: { organisation: { select: { name: true } } } } },
      }),
      this.db.client.user.count({ where }),
    ]);
    return { total, items: rows.map(({ memberships, ...u }) => ({ ...u, organisations: memberships.map((m) => m.organisation.name) })) };
  }

  async audit(filter: AuditFilter, page: { offset: number; limit: number }): Promise<AuditEventPage> {
    const errors = [
      ...(filter.from && !isCommitteeDay(filter.from) ? [{ field: 'filter.from', message: DAY_MESSAGE }] : []),
      ...(filter.to && !isCommitteeDay(filter.to) ? [{ field: 'filter.to', message: DAY_MESSAGE }] : []),
    ];
    if (errors.length) throw DomainError.badInput(errors);
    const at: Prisma.DateTimeFilter = {};
    if (filter.from) at.gte = new Date(`${filter.from}T00:00:00Z`);
    if (filter.to) at.lt = new Date(new Date(`${filter.to}T00:00:00Z`).getTime() + 86_400_000);
    const where: Prisma.AuditEventWhereInput = {
      ...(filter.user?.trim() ? { actorEmail: { contains: filter.user.trim().toLowerCase() } } : {}),
      ...(filter.action?.trim() ? { action: { startsWith: filter.action.trim() } } : {}),
      ...(filter.from || filter.to ? { at } : {}),
    };
    const [rows, total] = await Promise.all([
      this.db.client.auditEvent.findMany({
        where, orderBy: { id: 'desc' }, skip: page.offset, take: page.limit,
        select: { id: true, at: true, actorEmail: true, action: true, outcome: true, objectType: true, objectId: true, requestId: true, detail: true },
      }),
      this.db.client.auditEvent.count({ where }),
    ]);
    return { total, items: rows.map((r) => ({ ...r, id: r.id.toString() })) };
  }
}

@Resolver()
export class AdminResolver {
  constructor(private readonly repo: AdminRepository) {}

  @Allow('role.assign')
  @Query(() => AdminUserPage, { description: 'Administrators: every account with its global roles.' })
  adminUsers(@Args('search', { type: () => String, nullable: true }) search: string | null, @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null) {
    if (search && search.length > 200) throw DomainError.badInput([{ field: 'search', message: 'Texte trop long.' }]);
    return this.repo.users(search?.trim() || null, checkedPage(page));
  }

  @Allow('audit.read')
  @Query(() => AuditEventPage, { description: 'Administrators: the audit trail, newest first.' })
  auditEvents(@Args('filter', { type: () => AuditFilter, nullable: true }) filter: AuditFilter | null, @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null) {
    return this.repo.audit(filter ?? {}, checkedPage(page));
  }
}
