//! The strategy chart: five columns, each of a few sections, each section a list of short
//! texts. A tactic is aimed at one of the campaign's targets.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::ids::StrategyItemId;

/// The chart's five columns, left to right.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChartColumn {
    Goals,
    /// Organizational considerations: what the chapter brings, wants to gain, must fix.
    Organizational,
    /// Constituents, allies and opponents.
    Constituents,
    Targets,
    Tactics,
}

impl ChartColumn {
    pub const ALL: [ChartColumn; 5] = [
        ChartColumn::Goals,
        ChartColumn::Organizational,
        ChartColumn::Constituents,
        ChartColumn::Targets,
        ChartColumn::Tactics,
    ];
}

/// A section of a column. Stored and sent as its snake_case code.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum ChartSection {
    LongTermGoal,
    IntermediateGoal,
    ShortTermGoal,
    /// Resources the chapter brings (people, money, relationships, reputation).
    Resources,
    /// What it wants to gain: new members, new leaders, a bigger base, a name.
    Gains,
    /// Internal problems the campaign must solve.
    InternalProblems,
    /// The people who care about the issue and can be organized around it.
    Constituents,
    Allies,
    Opponents,
    /// The person with the power to give what is asked.
    PrimaryTarget,
    /// Those with power over the primary target.
    SecondaryTarget,
    Tactic,
}

impl ChartSection {
    /// Every section, in the chart's reading order.
    pub const ALL: [ChartSection; 12] = [
        ChartSection::LongTermGoal,
        ChartSection::IntermediateGoal,
        ChartSection::ShortTermGoal,
        ChartSection::Resources,
        ChartSection::Gains,
        ChartSection::InternalProblems,
        ChartSection::Constituents,
        ChartSection::Allies,
        ChartSection::Opponents,
        ChartSection::PrimaryTarget,
        ChartSection::SecondaryTarget,
        ChartSection::Tactic,
    ];

    pub fn column(self) -> ChartColumn {
        match self {
            ChartSection::LongTermGoal
            | ChartSection::IntermediateGoal
            | ChartSection::ShortTermGoal => ChartColumn::Goals,
            ChartSection::Resources | ChartSection::Gains | ChartSection::InternalProblems => {
                ChartColumn::Organizational
            }
            ChartSection::Constituents | ChartSection::Allies | ChartSection::Opponents => {
                ChartColumn::Constituents
            }
            ChartSection::PrimaryTarget | ChartSection::SecondaryTarget => ChartColumn::Targets,
            ChartSection::Tactic => ChartColumn::Tactics,
        }
    }

    pub fn is_target(self) -> bool {
        self.column() == ChartColumn::Targets
    }

    /// Its place in [`ChartSection::ALL`], for sorting.
    pub fn order(self) -> usize {
        ChartSection::ALL
            .iter()
            .position(|s| *s == self)
            .unwrap_or(usize::MAX)
    }
}

/// One line of the chart.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct StrategyItem {
    pub id: StrategyItemId,
    pub section: ChartSection,
    pub text: String,
    /// A tactic's target (an item in a target section).
    pub target_id: Option<StrategyItemId>,
}

/// A line of the chart as the window sends the whole chart back: an item already saved keeps
/// its `id`; a tactic names its target by its place in the same list (`target`), since a
/// target typed in the same sitting has no id yet.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ChartItemInput {
    pub id: Option<StrategyItemId>,
    pub section: ChartSection,
    pub text: String,
    pub target: Option<u32>,
}
