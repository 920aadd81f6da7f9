// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:
// run `make types` after changing a type that crosses to the window.

export type PersonId = string & { readonly __brand: "PersonId" };

export type OneOnOneId = string & { readonly __brand: "OneOnOneId" };

export type LadderChangeId = string & { readonly __brand: "LadderChangeId" };

export type MeetingId = string & { readonly __brand: "MeetingId" };

export type AssessmentId = string & { readonly __brand: "AssessmentId" };

export type ResponseId = string & { readonly __brand: "ResponseId" };

export type ProjectId = string & { readonly __brand: "ProjectId" };

export type OrganizationId = string & { readonly __brand: "OrganizationId" };

export type RelationshipChangeId = string & { readonly __brand: "RelationshipChangeId" };

export type OrgContactId = string & { readonly __brand: "OrgContactId" };

export type TieId = string & { readonly __brand: "TieId" };

export type ConnectionsId = string & { readonly __brand: "ConnectionsId" };

export type ConnectionsResponseId = string & { readonly __brand: "ConnectionsResponseId" };

export type OrgMergeId = string & { readonly __brand: "OrgMergeId" };

export type CampaignId = string & { readonly __brand: "CampaignId" };

export type StrategyItemId = string & { readonly __brand: "StrategyItemId" };

export type MapId = string & { readonly __brand: "MapId" };

export type NodeId = string & { readonly __brand: "NodeId" };

export type EdgeId = string & { readonly __brand: "EdgeId" };

export type ApplicationId = string & { readonly __brand: "ApplicationId" };

export type BudgetLineId = string & { readonly __brand: "BudgetLineId" };

export type MilestoneId = string & { readonly __brand: "MilestoneId" };

export type ReportId = string & { readonly __brand: "ReportId" };

export type RoundId = string & { readonly __brand: "RoundId" };

export type CriterionId = string & { readonly __brand: "CriterionId" };

export type ReviewerId = string & { readonly __brand: "ReviewerId" };

export type ModuleId = string & { readonly __brand: "ModuleId" };

export type DoorId = string & { readonly __brand: "DoorId" };

export type ResidentId = string & { readonly __brand: "ResidentId" };

export type CanvassId = string & { readonly __brand: "CanvassId" };

export type TurfId = string & { readonly __brand: "TurfId" };
