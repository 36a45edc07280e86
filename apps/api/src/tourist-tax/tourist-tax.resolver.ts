import { Args, Field, ID, InputType, Int, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';

import { IsOptional, MaxLength } from 'class-validator';
import type { ClassifiedCategory } from '@extranet/domain';
import { Allow, CurrentUser, SignedIn } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { checkedPage, PageInput } from '../common/page.input.js';
import { CorrectTaxDeclarationInput, CreateTaxAccommodationInput, MergeTaxAccommodationsInput, RecordTaxPaymentInput, SetTaxTariffsInput, TaxDeclarationInput, UpdateTaxAccommodationInput } from './tax.inputs.js';
import {
  TaxAccommodation, TaxAccommodationPage, TaxAccommodationPeriod, TaxBalance, TaxDeclaration, TaxFollowUp, TaxLatePage, TaxPayment, TaxReminderResult,
  TaxStaffTodo, TaxStatistics, TaxTariffs, TaxTodo, TaxUndeclared,
} from './tax.models.js';
import { TouristTaxService } from './tourist-tax.service.js';

@InputType()
export class TaxRegisterFilter {
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(100, { message: 'Texte trop long.' }) search?: string | null;
  @Field(() => String, { nullable: true }) @IsOptional() @MaxLength(10, { message: 'Texte trop long.' }) communeCode?: string | null;
}

@InputType()
export class TaxLateFilter {
  @Field(() => Int, { nullable: true }) year?: number | null;
  @Field(() => Int, { nullable: true }) quarter?: number | null;
}

const lines = (input: TaxDeclarationInput) => ({
  ...input,
  lines: input.lines.map((l) => ({ ...l, exempted: l.exempted ?? undefined })),
});

@Resolver(() => TaxAccommodation)
export class TouristTaxResolver {
  constructor(private readonly service: TouristTaxService) {}

  /** The accommodation was authorised by the query that returned it. */
  @ResolveField(() => [TaxAccommodationPeriod], { description: 'The four periods of `year` and where each stands.' })
  periods(@Parent() accommodation: TaxAccommodation, @Args('year', { type: () => Int }) year: number) {
    return this.service.periods(accommodation, year);
  }

  @ResolveField(() => TaxBalance)
  balance(@Parent() accommodation: TaxAccommodation) {
    return this.service.balanceOf(accommodation.id);
  }

  @SignedIn()
  @Query(() => [TaxTariffs], { description: 'Tariffs of every year known, for the guidance and the calculator.' })
  touristTaxTariffs() {
    return this.service.tariffs();
  }

  @Allow('tariff.manage')
  @Mutation(() => TaxTariffs, { description: "Sets a year's tariffs, refused outside that year's national bounds." })
  setTouristTaxTariffs(@CurrentUser() user: SessionUser, @Args('input') input: SetTaxTariffsInput) {
    const rates = Object.fromEntries(input.rates.map((r) => [r.category, r.communalCents])) as Record<ClassifiedCategory, number>;
    // An omitted rent threshold is « none », like an explicit null.
    return this.service.setTariffs(user, { ...input, rates, rentThresholdCents: input.rentThresholdCents ?? null });
  }

  @Allow('touristTax.read')
  @Query(() => [TaxAccommodation], { description: "An organisation's accommodations in the tax register." })
  taxAccommodations(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.accommodationsOf(user, organisationId);
  }

  @Allow('touristTax.read')
  @Query(() => TaxAccommodation)
  taxAccommodation(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.accommodation(user, id);
  }

  @Allow('touristTax.followUp')
  @Query(() => TaxAccommodationPage, { description: 'The whole register, for staff.' })
  taxRegister(
    @CurrentUser() user: SessionUser,
    @Args('filter', { type: () => TaxRegisterFilter, nullable: true }) filter: TaxRegisterFilter | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ) {
    return this.service.register(user, filter ?? {}, checkedPage(page));
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxAccommodation)
  createTaxAccommodation(@CurrentUser() user: SessionUser, @Args('input') input: CreateTaxAccommodationInput) {
    return this.service.createAccommodation(user, input);
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxAccommodation, { description: 'Edit, or close with `activeTo`. CONFLICT when it changed since `version`.' })
  updateTaxAccommodation(@CurrentUser() user: SessionUser, @Args('input') input: UpdateTaxAccommodationInput) {
    return this.service.updateAccommodation(user, input);
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxAccommodation, { description: "Moves a duplicate account's declarations, payments and reminders to the kept one, then deletes the duplicate." })
  mergeTaxAccommodations(@CurrentUser() user: SessionUser, @Args('input') input: MergeTaxAccommodationsInput) {
    return this.service.mergeAccommodations(user, input);
  }

  @Allow('touristTax.read')
  @Query(() => [TaxDeclaration], { description: 'Current declarations of the accommodation, newest period first.' })
  taxDeclarations(@CurrentUser() user: SessionUser, @Args('accommodationId', { type: () => ID }, IdPipe) accommodationId: string) {
    return this.service.declarationsOf(user, accommodationId);
  }

  @Allow('touristTax.read')
  @Query(() => TaxDeclaration)
  taxDeclaration(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.declaration(user, id);
  }

  @Allow('touristTax.declare')
  @Mutation(() => TaxDeclaration, { description: "Saves the period's draft. CONFLICT once submitted." })
  saveTaxDeclarationDraft(@CurrentUser() user: SessionUser, @Args('input') input: TaxDeclarationInput) {
    return this.service.saveDraft(user, lines(input));
  }

  @Allow('touristTax.declare')
  @Mutation(() => TaxDeclaration, { description: 'Submits and locks the declaration; the server computes the amount. CONFLICT when already submitted.' })
  submitTaxDeclaration(@CurrentUser() user: SessionUser, @Args('input') input: TaxDeclarationInput) {
    return this.service.submit(user, lines(input));
  }

  @Allow('touristTax.declare')
  @Mutation(() => TaxDeclaration, { description: 'A new revision of a submitted declaration.' })
  correctTaxDeclaration(@CurrentUser() user: SessionUser, @Args('input') input: CorrectTaxDeclarationInput) {
    return this.service.correct(user, { ...lines(input), note: input.note });
  }

  @Allow('touristTax.read')
  @Query(() => [TaxPayment])
  taxPayments(@CurrentUser() user: SessionUser, @Args('accommodationId', { type: () => ID }, IdPipe) accommodationId: string) {
    return this.service.payments(user, accommodationId);
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxPayment)
  recordTaxPayment(@CurrentUser() user: SessionUser, @Args('input') input: RecordTaxPaymentInput) {
    return this.service.recordPayment(user, input);
  }

  @Allow('touristTax.read')
  @Query(() => TaxTodo, { description: "The host's home: declarations due now, late ones, balance." })
  taxTodo(@CurrentUser() user: SessionUser, @Args('organisationId', { type: () => ID }, IdPipe) organisationId: string) {
    return this.service.todo(user, organisationId);
  }

  @Allow('touristTax.followUp')
  @Query(() => TaxStaffTodo)
  taxStaffTodo(@CurrentUser() user: SessionUser) {
    return this.service.staffTodo(user);
  }

  @Allow('touristTax.followUp')
  @Query(() => TaxFollowUp, { description: 'Expected, received and late declarations per period of the year; amounts.' })
  taxFollowUp(@CurrentUser() user: SessionUser, @Args('year', { type: () => Int }) year: number) {
    return this.service.followUp(user, year);
  }

  @Allow('touristTax.followUp')
  @Query(() => TaxStatistics, { description: 'Nights and tax by quarter, commune and category against the previous year, and a forecast.' })
  taxStatistics(@CurrentUser() user: SessionUser, @Args('year', { type: () => Int }) year: number) {
    return this.service.statistics(user, year);
  }

  @Allow('touristTax.followUp')
  @Query(() => TaxUndeclared, { description: 'Partners, listings and accounts that may escape the tax.' })
  taxUndeclared(@CurrentUser() user: SessionUser, @Args('year', { type: () => Int }) year: number) {
    return this.service.undeclared(user, year);
  }

  @Allow('touristTax.followUp')
  @Query(() => TaxLatePage, { description: 'Accommodations with a period past its deadline and no declaration.' })
  taxLateDeclarations(
    @CurrentUser() user: SessionUser,
    @Args('filter', { type: () => TaxLateFilter, nullable: true }) filter: TaxLateFilter | null,
    @Args('page', { type: () => PageInput, nullable: true }) page: PageInput | null,
  ) {
    return this.service.lateDeclarations(user, filter ?? {}, checkedPage(page));
  }

  @Allow('touristTax.followUp')
  @Mutation(() => TaxReminderResult, { description: "E-mails the host's owners about a missing declaration (outbox)." })
  sendTaxReminder(
    @CurrentUser() user: SessionUser,
    @Args('accommodationId', { type: () => ID }, IdPipe) accommodationId: string,
    @Args('year', { type: () => Int }) year: number,
    @Args('quarter', { type: () => Int }) quarter: number,
  ) {
    return this.service.sendReminder(user, accommodationId, year, quarter);
  }
}
