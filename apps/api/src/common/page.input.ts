import { Field, InputType, Int } from '@nestjs/graphql';
import { DEFAULT_PAGE_SIZE, DomainError, validatePage, type Page } from '@extranet/domain';

@InputType()
export class PageInput {
  @Field(() => Int, { defaultValue: 0 })
  offset: number = 0;

  @Field(() => Int, { defaultValue: DEFAULT_PAGE_SIZE, description: 'From 1 to 100.' })
  limit: number = DEFAULT_PAGE_SIZE;
}

export function checkedPage(page: PageInput | null | undefined): Page {
  const result = validatePage({ offset: page?.offset ?? 0, limit: page?.limit ?? DEFAULT_PAGE_SIZE });
  if (!result.ok) throw DomainError.badInput(result.errors);
  return result.value;
}
