//! Typed record ids: UUID v7, so keys sort by creation time and rows from several laptops can
//! merge later without clashes.

/// Declares a newtype id over a v7 UUID, stored in SQLite as its hyphenated text.
#[macro_export]
macro_rules! typed_id {
    ($name:ident) => {
        #[derive(
            Debug,
            Clone,
            Copy,
            PartialEq,
            Eq,
            Hash,
            PartialOrd,
            Ord,
            serde::Serialize,
            serde::Deserialize,
            ts_rs::TS,
        )]
        #[serde(transparent)]
        #[ts(as = "String")]
        pub struct $name(pub uuid::Uuid);

        impl $name {
            pub fn new() -> Self {
                Self(uuid::Uuid::now_v7())
            }
        }

        impl Default for $name {
            fn default() -> Self {
                Self::new()
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }

        impl rusqlite::types::ToSql for $name {
            fn to_sql(&self) -> rusqlite::Result<rusqlite::types::ToSqlOutput<'_>> {
                Ok(rusqlite::types::ToSqlOutput::from(
                    self.0.hyphenated().to_string(),
                ))
            }
        }

        impl rusqlite::types::FromSql for $name {
            fn column_result(
                value: rusqlite::types::ValueRef<'_>,
            ) -> rusqlite::types::FromSqlResult<Self> {
                let text = value.as_str()?;
                uuid::Uuid::parse_str(text)
                    .map(Self)
                    .map_err(|e| rusqlite::types::FromSqlError::Other(Box::new(e)))
            }
        }
    };
}

typed_id!(ChapterId);
typed_id!(PersonId);
typed_id!(OneOnOneId);
typed_id!(LadderChangeId);
typed_id!(MeetingId);
typed_id!(AttendanceId);
typed_id!(AssessmentId);
typed_id!(ResponseId);
typed_id!(ProjectId);
typed_id!(OrganizationId);
typed_id!(RelationshipChangeId);
typed_id!(OrgContactId);
typed_id!(TieId);
typed_id!(ConnectionsId);
typed_id!(ConnectionsResponseId);
typed_id!(OrgMergeId);
typed_id!(CampaignId);
typed_id!(StrategyItemId);
typed_id!(MapId);
typed_id!(NodeId);
typed_id!(EdgeId);
typed_id!(ApplicationId);
typed_id!(BudgetLineId);
typed_id!(MilestoneId);
typed_id!(RoundId);
typed_id!(DisbursementId);
typed_id!(CriterionId);
typed_id!(ReviewerId);
typed_id!(ReportId);
typed_id!(ModuleId);
typed_id!(DoorId);
typed_id!(ResidentId);
typed_id!(CanvassId);
typed_id!(TurfId);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_v7_and_time_ordered() {
        let a = ChapterId::new();
        let b = ChapterId::new();
        assert_eq!(a.0.get_version_num(), 7);
        assert!(a < b);
    }
}
