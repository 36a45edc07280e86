import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import type { AttendanceAnswer } from '@extranet/domain';
import { Allow, CurrentUser, SignedIn } from '../common/auth/decorators.js';
import type { SessionUser } from '../common/auth/session-user.js';
import { IdPipe } from '../common/id.pipe.js';
import { CommitteeMembersService } from './committee-members.service.js';
import {
  AddCommitteeRecommendationInput,
  CommitteeAttendanceEnum,
  CommitteeMember,
  CommitteeRecommendation,
  CommitteeRecommendationFilter,
  CommitteeSearchHit,
  CommitteeSession,
  CommitteeSessionSummary,
  CommitteeTodo,
  CreateCommitteeSessionInput,
  PublishCommitteeMinutesInput,
  RecordCommitteeDecisionInput,
  UpdateCommitteeSessionInput,
} from './committee.models.js';
import { CommitteeService } from './committee.service.js';

/**
 * Reads (and members' own answers) are `@SignedIn()`: the service lets committee members and staff
 * through and answers NOT_FOUND to everyone else (CommitteeAccess). The office's work is
 * `@Allow('committee.manage')`, refused to partners and members as FORBIDDEN.
 */
@Resolver()
export class CommitteeResolver {
  constructor(
    private readonly service: CommitteeService,
    private readonly members: CommitteeMembersService,
  ) {}

  @SignedIn()
  @Query(() => [CommitteeSessionSummary], { description: 'Committee members and staff; NOT_FOUND for anyone else.' })
  committeeSessions(@CurrentUser() user: SessionUser) {
    return this.service.sessions(user);
  }

  @SignedIn()
  @Query(() => CommitteeSession)
  committeeSession(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.session(user, id);
  }

  @SignedIn()
  @Query(() => [CommitteeRecommendation])
  committeeRecommendations(@CurrentUser() user: SessionUser, @Args('filter', { type: () => CommitteeRecommendationFilter, nullable: true }) filter: CommitteeRecommendationFilter | null) {
    return this.service.recommendations(user, filter ?? {});
  }

  @SignedIn()
  @Query(() => [String], { description: 'Themes used by recommendations, for the filter.' })
  committeeRecommendationThemes(@CurrentUser() user: SessionUser) {
    return this.service.recommendationThemes(user);
  }

  @SignedIn()
  @Query(() => [CommitteeSearchHit])
  committeeSearch(@CurrentUser() user: SessionUser, @Args('query') query: string) {
    return this.service.search(user, query.slice(0, 1000));
  }

  @SignedIn()
  @Query(() => CommitteeTodo)
  committeeTodo(@CurrentUser() user: SessionUser) {
    return this.service.todo(user);
  }

  @SignedIn()
  @Mutation(() => CommitteeSession)
  answerCommitteeAttendance(
    @CurrentUser() user: SessionUser,
    @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string,
    @Args('attendance', { type: () => CommitteeAttendanceEnum }) attendance: AttendanceAnswer,
  ) {
    return this.service.answerAttendance(user, sessionId, attendance);
  }

  @SignedIn()
  @Mutation(() => CommitteeSession, { description: '« J’ai lu »: the caller confirms reading the published minutes.' })
  confirmCommitteeMinutesRead(@CurrentUser() user: SessionUser, @Args('sessionId', { type: () => ID }, IdPipe) sessionId: string) {
    return this.service.confirmReading(user, sessionId);
  }

  // ── Staff ──

  @Allow('committee.manage')
  @Mutation(() => CommitteeSession)
  createCommitteeSession(@CurrentUser() user: SessionUser, @Args('input') input: CreateCommitteeSessionInput) {
    return this.service.createSession(user, input);
  }

  @Allow('committee.manage')
  @Mutation(() => CommitteeSession)
  updateCommitteeSession(@CurrentUser() user: SessionUser, @Args('input') input: UpdateCommitteeSessionInput) {
    return this.service.updateSession(user, input);
  }

  @Allow('committee.manage')
  @Mutation(() => CommitteeSession)
  markCommitteeSessionHeld(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }, IdPipe) id: string) {
    return this.service.markHeld(user, id);
  }

  @Allow('committee.manage')
  @Mutation(() => CommitteeSession, { description: 'Saves the Markdown minutes as a draft only staff see.' })
  saveCommitteeMinutes(@CurrentUser() user: SessionUser, @Args('input') input: PublishCommitteeMinutesInput) {
    return this.service.saveMinutes(user, input.sessionId, input.markdown);
  }

  @Allow('committee.manage')
  @Mutation(() => CommitteeSession, { description: 'Publishes the minutes and e-mails every member once; publishing again sends nothing.' })
  publishCommitteeMinutes(@CurrentUser() user: SessionUser, @Args('input') input: PublishCommitteeMinutesInput) {
    return this.service.publishMinutes(user, input.sessionId, input.markdown);
  }

  @Allow('committee.manage')
  @Mutation(() => CommitteeRecommendation)
  addCommitteeRecommendation(@CurrentUser() user: SessionUser, @Args('input') input: AddCommitteeRecommendationInput) {
    return this.service.addRecommendation(user, input);
  }

  @Allow('committee.manage')
  @Mutation(() => CommitteeRecommendation, { description: 'What the board did: one step at a time (presented, then adopted, adjourned or rejected).' })
  recordCommitteeDecision(@CurrentUser() user: SessionUser, @Args('input') input: RecordCommitteeDecisionInput) {
    return this.service.recordDecision(user, input);
  }

  @Allow('committee.manage')
  @Query(() => [CommitteeMember])
  committeeMembers(@CurrentUser() user: SessionUser) {
    return this.members.members(user);
  }

  @Allow('committee.manage')
  @Query(() => [CommitteeMember], { description: 'Active users who are not members, by name or e-mail.' })
  committeeCandidates(@CurrentUser() user: SessionUser, @Args('search') search: string) {
    return this.members.candidates(user, search.slice(0, 200));
  }

  @Allow('committee.manage')
  @Mutation(() => [CommitteeMember])
  addCommitteeMember(@CurrentUser() user: SessionUser, @Args('userId', { type: () => ID }, IdPipe) userId: string) {
    return this.members.add(user, userId);
  }

  @Allow('committee.manage')
  @Mutation(() => [CommitteeMember], { description: 'The member loses access at their next request.' })
  removeCommitteeMember(@CurrentUser() user: SessionUser, @Args('userId', { type: () => ID }, IdPipe) userId: string) {
    return this.members.remove(user, userId);
  }
}
