//! The survey of an assessment: domains of need, each with questions, and a closing section
//! about the household. Every text is kept in each of the survey's languages.
//!
//! A survey is stored and edited whole (one JSON document per assessment). Answers refer to
//! its question and choice keys, which never change once a form is printed.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};
use ts_rs::TS;

use crate::msg;
use crate::{CoreError, Message, Result};

/// Text in each language, by language code ("en", "es", "vi").
pub type Texts = BTreeMap<String, String>;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum QuestionKind {
    /// 1 (not hard at all) to 5 (very hard): how hard this is for the household.
    Scale,
    /// Pick one choice.
    Single,
    /// Pick any of the choices.
    Multiple,
    YesNo,
    /// A short written answer.
    Text,
    /// Pick up to three of the domains.
    TopThree,
    /// A whole number (household size).
    Number,
}

impl QuestionKind {
    pub fn has_choices(self) -> bool {
        matches!(
            self,
            QuestionKind::Single | QuestionKind::Multiple | QuestionKind::TopThree
        )
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Choice {
    pub key: String,
    pub text: Texts,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Question {
    pub key: String,
    pub kind: QuestionKind,
    pub text: Texts,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub choices: Vec<Choice>,
}

/// One area of need (housing, health, ...). Its first question is its 1–5 scale: how deeply
/// the need is felt.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Domain {
    pub key: String,
    pub title: Texts,
    pub questions: Vec<Question>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, TS)]
pub struct Survey {
    /// Language codes, in the order forms print them.
    pub languages: Vec<String>,
    pub title: Texts,
    pub intro: Texts,
    /// Read before any contact details are written down.
    pub consent: Texts,
    pub domains: Vec<Domain>,
    /// About the household: top three needs, size, language, coming to a meeting, anything else.
    pub about: Vec<Question>,
}

/// Texts still missing in one of the survey's languages.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, TS)]
pub struct Untranslated {
    pub lang: String,
    /// Where: "title", "housing: title", "housing_problems: repairs_not_done".
    pub missing: Vec<String>,
}

/// The key of the "pick your top three" question, which names needs by domain key.
pub const TOP_THREE: &str = "top_three";
/// The key of the household's preferred language question.
pub const LANGUAGE: &str = "language";
/// The key of "would you come to a meeting about this?".
pub const COME_TO_MEETING: &str = "come_to_meeting";

impl Survey {
    /// The built-in survey every assessment starts from, in English and Spanish.
    pub fn template() -> Survey {
        serde_json::from_str(include_str!("template.json"))
            .expect("the built-in survey template is valid JSON")
    }

    /// Every question, with the domain it belongs to (`None` for the household section).
    pub fn questions(&self) -> impl Iterator<Item = (Option<&Domain>, &Question)> {
        self.domains
            .iter()
            .flat_map(|d| d.questions.iter().map(move |q| (Some(d), q)))
            .chain(self.about.iter().map(|q| (None, q)))
    }

    pub fn question(&self, key: &str) -> Option<&Question> {
        self.questions().map(|(_, q)| q).find(|q| q.key == key)
    }

    /// The domain's scale question: how hard the need is for the household.
    pub fn severity_question(domain: &Domain) -> Option<&Question> {
        domain
            .questions
            .iter()
            .find(|q| q.kind == QuestionKind::Scale)
    }

    /// Checks the survey's shape: keys present and unique, choices exactly where a kind needs
    /// them, the top-three question naming the domains. Says where the problem is.
    pub fn check(&self) -> Result<()> {
        let bad = |reason: Message| Err(CoreError::invalid(msg!("field-survey"), reason));
        if self.languages.is_empty() {
            return bad(msg!("survey-no-language"));
        }
        let mut keys = std::collections::BTreeSet::new();
        for domain in &self.domains {
            if !is_key(&domain.key) || !keys.insert(domain.key.as_str()) {
                return bad(msg!("survey-need-key", need = domain.key.as_str()));
            }
        }
        for (_, q) in self.questions() {
            if !is_key(&q.key) || !keys.insert(q.key.as_str()) {
                return bad(msg!("survey-question-key", question = q.key.as_str()));
            }
            if q.kind.has_choices() == q.choices.is_empty() {
                return bad(if q.choices.is_empty() {
                    msg!("survey-question-needs-choices", question = q.key.as_str())
                } else {
                    msg!("survey-question-no-choices", question = q.key.as_str())
                });
            }
            let mut choice_keys = std::collections::BTreeSet::new();
            for c in &q.choices {
                if !is_key(&c.key) || !choice_keys.insert(c.key.as_str()) {
                    return bad(msg!(
                        "survey-choice-key",
                        question = q.key.as_str(),
                        choice = c.key.as_str()
                    ));
                }
            }
            if q.kind == QuestionKind::TopThree {
                let named: Vec<&str> = q.choices.iter().map(|c| c.key.as_str()).collect();
                if let Some(stray) = named
                    .iter()
                    .find(|k| !self.domains.iter().any(|d| d.key == **k))
                {
                    return bad(msg!(
                        "survey-top-three-stray",
                        question = q.key.as_str(),
                        stray = *stray
                    ));
                }
            }
        }
        Ok(())
    }

