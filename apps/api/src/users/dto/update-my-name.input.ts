import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { PERSON_NAME_LENGTH } from '@extranet/domain';

@InputType()
export class UpdateMyNameInput {
  @Field() @MaxLength(PERSON_NAME_LENGTH.max, { message: `Le nom ne doit pas dépasser ${PERSON_NAME_LENGTH.max} caractères.` }) name: string;
}
