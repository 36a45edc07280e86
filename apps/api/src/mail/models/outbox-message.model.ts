import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { OutboxStatusEnum } from '../../common/graphql-enums.js';

@ObjectType()
export class OutboxMessage {
  @Field(() => ID) id: string;
  @Field() recipient: string;
  @Field() subject: string;
  @Field() template: string;
  @Field({ description: 'Plain-text version of the message.' }) text: string;
  @Field(() => OutboxStatusEnum) status: keyof typeof OutboxStatusEnum;
  @Field(() => Int) attempts: number;
  @Field(() => String, { nullable: true }) lastError: string | null;
  @Field() createdAt: Date;
  @Field(() => Date, { nullable: true }) sentAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'PENDING only: when the next delivery attempt is due.' }) nextAttemptAt: Date | null;
  @Field(() => Date, { nullable: true, description: 'When it was last handed to the SMTP server.' }) handedOffAt: Date | null;
  @Field(() => [String], { description: 'File names of its attachments (an .ics invitation…).' }) attachmentNames: string[];
}

@ObjectType()
export class OutboxPage {
  @Field(() => [OutboxMessage]) items: OutboxMessage[];
  @Field(() => Int) total: number;
  @Field(() => Int) offset: number;
  @Field(() => Int) limit: number;
  @Field({ description: 'False when no SMTP server is set: messages then stay here.' }) smtpConfigured: boolean;
}

@ObjectType()
export class OutboxTrouble {
  @Field(() => Int, { description: 'PENDING messages whose delivery failed at least once (being retried).' }) failing: number;
  @Field(() => Int, { description: 'FAILED messages: no longer retried until staff re-queue them.' }) failed: number;
  @Field() smtpConfigured: boolean;
}
