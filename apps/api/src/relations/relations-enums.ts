// GraphQL enums of partner relations, registered once from the domain's lists.
import { registerEnumType } from '@nestjs/graphql';
import { ACTION_KINDS, ACTION_STATUSES, MEETING_PLACES, MEETING_STATUSES, NEWS_AUDIENCES, NEWS_CATEGORIES, NEWS_MAIL_PREFERENCES, NEWS_STATUSES, REGISTRATION_STATUSES } from '@extranet/domain';

const asEnum = <T extends string>(values: readonly T[]) => Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };

export const NewsCategoryEnum = asEnum(NEWS_CATEGORIES);
export const NewsStatusEnum = asEnum(NEWS_STATUSES);
export const NewsAudienceEnum = asEnum(NEWS_AUDIENCES);
export const NewsMailPreferenceEnum = asEnum(NEWS_MAIL_PREFERENCES);
export const ActionKindEnum = asEnum(ACTION_KINDS);
export const ActionStatusEnum = asEnum(ACTION_STATUSES);
export const RegistrationStatusEnum = asEnum(REGISTRATION_STATUSES);
export const MeetingPlaceEnum = asEnum(MEETING_PLACES);
export const MeetingStatusEnum = asEnum(MEETING_STATUSES);

registerEnumType(NewsCategoryEnum, { name: 'NewsCategory' });
registerEnumType(NewsStatusEnum, { name: 'NewsStatus' });
registerEnumType(NewsAudienceEnum, { name: 'NewsAudience' });
registerEnumType(NewsMailPreferenceEnum, { name: 'NewsMailPreference' });
registerEnumType(ActionKindEnum, { name: 'ActionKind' });
registerEnumType(ActionStatusEnum, { name: 'ActionStatus' });
registerEnumType(RegistrationStatusEnum, { name: 'RegistrationStatus' });
registerEnumType(MeetingPlaceEnum, { name: 'MeetingPlace' });
registerEnumType(MeetingStatusEnum, { name: 'MeetingStatus' });
