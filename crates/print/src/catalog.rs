//! Print catalogs: every word on paper, per language, in Project Fluent files
//! (`locales/<lang>.ftl`) compiled into the binary.

use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use groundwork_core::settings::{Lang, LanguageChoice};

use crate::PrintError;

const EN: &str = include_str!("../locales/en.ftl");
const ES: &str = include_str!("../locales/es.ftl");

/// The text `id` in each of `catalogs`' languages, in their order.
pub fn in_each(catalogs: &[Catalog], id: &str) -> Result<Vec<String>, PrintError> {
    catalogs.iter().map(|c| c.text(id)).collect()
}

pub struct Catalog {
    lang: Lang,
    bundle: FluentBundle<FluentResource>,
}

impl Catalog {
    /// One catalog for each language a document is printed in, in the order they are said.
    pub fn all_of(choice: LanguageChoice) -> Vec<Catalog> {
        choice
            .languages()
            .iter()
            .map(|l| Catalog::new(*l))
            .collect()
    }

    pub fn new(lang: Lang) -> Catalog {
        let (source, id) = match lang {
            Lang::En => (EN, unic_langid::langid!("en")),
            Lang::Es => (ES, unic_langid::langid!("es")),
        };
        // The catalogs are compiled in and parsed by a test; a syntax error is a build defect.
        let resource = FluentResource::try_new(source.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("{} catalog: {errors:?}", lang.code()));
        let mut bundle = FluentBundle::new(vec![id]);
        // Isolation marks are invisible on screen but would land in the PDF's text.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("{} catalog: {errors:?}", lang.code()));
        Catalog { lang, bundle }
    }

    pub fn lang(&self) -> Lang {
        self.lang
    }

    /// The text for `id`, or `MissingText` naming the language and id.
    pub fn text(&self, id: &str) -> Result<String, PrintError> {
        self.format(id, None)
    }

    /// The text for `id` with named values filled in (`{ $page }`).
    pub fn text_with(
        &self,
        id: &str,
        args: &[(&str, FluentValue<'_>)],
    ) -> Result<String, PrintError> {
        let mut fluent_args = FluentArgs::new();
        for (name, value) in args {
            fluent_args.set(*name, value.clone());
        }
        self.format(id, Some(&fluent_args))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> Result<String, PrintError> {
        let missing = || PrintError::MissingText {
            lang: self.lang.code(),
            id: id.to_owned(),
        };
        let message = self.bundle.get_message(id).ok_or_else(missing)?;
        let pattern = message.value().ok_or_else(missing)?;
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, args, &mut errors)
            .into_owned();
        if errors.is_empty() {
            Ok(text)
        } else {
            Err(PrintError::InvalidRequest(format!(
                "catalog text '{id}': {errors:?}"
            )))
        }
    }

    /// Every message id in this catalog, for completeness checks.
    pub fn ids(lang: Lang) -> Vec<String> {
        let source = match lang {
            Lang::En => EN,
            Lang::Es => ES,
        };
        source
            .lines()
            .filter(|l| l.chars().next().is_some_and(|c| c.is_ascii_lowercase()))
            .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_owned()))
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_language_has_every_text() {
        let english = Catalog::ids(Lang::En);
        assert!(english.len() > 5);
        for lang in Lang::ALL {
            let catalog = Catalog::new(lang);
            for id in &english {
                catalog
                    .text_with(
                        id,
                        &[
                            ("page", 1.into()),
                            ("pages", 2.into()),
                            ("date", "2026-01-02".into()),
                            ("count", 3.into()),
                            ("from", "2026-01-02".into()),
                            ("to", "2026-02-03".into()),
                            ("mean", "3.3".into()),
                            ("group", "Eastside".into()),
                            ("widely", "3".into()),
                            ("deeply", "3".into()),
                            ("winnable", "3".into()),
                            ("base", "3".into()),
                            ("resources", "3".into()),
                            ("partners", "3".into()),
                            ("total", 18.into()),
                            ("spread", "0-1-4-10-3".into()),
                            ("weekday", "Monday".into()),
                            ("month", "January".into()),
                            ("day", "2".into()),
                            ("year", "2026".into()),
                            ("hour12", "6".into()),
                            ("hour24", "18".into()),
                            ("minute", "30".into()),
                            ("half", "pm".into()),
                            ("time", "6:30 pm".into()),
                            ("people", 12.into()),
                            ("orgs", 5.into()),
                            ("ties", 20.into()),
                            ("kind", "union".into()),
                            ("relationship", "ally".into()),
                            ("members", 3.into()),
                            ("introducers", "Ana Reyes".into()),
                            ("target", "Alderperson Ruiz".into()),
                            ("sheet", "B2".into()),
                            ("row", "B".into()),
                            ("column", 2.into()),
                            ("amount", "$800.00".into()),
                            ("months", 5.into()),
                            ("name", "Rosa Martínez".into()),
                            ("parts", "Budget; Timeline".into()),
                            ("value", "Eastside tenant union".into()),
                            ("chapter", "Riverside Chapter".into()),
                            ("award", "$800.00".into()),
                            ("title", "Eastside tenant union".into()),
                            ("asked", "$1,000.00".into()),
                            ("midpoint", "March 31, 2027".into()),
                            ("end", "July 31, 2027".into()),
                            ("round", "Spring 2027".into()),
                            ("awarded", 2.into()),
                            ("declined", 1.into()),
                            ("waiting", 2.into()),
                            ("respondents", 231.into()),
                            ("responses", 412.into()),
                            ("percent", 56.into()),
                            ("rank", 1.into()),
                            ("needs", 12.into()),
                            ("assessment", "Eastside 2026".into()),
                            ("spent", "$410.00".into()),
                            ("module", "Power mapping".into()),
                            ("left_out", 2.into()),
                            ("canvass", "Larch Court Saturday".into()),
                            ("languages", "Spanish (12), Vietnamese (3)".into()),
                            ("knocked", 30.into()),
                            ("conversations", 12.into()),
                            ("rate", "40%".into()),
                            ("new", 3.into()),
                            ("doors", 42.into()),
                            ("forms", 17.into()),
                            ("involved", 4.into()),
                        ],
                    )
                    .unwrap_or_else(|e| panic!("{e}"));
            }
            assert_eq!(
                Catalog::ids(lang).len(),
                english.len(),
                "{} has extra or missing ids",
                lang.code()
            );
        }
    }

    #[test]
    fn page_numbers_read_naturally() {
        let es = Catalog::new(Lang::Es);
        let text = es
            .text_with("page-x-of-y", &[("page", 2.into()), ("pages", 5.into())])
            .unwrap();
        assert_eq!(text, "página 2 de 5");
        assert!(matches!(
            es.text("no-such-id"),
            Err(PrintError::MissingText { .. })
        ));
    }
}
