//! The rules of a grant round, checked where the chapter writes its application, with messages
//! that say the rule: an amount between $500 and $1,000, equal to the budget's total; an
//! initiative of 3 to 6 months; the sections national reads filled in.
//!
//! Amount and months are checked whenever an application is saved, since no draft can be
//! sent with them wrong and an organizer should hear it at once. What may still be missing
//! from a draft is listed rather than refused.

use chrono::{Months, NaiveDate};

use super::initiative::Initiative;
use super::model::{Application, ApplicationInput, Missing};
use super::money::dollars;
use crate::{msg, CoreError, Result};

/// The least and most a chapter can ask for, in cents.
pub const LEAST_CENTS: i64 = 50_000;
pub const MOST_CENTS: i64 = 100_000;
/// The shortest and longest an initiative can run, in months.
pub const FEWEST_MONTHS: u32 = 3;
pub const MOST_MONTHS: u32 = 6;

pub fn check_amount(cents: i64) -> Result<()> {
    if (LEAST_CENTS..=MOST_CENTS).contains(&cents) {
        return Ok(());
    }
    Err(CoreError::invalid(
        msg!("field-grant-amount"),
        msg!(
            "grant-amount-out-of-range",
            amount = dollars(cents),
            least = dollars(LEAST_CENTS),
            most = dollars(MOST_CENTS)
        ),
    )
    .at("amount_cents"))
}

/// Whether `starts_on` to `ends_on` (both days included) runs at least 3 and at most 6 months:
/// 1 February to 30 April is three months, to 31 July six.
pub fn check_span(starts_on: NaiveDate, ends_on: NaiveDate) -> Result<()> {
    let refuse = |reason| Err(CoreError::invalid(msg!("field-grant-ends"), reason).at("ends_on"));
    if ends_on <= starts_on {
        return refuse(msg!("grant-ends-before-it-starts"));
    }
    let day_after = ends_on.succ_opt().unwrap_or(ends_on);
    let shortest = starts_on.checked_add_months(Months::new(FEWEST_MONTHS));
    let longest = starts_on.checked_add_months(Months::new(MOST_MONTHS));
    let months = whole_months(starts_on, day_after);
    if shortest.is_some_and(|s| day_after < s) {
        return refuse(msg!(
            "grant-span-too-short",
            fewest = FEWEST_MONTHS,
            months = months
        ));
    }
    if longest.is_some_and(|l| day_after > l) {
        return refuse(msg!(
            "grant-span-too-long",
            most = MOST_MONTHS,
            months = months.max(MOST_MONTHS + 1)
        ));
    }
    Ok(())
}

/// When the progress reports on an award are due: halfway through the initiative, and a month
/// after its last day.
pub fn report_days(starts_on: NaiveDate, ends_on: NaiveDate) -> (NaiveDate, NaiveDate) {
    let half = (ends_on - starts_on).num_days().max(0) / 2;
    let midpoint = starts_on
        .checked_add_days(chrono::Days::new(half as u64))
        .unwrap_or(starts_on);
    let end = ends_on
        .checked_add_months(Months::new(1))
        .unwrap_or(ends_on);
    (midpoint, end)
}

/// How many whole months an initiative from `starts_on` to `ends_on` runs, both days counted:
/// 1 February to 30 June is 5.
pub fn months_of(starts_on: NaiveDate, ends_on: NaiveDate) -> u32 {
    whole_months(starts_on, ends_on.succ_opt().unwrap_or(ends_on))
}

/// Whole months from `from` up to `to`, for saying how long a span is ("8 months").
fn whole_months(from: NaiveDate, to: NaiveDate) -> u32 {
    let mut months = 0;
    while from
        .checked_add_months(Months::new(months + 1))
        .is_some_and(|d| d <= to)
        && months < 1200
    {
        months += 1;
    }
    months
}

/// The round's rules that `input` breaks, each with the form's key and its message: what the
/// window says beside the amount and the end date as the organizer types, before anything is
/// saved. Saving refuses with the same words.
pub fn problems(input: &ApplicationInput) -> Vec<Missing> {
    [
        check_amount(input.amount_cents),
        check_span(input.starts_on, input.ends_on),
    ]
    .into_iter()
    .filter_map(|checked| match checked {
        Err(CoreError::InvalidInput { key, reason, .. }) => Some(Missing {
            key: key.unwrap_or_default(),
            what: *reason,
        }),
        _ => None,
    })
    .collect()
}

