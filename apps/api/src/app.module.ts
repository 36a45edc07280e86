import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloDriver, type ApolloDriverConfig } from '@nestjs/apollo';
import { Module, type DynamicModule } from '@nestjs/common';
import { GraphQLModule } from '@nestjs/graphql';
import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { Request, Response } from 'express';
import { GraphQLError, type ValidationRule } from 'graphql';
import { AuditModule } from './audit/audit.module.js';
import { AuthModule } from './auth/auth.module.js';
import { CommitteeModule } from './committee/committee.module.js';
import { CommonModule } from './common/common.module.js';
import { toGraphQLError } from './common/errors/error-table.js';
import { ENV, type Env } from './config/env.js';
import { HealthModule } from './health/health.module.js';
import { InvitationsModule } from './invitations/invitations.module.js';
import { ApidaeModule } from './listings/apidae/apidae.module.js';
import { ListingsModule } from './listings/listings.module.js';
import { MailModule } from './mail/mail.module.js';
import { OrganisationsModule } from './organisations/organisations.module.js';
import { PacksModule } from './packs/packs.module.js';
import { PhotosModule } from './photos/photos.module.js';
import { PrismaModule } from './prisma/prisma.module.js';
import { RelationsModule } from './relations/relations.module.js';
import { TouristTaxModule } from './tourist-tax/tourist-tax.module.js';
import { UsersModule } from './users/users.module.js';

/** GraphQL abuse limits from docs/security: depth, aliases, cost, tokens, no field suggestions. */
function armor() {
  return new ApolloArmor({
    maxDepth: { n: 8 },
    // No alias allow-list: graphql-armor's default lets any number of `__typename` aliases through.
    maxAliases: { n: 15, allowList: [] },
    costLimit: { maxCost: 5000 },
    // Token limit enforced by graphql-js's parser instead (parseOptions below): armor's plugin
    // throws outside Apollo's error handling, turning a malformed query into a 500.
    maxTokens: { enabled: false },
    maxDirectives: { n: 5 },
    blockFieldSuggestion: { enabled: true },
  }).protect();
}

/** The schema has no subscriptions: say so at validation (a 400), not as an execution crash (a 500). */
const noSubscriptions: ValidationRule = (context) => ({
  OperationDefinition(node) {
    if (node.operation === 'subscription') {
      context.reportError(new GraphQLError('Cette API ne propose pas d’abonnements (subscription).', { nodes: [node] }));
    }
  },
});

@Module({})
export class AppModule {
  /** `schemaFile`: where to write the SDL (the schema CLI); otherwise the schema stays in memory. */
  static forRoot(env: Env, options: { schemaFile?: string } = {}): DynamicModule {
    const protection = armor();
    return {
      module: AppModule,
      global: true,
      providers: [{ provide: ENV, useValue: env }],
      exports: [ENV],
      imports: [
        GraphQLModule.forRoot<ApolloDriverConfig>({
          driver: ApolloDriver,
          path: '/graphql',
          autoSchemaFile: options.schemaFile ?? true,
          sortSchema: true,
          introspection: env.NODE_ENV !== 'production',
          playground: false,
          parseOptions: { maxTokens: 2000 },
          csrfPrevention: true,
          // Automatic persisted queries are a cache nobody here uses; a bogus hash then answered a 500.
          persistedQueries: false,
          allowBatchedHttpRequests: false,
          includeStacktraceInErrorResponses: false,
          context: ({ req, res }: { req: Request; res: Response }) => ({ req, res }),
          formatError: toGraphQLError,
          // graphql-armor's types come from the CommonJS build of @apollo/server, ours from the ESM one.
          // Apollo's cache-control plugin, on by default, wraps every field's resolver to collect cache
          // hints that no response here carries (GraphQL answers are per user, never cached).
          plugins: [ApolloServerPluginCacheControlDisabled(), ...protection.plugins] as NonNullable<ApolloDriverConfig['plugins']>,
          validationRules: [...protection.validationRules, noSubscriptions],
        }),
        PrismaModule,
        AuditModule,
        CommonModule,
        MailModule,
        AuthModule,
        OrganisationsModule,
        InvitationsModule,
        ListingsModule,
        ApidaeModule,
        PhotosModule,
        TouristTaxModule,
        PacksModule,
        CommitteeModule,
        RelationsModule,
        UsersModule,
        HealthModule,
      ],
    };
  }
}
