//! The connections survey: what the chapter asks its members about where they belong. Its
//! heart is fixed (a line per organization or community, with role, strength and "would you
//! introduce us"; workplace, industry and union), because those answers become ties; the
//! introduction, the prompt and the survey's own questions are the chapter's to edit and
//! translate. Every text is kept in each of the survey's languages.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::msg;
use crate::needs::survey::{Question, QuestionKind, Texts};
use crate::{CoreError, Result};

/// The most lines for organizations a printed form carries.
pub const MOST_ROWS: u8 = 12;

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct ConnectionsSurvey {
    /// Language codes, in the order forms print them.
    pub languages: Vec<String>,
    pub title: Texts,
    pub intro: Texts,
    /// Above the lines for organizations: what to write and how to mark it.
    pub ties_prompt: Texts,
    /// Lines for organizations on a printed form (1 to [`MOST_ROWS`]).
    pub rows: u8,
    /// The chapter's own questions, after the organizations.
    pub questions: Vec<Question>,
}

impl ConnectionsSurvey {
    /// The built-in survey, in English and Spanish.
    pub fn template() -> ConnectionsSurvey {
        serde_json::from_str(include_str!("template.json"))
            .expect("the built-in connections survey is valid JSON")
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.key == key)
    }

    /// Where a text is missing in `lang`: "title", "intro", a question's key, "key: choice".
    pub fn untranslated(&self, lang: &str) -> Vec<String> {
        let missing = |t: &Texts| t.get(lang).is_none_or(|s| s.trim().is_empty());
        let mut out: Vec<String> = [
            ("title", &self.title),
            ("intro", &self.intro),
            ("ties_prompt", &self.ties_prompt),
        ]
        .into_iter()
        .filter(|(_, t)| missing(t))
        .map(|(name, _)| name.to_owned())
        .collect();
        for q in &self.questions {
            if missing(&q.text) {
                out.push(q.key.clone());
            }
            for c in q.choices.iter().filter(|c| missing(&c.text)) {
                out.push(format!("{}: {}", q.key, c.key));
            }
        }
        out
    }

    /// Why forms cannot print in `languages` (one or two the survey runs in, each fully
    /// translated), or `None` when they can.
    pub fn print_language_problem(&self, languages: &[String]) -> Option<String> {
        crate::survey_languages::print_language_problem(&self.languages, languages, |lang| {
            self.untranslated(lang)
        })
    }

    /// The languages forms print in when none are asked for.
    pub fn default_print_languages(&self, chapter: &[crate::settings::Lang]) -> Vec<String> {
        crate::survey_languages::default_print_languages(&self.languages, chapter)
    }

    /// Checks a survey before it is kept: keys unique and plain, kinds a member's form can
    /// answer, every choice question with choices, a sensible number of lines.
    pub fn checked(self) -> Result<ConnectionsSurvey> {
        let refuse = |reason| Err(CoreError::invalid(msg!("field-survey"), reason));
        if self.languages.is_empty() {
            return refuse(msg!("survey-no-language"));
        }
        if self.title.values().all(|t| t.trim().is_empty()) {
            return Err(CoreError::invalid(
                msg!("field-survey"),
                msg!("connections-title-missing"),
            )
            .at("title"));
        }
        if !(1..=MOST_ROWS).contains(&self.rows) {
            return Err(CoreError::invalid(
                msg!("field-survey"),
                msg!("connections-rows-range", most = MOST_ROWS),
            )
            .at("rows"));
        }
        let mut keys: Vec<&str> = Vec::new();
        for q in &self.questions {
            let plain = !q.key.is_empty()
                && q.key
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_');
            if !plain || keys.contains(&q.key.as_str()) {
                return refuse(msg!("survey-question-key", question = q.key.as_str()));
            }
            keys.push(&q.key);
            if matches!(q.kind, QuestionKind::Scale | QuestionKind::TopThree) {
                return refuse(msg!(
                    "connections-kind-not-asked",
                    question = q.key.as_str()
                ));
            }
            if q.kind.has_choices() && q.choices.is_empty() {
                return refuse(msg!(
                    "survey-question-needs-choices",
                    question = q.key.as_str()
                ));
            }
        }
        Ok(self)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_built_in_survey_is_whole_in_english_and_spanish() {
        let survey = ConnectionsSurvey::template().checked().unwrap();
        assert_eq!(survey.untranslated("en"), Vec::<String>::new());
        assert_eq!(survey.untranslated("es"), Vec::<String>::new());
        assert_eq!(
            survey.print_language_problem(&["en".into(), "es".into()]),
            None
        );
        assert!(survey.print_language_problem(&["vi".into()]).is_some());
    }

    #[test]
    fn a_survey_without_a_title_or_with_too_many_lines_is_refused_at_the_field() {
        let mut nameless = ConnectionsSurvey::template();
        for text in nameless.title.values_mut() {
            text.clear();
        }
        assert_eq!(nameless.checked().unwrap_err().key(), Some("title"));
        let mut long = ConnectionsSurvey::template();
        long.rows = MOST_ROWS + 1;
        assert_eq!(long.checked().unwrap_err().key(), Some("rows"));
    }
}