    /// Where a text is missing in `lang`, in survey order: "title", "housing: title",
    /// "housing_hard", "housing_problems: repairs_not_done". Empty when fully translated.
    pub fn untranslated(&self, lang: &str) -> Vec<String> {
        let missing = |t: &Texts| t.get(lang).is_none_or(|s| s.trim().is_empty());
        let mut out = Vec::new();
        for (name, texts) in [
            ("title", &self.title),
            ("intro", &self.intro),
            ("consent", &self.consent),
        ] {
            if missing(texts) {
                out.push(name.to_owned());
            }
        }
        let question = |q: &Question, out: &mut Vec<String>| {
            if missing(&q.text) {
                out.push(q.key.clone());
            }
            for c in &q.choices {
                if missing(&c.text) {
                    out.push(format!("{}: {}", q.key, c.key));
                }
            }
        };
        for d in &self.domains {
            if missing(&d.title) {
                out.push(format!("{}: title", d.key));
            }
            for q in &d.questions {
                question(q, &mut out);
            }
        }
        for q in &self.about {
            question(q, &mut out);
        }
        out
    }

    /// Texts still missing, for each of the survey's languages that has any.
    pub fn untranslated_by_language(&self) -> Vec<Untranslated> {
        self.languages
            .iter()
            .map(|lang| Untranslated {
                lang: lang.clone(),
                missing: self.untranslated(lang),
            })
            .filter(|u| !u.missing.is_empty())
            .collect()
    }

    /// Why the forms cannot be printed in `languages` (one or two the survey runs in, each
    /// fully translated), or `None` when they can. Checked before anything prints.
    pub fn print_language_problem(&self, languages: &[String]) -> Option<String> {
        crate::survey_languages::print_language_problem(&self.languages, languages, |lang| {
            self.untranslated(lang)
        })
    }

    /// The languages forms print in when none are asked for (see
    /// [`crate::survey_languages::default_print_languages`]).
    pub fn default_print_languages(&self, chapter: &[crate::settings::Lang]) -> Vec<String> {
        crate::survey_languages::default_print_languages(&self.languages, chapter)
    }

    /// Adds a language the survey runs in; its texts start empty, to be translated.
    pub fn add_language(&mut self, code: &str) -> Result<()> {
        let code = code.trim().to_ascii_lowercase();
        let valid = (2..=3).contains(&code.len()) && code.chars().all(|c| c.is_ascii_lowercase());
        if !valid {
            return Err(CoreError::invalid(
                msg!("field-language"),
                msg!("survey-language-code-invalid", code = code.as_str()),
            ));
        }
        if !self.languages.contains(&code) {
            self.languages.push(code);
        }
        Ok(())
    }
}

fn is_key(key: &str) -> bool {
    !key.is_empty()
        && key
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_template_is_whole_in_english_and_spanish() {
        let survey = Survey::template();
        survey.check().unwrap();
        assert_eq!(survey.languages, ["en", "es"]);
        assert_eq!(survey.domains.len(), 12);
        assert!(survey.untranslated("en").is_empty());
        assert!(survey.untranslated("es").is_empty());
        for d in &survey.domains {
            assert!(
                Survey::severity_question(d).is_some(),
                "{} has a scale",
                d.key
            );
        }
        let top = survey.question(TOP_THREE).unwrap();
        assert_eq!(top.choices.len(), survey.domains.len());
    }

    #[test]
    fn the_template_holds_a_five_minute_conversation_at_a_door() {
        let survey = Survey::template();
        // Its intro promises five minutes: a 1–5 scale for each need, a follow-up only where
        // organizers act on the answer at once, and the household section.
        for d in &survey.domains {
            assert_eq!(d.questions[0].kind, QuestionKind::Scale, "{}", d.key);
            assert_eq!(d.questions[0].key, format!("{}_hard", d.key));
        }
        let follow_ups: Vec<&str> = survey
            .domains
            .iter()
            .flat_map(|d| d.questions.iter().skip(1))
            .map(|q| q.key.as_str())
            .collect();
        assert_eq!(
            follow_ups,
            [
                "housing_tenure",
                "housing_problems",
                "work_looking",
                "utilities_shutoff"
            ]
        );
        for key in [
            TOP_THREE,
            "household_size",
            LANGUAGE,
            COME_TO_MEETING,
            "anything_else",
        ] {
            assert!(survey.question(key).is_some(), "{key}");
        }
        assert_eq!(survey.questions().count(), 21);
    }

    #[test]
    fn a_new_language_starts_untranslated() {
        let mut survey = Survey::template();
        survey.add_language("VI").unwrap();
        let missing = survey.untranslated("vi");
        assert_eq!(&missing[..3], ["title", "intro", "consent"]);
        assert!(missing.contains(&"housing: title".to_owned()));
        assert!(missing.contains(&"housing_hard".to_owned()));
        let err = survey.add_language("Vietnamese").unwrap_err().to_string();
        assert!(err.contains("two or three letters"), "{err}");
    }

    #[test]
    fn a_broken_survey_says_where() {
        let mut survey = Survey::template();
        survey.domains[1].questions[0].key = survey.domains[0].questions[0].key.clone();
        let err = survey.check().unwrap_err().to_string();
        assert!(err.contains("repeated key"), "{err}");

        let mut survey = Survey::template();
        survey.about[0].choices.push(Choice {
            key: "parking".into(),
            text: Texts::new(),
        });
        let err = survey.check().unwrap_err().to_string();
        assert!(
            err.contains("'parking', which is not one of the needs"),
            "{err}"
        );
    }
}
