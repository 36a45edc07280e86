import { Args, ID, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Allow, CurrentUser } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import { CatalogueService } from './catalogue.service.js';
import { CancelInvoiceInput, CreateCatalogueItemInput, RecordPaymentInput, ReorderCatalogueInput, SubscribeInput, SubscriptionFilter, UpdateCatalogueItemInput } from './dto/packs.inputs.js';
import { CatalogueItem, InvoiceSummary, PackFollowUp, PackRevenueRow, PackOffer, PackStatus, PackSubscription, PackSubscriptionPage, PacksSummary, SubscribeResult, TermsOfSale } from './models/packs.model.js';
import type { InvoiceSummary as InvoiceRow } from './subscriptions.repository.js';
import { SubscriptionsService } from './subscriptions.service.js';
import { FollowUpService } from './follow-up.service.js';

const yearArg = { type: () => Int, nullable: true } as const;

@Resolver(() => InvoiceSummary)
export class InvoiceSummaryResolver {
  @ResolveField(() => String)
  url(@Parent() invoice: InvoiceRow) {
    return `/api/invoices/${invoice.id}/pdf`;
  }
}

@Resolver()
export class PacksResolver {
  constructor(
    private readonly catalogue: CatalogueService,
    private readonly subscriptions: SubscriptionsService,
    private readonly followUps: FollowUpService,
  ) {}

  @Allow('subscription.list')
  @Query(() => PackFollowUp, { description: 'Who renewed, who did not, and who has not paid after 30 days.' })
  packFollowUp(@CurrentUser() user: SessionUser, @Args('year', { type: () => Int }) year: number) {
    return this.followUps.followUp(user, year);
  }

  @Allow('subscription.list')
  @Query(() => [PackRevenueRow], { description: 'Revenue excl. VAT per pack or option and month, paid versus awaiting.' })
  packRevenue(@CurrentUser() user: SessionUser, @Args('year', { type: () => Int }) year: number) {
    return this.followUps.revenue(user, year);
  }

  @Allow('subscription.remind')
  @Mutation(() => Int, { description: 'E-mails the organisation’s owners about its pack for the year (payment or renewal); returns how many.' })
  sendPackReminder(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string, @Args('year', { type: () => Int }) year: number) {
    return this.followUps.sendReminder(user, organisationId, year);
  }

  // Partner side

  @Allow('subscription.read')
  @Query(() => PackOffer, { description: 'Packs and options offered to the organisation’s category, with the current terms of sale.' })
  packOffer(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string, @Args('year', yearArg) year: number | null) {
    return this.catalogue.offer(user, organisationId, year);
  }

  @Allow('subscription.read')
  @Query(() => [PackSubscription], { description: 'The organisation’s subscriptions, newest year first.' })
  packSubscriptions(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.subscriptions.forOrganisation(user, organisationId);
  }

  @Allow('subscription.read')
  @Query(() => PackSubscription)
  packSubscription(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.subscriptions.get(user, id);
  }

  @Allow('subscription.read')
  @Query(() => PackStatus, { description: 'The partner home’s line: its pack for the year.' })
  packStatus(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string, @Args('year', yearArg) year: number | null) {
    return this.subscriptions.packStatus(user, organisationId, year);
  }

  @Allow('subscription.create')
  @Mutation(() => SubscribeResult, { description: 'Subscribes to a pack and options; the server’s price wins.' })
  subscribeToPack(@CurrentUser() user: SessionUser, @Args('input') input: SubscribeInput) {
    return this.subscriptions.subscribe(user, input);
  }

  @Allow('subscription.create')
  @Mutation(() => String, { description: 'Opens a Stripe Checkout session for what remains due; returns its address.' })
  startPackOnlinePayment(@CurrentUser() user: SessionUser, @Args('subscriptionId', { type: () => ID }, IdPipe) subscriptionId: string) {
    return this.subscriptions.startOnlinePayment(user, subscriptionId);
  }

  // Office side

  @Allow('payment.recordOffline')
  @Mutation(() => PackSubscription, { description: 'Records a transfer, cheque or cash payment; partial payments leave a remainder.' })
  recordPackPayment(@CurrentUser() user: SessionUser, @Args('input') input: RecordPaymentInput) {
    return this.subscriptions.recordPayment(user, input);
  }

  @Allow('invoice.cancel')
  @Mutation(() => PackSubscription, { description: 'Issues a credit note cancelling the invoice; the subscription is cancelled.' })
  cancelPackInvoice(@CurrentUser() user: SessionUser, @Args('input') input: CancelInvoiceInput) {
    return this.subscriptions.cancelInvoice(user, input.invoiceId, input.reason);
  }

  @Allow('subscription.list')
  @Query(() => PackSubscriptionPage)
  allPackSubscriptions(
    @CurrentUser() user: SessionUser,
    @Args('filter', { type: () => SubscriptionFilter, nullable: true }) filter: SubscriptionFilter | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ) {
    return this.subscriptions.list(user, filter ?? {}, checkedPage(page));
  }

  @Allow('subscription.list')
  @Query(() => PacksSummary, { description: 'Unpaid subscriptions and revenue so far, for the staff home.' })
  packsSummary(@CurrentUser() user: SessionUser, @Args('year', yearArg) year: number | null) {
    return this.subscriptions.summary(user, year);
  }

  @Allow('catalogue.manage')
  @Query(() => [CatalogueItem], { description: 'The year’s catalogue, archived items included, in order.' })
  catalogueItems(@CurrentUser() user: SessionUser, @Args('year', { type: () => Int }) year: number) {
    return this.catalogue.list(user, year);
  }

  @Allow('catalogue.manage')
  @Mutation(() => CatalogueItem)
  createCatalogueItem(@CurrentUser() user: SessionUser, @Args('input') input: CreateCatalogueItemInput) {
    return this.catalogue.create(user, input);
  }

  @Allow('catalogue.manage')
  @Mutation(() => CatalogueItem, { description: 'Edits in place, or creates a new version once the item was sold.' })
  updateCatalogueItem(@CurrentUser() user: SessionUser, @Args('input') input: UpdateCatalogueItemInput) {
    const { id, ...fields } = input;
    return this.catalogue.update(user, id, fields);
  }

  @Allow('catalogue.manage')
  @Mutation(() => CatalogueItem)
  archiveCatalogueItem(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string, @Args('archived', { defaultValue: true }) archived: boolean) {
    return this.catalogue.setArchived(user, id, archived);
  }

  @Allow('catalogue.manage')
  @Mutation(() => [CatalogueItem])
  reorderCatalogue(@CurrentUser() user: SessionUser, @Args('input') input: ReorderCatalogueInput) {
    return this.catalogue.reorder(user, input.year, input.kind, input.ids);
  }

  @Allow('catalogue.manage')
  @Query(() => [TermsOfSale], { description: 'Every version of the terms of sale, newest first.' })
  termsOfSaleVersions(@CurrentUser() user: SessionUser) {
    return this.catalogue.termsVersions(user);
  }

  @Allow('catalogue.manage')
  @Mutation(() => TermsOfSale, { description: 'Publishes a new version; new subscriptions must accept it.' })
  publishTermsOfSale(@CurrentUser() user: SessionUser, @Args('body') body: string) {
    return this.catalogue.publishTerms(user, body);
  }
}
