import { Args, Field, ID, Int, Mutation, ObjectType, Query, ResolveField, Resolver } from '@nestjs/graphql';
import type { CorrectionProposal } from '@extranet/domain';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { AcceptTaxCorrectionInput, DeclineTaxCorrectionInput, RequestTaxCorrectionInput, WriteToTaxHostInput } from './tax-requests.inputs.js';
import { TaxCorrectionRequest, TaxHostMessage, TaxHostMessageResult } from './tax-requests.models.js';
import { TaxRequestsService } from './tax-requests.service.js';
import { TaxStaffTodo } from './tax.models.js';

@ObjectType()
export class TaxCorrectionRequestList {
  @Field(() => [TaxCorrectionRequest]) items: TaxCorrectionRequest[];
  @Field(() => Int) total: number;
}

/** Strips the fields GraphQL leaves undefined, so that only what the owner sent is read. */
function proposal(input: RequestTaxCorrectionInput['proposed']): CorrectionProposal | null {
  if (!input) return null;
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined)) as CorrectionProposal;
}

@Resolver(() => TaxStaffTodo)
export class TaxStaffTodoRequestsResolver {
  constructor(private readonly service: TaxRequestsService) {}

  /** The parent query is allowed for staff only (touristTax.followUp). */
  @ResolveField(() => Int, { description: 'Owners’ correction requests waiting for the office.' })
  correctionRequests(@CurrentUser() user: SessionUser) {
    return this.service.pendingCount(user);
  }
}

@Resolver(() => TaxCorrectionRequest)
export class TaxRequestsResolver {
  constructor(private readonly service: TaxRequestsService) {}

  @Allow('touristTax.declare')
  @Mutation(() => TaxCorrectionRequest, { description: "An owner asks the office to correct its accommodation's register data." })
  requestTaxCorrection(@CurrentUser() user: SessionUser, @Args('input') input: RequestTaxCorrectionInput) {
    return this.service.requestCorrection(user, { ...input, proposed: proposal(input.proposed) });
  }

  @Allow('touristTax.read')
  @Query(() => [TaxCorrectionRequest], { description: "The accommodation's correction requests, newest first." })
  taxCorrectionRequests(@CurrentUser() user: SessionUser, @Args('accommodationId', { type: () => ID }, IdPipe) accommodationId: string) {
    return this.service.correctionRequestsOf(user, accommodationId);
  }

  @Allow('touristTax.read')
  @Query(() => TaxCorrectionRequest)
  taxCorrectionRequest(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.correctionRequest(user, id);
  }

  @Allow('touristTax.followUp')
  @Query(() => TaxCorrectionRequestList, { description: 'Pending correction requests of every host, oldest first (at most 100).' })
  taxPendingCorrectionRequests(@CurrentUser() user: SessionUser) {
    return this.service.pending(user);
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxCorrectionRequest, { description: 'Accepts a request by saving the account as edited (CONFLICT when decided or changed meanwhile).' })
  acceptTaxCorrection(@CurrentUser() user: SessionUser, @Args('input') input: AcceptTaxCorrectionInput) {
    return this.service.accept(user, input);
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxCorrectionRequest, { description: 'Declines a request with a reason the owners read.' })
  declineTaxCorrection(@CurrentUser() user: SessionUser, @Args('input') input: DeclineTaxCorrectionInput) {
    return this.service.decline(user, input);
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxHostMessageResult, { description: "Writes to a host's owners from the undeclared list (outbox), kept and audited." })
  writeToTaxHost(@CurrentUser() user: SessionUser, @Args('input') input: WriteToTaxHostInput) {
    return this.service.writeToHost(user, input);
  }

  @Allow('touristTax.followUp')
  @Query(() => [TaxHostMessage], { description: 'What the office wrote to the host from the undeclared list, newest first.' })
  taxHostMessages(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.hostMessages(user, organisationId);
  }
}
