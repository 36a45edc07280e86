import { Field, InputType } from '@nestjs/graphql';
import { MaxLength } from 'class-validator';

// Shapes and sizes are checked here at the edge; the meaning (valid address, strong password,
// usable token) is checked by the domain in the service.

@InputType()
export class SignInInput {
  @Field() @MaxLength(254, { message: 'Adresse e-mail trop longue.' })
  email: string;

  @Field() @MaxLength(128, { message: 'Mot de passe trop long.' })
  password: string;
}

@InputType()
export class ResetPasswordInput {
  @Field() @MaxLength(100, { message: 'Lien invalide.' })
  token: string;

  @Field() @MaxLength(128, { message: 'Mot de passe trop long.' })
  password: string;
}

@InputType()
export class ChangePasswordInput {
  @Field() @MaxLength(128, { message: 'Mot de passe trop long.' })
  currentPassword: string;

  @Field() @MaxLength(128, { message: 'Mot de passe trop long.' })
  newPassword: string;
}
