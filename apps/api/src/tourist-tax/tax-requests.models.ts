import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { JsonScalar } from '../common/json.scalar.js';
import { TaxCorrectionRequestStatusEnum, type TaxCorrectionRequestStatus } from './tax-enums.js';

@ObjectType({ description: 'One field of a correction request: its value in the register and the one proposed, in French.' })
export class TaxCorrectionChange {
  @Field() field: string;
  @Field() label: string;
  @Field() current: string;
  @Field() proposed: string;
}

@ObjectType({ description: "An owner's request to correct its accommodation's register data." })
export class TaxCorrectionRequest {
  @Field(() => ID) id: string;
  @Field(() => ID) accommodationId: string;
  @Field() accommodationName: string;
  @Field(() => ID) organisationId: string;
  @Field() organisationName: string;
  @Field() message: string;
  @Field(() => [String]) fields: string[];
  @Field(() => JsonScalar, { description: 'The proposed values (CorrectionProposal), to prefill the staff edit.' }) proposed: unknown;
  @Field(() => [TaxCorrectionChange]) changes: TaxCorrectionChange[];
  @Field(() => TaxCorrectionRequestStatusEnum) status: TaxCorrectionRequestStatus;
  @Field(() => String, { nullable: true }) decisionReason: string | null;
  @Field() requestedByName: string;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) decidedAt: Date | null;
  @Field(() => Int) version: number;
}

@ObjectType({ description: 'A message the office wrote to a host from the undeclared list.' })
export class TaxHostMessage {
  @Field(() => ID) id: string;
  @Field() subject: string;
  @Field() text: string;
  @Field(() => Int, { description: 'Owners it was sent to.' }) recipients: number;
  @Field() sentAt: Date;
}

@ObjectType()
export class TaxHostMessageResult {
  @Field(() => Int, { description: 'E-mails queued (one per active owner).' }) recipients: number;
  @Field() sentAt: Date;
}
