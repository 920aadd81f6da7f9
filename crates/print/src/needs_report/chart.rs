//! A need as one row of the chart: rank and title, a bar as long as the share that named it
//! with the percent at its end, and the numbers in words beneath, in each language (the row
//! itself is the layout's [`BarRow`]).

use fluent_bundle::FluentValue;
use groundwork_core::needs::ranking::NeedRank;

use crate::catalog::Catalog;
use crate::layout::{BarRow, Flow};
use crate::PrintError;

/// Places a need's chart row.
pub(super) fn chart_row(
    flow: &mut Flow<'_, '_>,
    need: &NeedRank,
    titles: &[String],
    words: &[String],
) -> Result<(), PrintError> {
    let label = format!("{}. {}", need.rank, titles.join(" / "));
    let percent = format!("{:.0}%", need.share * 100.0);
    let row = BarRow::new(flow.paper(), &label, need.share as f32, percent, words);
    flow.place(&row, &format!("the chart row of '{}'", need.key))
}

/// "148 named it · severity 3.3 of 5 · rated 1 to 5: 0-1-4-10-3", in each language (the
/// percent is beside the bar).
pub(super) fn words_for(need: &NeedRank, catalogs: &[Catalog]) -> Result<Vec<String>, PrintError> {
    catalogs
        .iter()
        .map(|c| {
            let named = c.text_with(
                "report-named",
                &[("count", FluentValue::from(need.respondents))],
            )?;
            let mut parts = vec![named];
            if let Some(mean) = need.mean_severity {
                let mean = format!("{mean:.1}");
                parts.push(c.text_with(
                    "report-severity",
                    &[("mean", FluentValue::from(mean.as_str()))],
                )?);
            }
            if need.rated > 0 {
                // How the ratings spread: a mean of 3 from all 3s reads differently from one
                // made of 1s and 5s.
                let spread = need.distribution.map(|n| n.to_string()).join("-");
                parts.push(c.text_with(
                    "report-spread",
                    &[("spread", FluentValue::from(spread.as_str()))],
                )?);
            }
            Ok(parts.join(" · "))
        })
        .collect()
}
