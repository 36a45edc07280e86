import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';
import { MAX_EMAIL_LENGTH, MAX_PASSWORD_LENGTH } from '@extranet/domain';

// Shapes and sizes are checked here at the edge; the meaning (valid address, strong password,
// usable token) is checked by the domain in the service.

@InputType()
export class SignInInput {
  @Field() @MaxLength(MAX_EMAIL_LENGTH, { message: 'Adresse e-mail trop longue.' })
  email: string;

  @Field() @MaxLength(MAX_PASSWORD_LENGTH, { message: 'Mot de passe trop long.' })
  password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @MaxLength(100, { message: 'Lien invalide.' })
  token: string;

  @Field() @MaxLength(MAX_PASSWORD_LENGTH, { message: 'Mot de passe trop long.' })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @MaxLength(MAX_PASSWORD_LENGTH, { message: 'Mot de passe trop long.' })
  currentPassword: string;

  @Field() @MaxLength(MAX_PASSWORD_LENGTH, { message: 'Mot de passe trop long.' })
  newPassword: string;
}

@InputType()
export class RequestEmailChangeInput {
  @Field() @MaxLength(MAX_EMAIL_LENGTH, { message: 'Adresse e-mail trop longue.' })
  newEmail: string;

  @Field() @MaxLength(MAX_PASSWORD_LENGTH, { message: 'Mot de passe trop long.' })
  currentPassword: string;
}
