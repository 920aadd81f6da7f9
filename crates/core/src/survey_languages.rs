//! Which languages a chapter's survey prints in, for every survey a chapter hands out on paper
//! (the needs assessment's, the connections assessment's): the default choice, and why a choice
//! cannot print.

use crate::settings::Lang;

/// The languages forms print in when none are asked for: the chapter's print languages the
/// survey runs in (`runs_in`), at most two; else the survey's first language.
pub fn default_print_languages(runs_in: &[String], chapter: &[Lang]) -> Vec<String> {
    let wanted: Vec<String> = chapter
        .iter()
        .map(|l| l.code().to_owned())
        .filter(|l| runs_in.contains(l))
        .take(2)
        .collect();
    if wanted.is_empty() {
        runs_in.iter().take(1).cloned().collect()
    } else {
        wanted
    }
}

/// Why forms cannot print in `asked` (one or two languages the survey runs in, each fully
/// translated: `untranslated` names a language's missing texts), or `None` when they can.
pub fn print_language_problem(
    runs_in: &[String],
    asked: &[String],
    untranslated: impl Fn(&str) -> Vec<String>,
) -> Option<String> {
    if asked.is_empty() || asked.len() > 2 {
        return Some("print the forms in one language or two".into());
    }
    asked.iter().find_map(|lang| {
        if !runs_in.contains(lang) {
            return Some(format!(
                "the survey does not run in '{lang}' (it runs in {})",
                runs_in.join(", ")
            ));
        }
        let missing = untranslated(lang);
        if missing.is_empty() {
            return None;
        }
        let shown: Vec<&str> = missing.iter().take(8).map(String::as_str).collect();
        let more = match missing.len() - shown.len() {
            0 => String::new(),
            more => format!(" and {more} more"),
        };
        Some(format!(
            "the survey is not yet translated into '{lang}': {} text(s) missing ({}{more}); translate them before printing",
            missing.len(),
            shown.join(", ")
        ))
    })
}
