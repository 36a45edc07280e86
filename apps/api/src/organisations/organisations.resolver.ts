import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { IdPipe } from '../common/id.pipe.js';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import { OrganisationFilter, UpdateOrganisationInput } from './dto/organisation.inputs.js';
import { Organisation, OrganisationPage } from './models/organisation.model.js';
import { OrganisationsService } from './organisations.service.js';

@Resolver(() => Organisation)
export class OrganisationsResolver {
  constructor(private readonly service: OrganisationsService) {}

  @Allow('organisation.read')
  @Query(() => Organisation, { description: "The caller's own organisation, or any for staff." })
  organisation(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.get(user, id);
  }

  @Allow('organisation.list')
  @Query(() => OrganisationPage)
  organisations(
    @CurrentUser() user: SessionUser,
    // Typed without `| null` so that its class reaches the validation pipe.
    @Args('filter', { type: () => OrganisationFilter, nullable: true }) filter: OrganisationFilter,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
    @Args('after', {
      type: () => String,
      nullable: true,
      description: 'A `nextCursor`: the page starts after it (then `page.offset` skips further).',
    })
    after: string | null,
  ) {
    return this.service.search(user, filter ?? {}, checkedPage(page), after);
  }

  @Allow('organisation.update')
  @Mutation(() => Organisation, { description: 'Fails with CONFLICT when `input.version` is no longer the stored one.' })
  updateOrganisation(
    @CurrentUser() user: SessionUser,
    @Args('id', { type: () => ID }, IdPipe) id: string,
    @Args('input') input: UpdateOrganisationInput,
  ) {
    const { version, ...profile } = input;
    return this.service.update(user, id, version, profile);
  }
}