/// What `application` (for `initiative`) still needs before it can be sent, in the order the
/// form asks for it.
pub fn missing(application: &Application, initiative: &Initiative) -> Vec<Missing> {
    let mut missing = Vec::new();
    let mut need = |key: &str, what| {
        missing.push(Missing {
            key: key.to_owned(),
            what,
        })
    };
    let i = &initiative.fields;
    if i.description.is_none() {
        need("initiative.description", msg!("grant-needs-description"));
    }
    if [
        i.goal_reached,
        i.goal_one_on_ones,
        i.goal_new_members,
        i.goal_new_leaders,
    ]
    .iter()
    .any(Option::is_none)
    {
        need("initiative.goals", msg!("grant-needs-goals"));
    }
    if i.coalition && initiative.partners.is_empty() {
        need("initiative.partners", msg!("grant-needs-partners"));
    }
    if i.responsible_id.is_none() {
        need("initiative.responsible_id", msg!("grant-needs-responsible"));
    }
    let f = &application.fields;
    if f.base_building.is_none() {
        need("base_building", msg!("grant-needs-base-building"));
    }
    if f.sustaining.is_none() {
        need("sustaining", msg!("grant-needs-sustaining"));
    }
    if application.budget.is_empty() {
        need("budget", msg!("grant-needs-budget"));
    } else if application.budget_total_cents != f.amount_cents {
        need(
            "budget",
            msg!(
                "grant-budget-not-amount",
                total = dollars(application.budget_total_cents),
                amount = dollars(f.amount_cents)
            ),
        );
    }
    if application.milestones.is_empty() {
        need("milestones", msg!("grant-needs-milestones"));
    }
    missing
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    #[test]
    fn an_amount_is_between_five_hundred_and_a_thousand_dollars() {
        assert!(check_amount(50_000).is_ok());
        assert!(check_amount(100_000).is_ok());
        let refused = check_amount(120_000).unwrap_err().to_string();
        assert!(refused.contains("$1,200.00"), "{refused}");
        assert!(
            refused.contains("$500.00") && refused.contains("$1,000.00"),
            "{refused}"
        );
        assert!(check_amount(49_999).is_err());
    }

    #[test]
    fn an_initiative_runs_three_to_six_months_both_days_counted() {
        assert!(check_span(day("2027-02-01"), day("2027-04-30")).is_ok());
        assert!(check_span(day("2027-02-01"), day("2027-07-31")).is_ok());
        assert!(check_span(day("2027-02-01"), day("2027-06-30")).is_ok());
        let short = check_span(day("2027-02-01"), day("2027-04-29")).unwrap_err();
        assert!(short.to_string().contains("3 months"), "{short}");
        let long = check_span(day("2027-02-01"), day("2027-09-30")).unwrap_err();
        assert!(long.to_string().contains("8 months"), "{long}");
        assert!(check_span(day("2027-02-01"), day("2027-08-01")).is_err());
        assert!(check_span(day("2027-02-01"), day("2027-01-31")).is_err());
        // Month ends: 31 August to 30 November is three months.
        assert!(check_span(day("2027-08-31"), day("2027-11-30")).is_ok());
        assert_eq!(months_of(day("2027-02-01"), day("2027-06-30")), 5);
    }

    #[test]
    fn the_problems_of_an_unsaved_input_name_their_field() {
        let mut input = ApplicationInput {
            amount_cents: 120_000,
            starts_on: day("2027-02-01"),
            ends_on: day("2027-09-30"),
            base_building: None,
            sustaining: None,
        };
        let found = problems(&input);
        let keys: Vec<&str> = found.iter().map(|m| m.key.as_str()).collect();
        assert_eq!(keys, ["amount_cents", "ends_on"]);
        assert!(found[1].what.to_string().contains("8 months"));
        input.amount_cents = 80_000;
        input.ends_on = day("2027-06-30");
        assert!(problems(&input).is_empty());
    }
}
