// Record ids for tests. Only the backend makes ids; tests stand in for it, so these are the only
// casts to the id types in the tests.
import type {
  ApplicationId,
  ReportId,
  AssessmentId,
  BudgetLineId,
  CampaignId,
  CanvassId,
  CriterionId,
  ConnectionsId,
  ConnectionsResponseId,
  DoorId,
  LadderChangeId,
  MapId,
  MeetingId,
  MilestoneId,
  ModuleId,
  OneOnOneId,
  OrgContactId,
  OrganizationId,
  OrgMergeId,
  PersonId,
  ProjectId,
  RelationshipChangeId,
  ResidentId,
  ResponseId,
  ReviewerId,
  RoundId,
  StrategyItemId,
  TieId,
  TurfId,
} from "./api/types/ids";

export function personId(text: string): PersonId {
  return text as PersonId;
}

export function oneOnOneId(text: string): OneOnOneId {
  return text as OneOnOneId;
}

export function ladderChangeId(text: string): LadderChangeId {
  return text as LadderChangeId;
}

export function meetingId(text: string): MeetingId {
  return text as MeetingId;
}

export function assessmentId(text: string): AssessmentId {
  return text as AssessmentId;
}

export function responseId(text: string): ResponseId {
  return text as ResponseId;
}

export function projectId(text: string): ProjectId {
  return text as ProjectId;
}

export function orgId(text: string): OrganizationId {
  return text as OrganizationId;
}

export function orgContactId(text: string): OrgContactId {
  return text as OrgContactId;
}

export function relationshipChangeId(text: string): RelationshipChangeId {
  return text as RelationshipChangeId;
}

export function tieId(text: string): TieId {
  return text as TieId;
}

export function connectionsId(text: string): ConnectionsId {
  return text as ConnectionsId;
}

export function orgMergeId(text: string): OrgMergeId {
  return text as OrgMergeId;
}

export function connectionsResponseId(text: string): ConnectionsResponseId {
  return text as ConnectionsResponseId;
}

export function campaignId(text: string): CampaignId {
  return text as CampaignId;
}

export function strategyItemId(text: string): StrategyItemId {
  return text as StrategyItemId;
}

export function mapId(text: string): MapId {
  return text as MapId;
}

export function applicationId(text: string): ApplicationId {
  return text as ApplicationId;
}

export function budgetLineId(text: string): BudgetLineId {
  return text as BudgetLineId;
}

export function milestoneId(text: string): MilestoneId {
  return text as MilestoneId;
}

export function reportId(text: string): ReportId {
  return text as ReportId;
}

export function roundId(text: string): RoundId {
  return text as RoundId;
}

export function criterionId(text: string): CriterionId {
  return text as CriterionId;
}

export function reviewerId(text: string): ReviewerId {
  return text as ReviewerId;
}

export function moduleId(text: string): ModuleId {
  return text as ModuleId;
}

export function canvassId(text: string): CanvassId {
  return text as CanvassId;
}

export function turfId(text: string): TurfId {
  return text as TurfId;
}

export function doorId(text: string): DoorId {
  return text as DoorId;
}

export function residentId(text: string): ResidentId {
  return text as ResidentId;
}
