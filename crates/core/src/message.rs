//! What the backend says to a person, as a message id and its values, so that the window can
//! say it in the screens' language (its own catalogues hold these ids too). The English, which
//! the command line prints, the log keeps, and a language without the message falls back to,
//! comes from `locales/en.ftl` and is written once, when the message is made.
//!
//! Made with [`msg!`](crate::msg): `msg!("person-name-missing")`,
//! `msg!("import-line", line = 12)`. Words that are not ours to translate (a library's own
//! error, a file's name) travel as [`Message::plain`], which every language shows as it is.

use std::collections::BTreeMap;
use std::fmt;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use serde::Serialize;
use ts_rs::TS;

const ENGLISH: &str = include_str!("../locales/en.ftl");

/// One value a message is filled with: a count (which picks the plural), a piece of text, or
/// another message (a field's name inside a refusal, a line inside a report), which the window
/// says in its language before filling it in.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
#[serde(untagged)]
pub enum Arg {
    Number(#[ts(type = "number")] i64),
    Text(String),
    Message(Box<Message>),
}

impl From<Message> for Arg {
    fn from(message: Message) -> Arg {
        Arg::Message(Box::new(message))
    }
}

impl From<&Message> for Arg {
    fn from(message: &Message) -> Arg {
        Arg::Message(Box::new(message.clone()))
    }
}

impl From<Box<Message>> for Arg {
    fn from(message: Box<Message>) -> Arg {
        Arg::Message(message)
    }
}

impl From<&Box<Message>> for Arg {
    fn from(message: &Box<Message>) -> Arg {
        Arg::Message(message.clone())
    }
}

macro_rules! number_arg {
    ($($t:ty),*) => {$(
        impl From<$t> for Arg {
            fn from(n: $t) -> Arg {
                Arg::Number(i64::try_from(n).unwrap_or(i64::MAX))
            }
        }
    )*};
}
number_arg!(u8, u16, i32, i64, u32, u64, usize);

impl From<&str> for Arg {
    fn from(text: &str) -> Arg {
        Arg::Text(text.to_owned())
    }
}

impl From<String> for Arg {
    fn from(text: String) -> Arg {
        Arg::Text(text)
    }
}

impl From<&String> for Arg {
    fn from(text: &String) -> Arg {
        Arg::Text(text.clone())
    }
}

/// A sentence or phrase for a person, by id and values, with its English. (The default is
/// no words at all.)
#[derive(Debug, Clone, Default, PartialEq, Eq, PartialOrd, Ord, Serialize, TS)]
pub struct Message {
    /// The id in the catalogues, or none for words shown as they are.
    pub id: Option<String>,
    pub args: BTreeMap<String, Arg>,
    /// The English.
    pub text: String,
}

impl Message {
    /// The message `id` filled with `args`, its English written from the catalogue. An id the
    /// catalogue lacks is a defect the catalogue test catches; until then its id shows.
    pub fn new(id: &'static str, args: Vec<(&'static str, Arg)>) -> Message {
        let text = english(id, &args);
        Message {
            id: Some(id.to_owned()),
            args: args
                .into_iter()
                .map(|(name, value)| (name.to_owned(), value))
                .collect(),
            text,
        }
    }

    /// Words that are not ours (a library's error, a path), shown as they are in every language.
    pub fn plain(text: impl Into<String>) -> Message {
        Message {
            id: None,
            args: BTreeMap::new(),
            text: text.into(),
        }
    }

    pub fn id(&self) -> Option<&str> {
        self.id.as_deref()
    }
}

impl fmt::Display for Message {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

/// Read as its English, as tests and the command line read it (`m.contains("line 3")`).
impl std::ops::Deref for Message {
    type Target = str;

    fn deref(&self) -> &str {
        &self.text
    }
}

/// Compared with words by its English, as tests and the command line read it.
impl PartialEq<str> for Message {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Message {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl From<String> for Message {
    fn from(text: String) -> Message {
        Message::plain(text)
    }
}

impl From<Box<Message>> for Message {
    fn from(message: Box<Message>) -> Message {
        *message
    }
}

impl From<&String> for Message {
    fn from(text: &String) -> Message {
        Message::plain(text.clone())
    }
}

impl From<&str> for Message {
    fn from(text: &str) -> Message {
        Message::plain(text)
    }
}

/// `msg!("id")` or `msg!("id", name = value, …)`: a [`Message`] with its English written.
#[macro_export]
macro_rules! msg {
    ($id:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::message::Message::new(
            $id,
            vec![$((stringify!($name), $crate::message::Arg::from($value))),*],
        )
    };
}

fn catalogue() -> &'static FluentBundle<FluentResource> {
    static BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    BUNDLE.get_or_init(|| {
        // Compiled in and read by a test: a syntax error is a build defect.
        let resource = FluentResource::try_new(ENGLISH.to_owned())
            .unwrap_or_else(|(_, errors)| panic!("core en.ftl: {errors:?}"));
        let mut bundle = FluentBundle::new_concurrent(vec![unic_langid::langid!("en")]);
        // The marks that keep right-to-left values apart would land in the CLI's output.
        bundle.set_use_isolating(false);
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("core en.ftl: {errors:?}"));
        bundle
    })
}

fn english(id: &str, args: &[(&'static str, Arg)]) -> String {
    let bundle = catalogue();
    let Some(pattern) = bundle.get_message(id).and_then(|m| m.value()) else {
        debug_assert!(false, "core en.ftl has no message '{id}'");
        return id.to_owned();
    };
    let mut values = FluentArgs::new();
    for (name, value) in args {
        match value {
            Arg::Number(n) => values.set(*name, FluentValue::from(*n)),
            Arg::Text(t) => values.set(*name, FluentValue::from(t.as_str())),
            Arg::Message(m) => values.set(*name, FluentValue::from(m.text.as_str())),
        }
    }
    let mut errors = Vec::new();
    let text = bundle.format_pattern(pattern, Some(&values), &mut errors);
    debug_assert!(errors.is_empty(), "core en.ftl '{id}': {errors:?}");
    text.into_owned()
}

/// Every id in the English catalogue, for the tests that keep code and catalogues in step.
pub fn catalogue_ids() -> Vec<&'static str> {
    ENGLISH
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_lowercase()))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_message_is_written_in_english_from_the_catalogue() {
        let m = crate::msg!("import-line", line = 12);
        assert_eq!(m.text, "line 12");
        assert_eq!(m.id(), Some("import-line"));
        assert_eq!(m.args["line"], Arg::Number(12));
        let json = serde_json::to_value(&m).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"id": "import-line", "args": {"line": 12}, "text": "line 12"})
        );
    }

    #[test]
    fn a_message_inside_a_message_is_written_in_and_travels_whole() {
        let m = crate::msg!(
            "import-left-out",
            place = crate::msg!("import-row", row = 4),
            why = crate::msg!("import-van-no-vanid")
        );
        assert_eq!(m.text, "row 4: no VANID");
        let json = serde_json::to_value(&m).unwrap();
        assert_eq!(json["args"]["place"]["id"], "import-row");
        assert_eq!(json["args"]["why"]["text"], "no VANID");
    }

    #[test]
    fn plain_words_carry_no_id() {
        let m = Message::from("disk full");
        assert_eq!((m.id(), m.to_string().as_str()), (None, "disk full"));
    }

    /// Every `msg!("id"` in core's sources is in the catalogue, and the catalogue holds no id
    /// that nothing says.
    #[test]
    fn the_catalogue_and_the_code_agree() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
        let mut used = std::collections::BTreeSet::new();
        let mut stack = [
            "src",
            "../workflows/src",
            "../print/src",
            "../../src-tauri/src",
        ]
        .map(|dir| root.join(dir))
        .to_vec();
        while let Some(dir) = stack.pop() {
            for entry in std::fs::read_dir(&dir).unwrap() {
                let path = entry.unwrap().path();
                if path.is_dir() {
                    stack.push(path);
                } else if path.extension().is_some_and(|e| e == "rs")
                    && !path.ends_with("core/src/message.rs")
                {
                    let text = std::fs::read_to_string(&path).unwrap();
                    for part in text.split("msg!(").skip(1) {
                        if let Some(quoted) = part.trim_start().strip_prefix('"') {
                            used.insert(quoted.split('"').next().unwrap().to_owned());
                        }
                    }
                }
            }
        }
        let known: std::collections::BTreeSet<String> =
            catalogue_ids().into_iter().map(str::to_owned).collect();
        let missing: Vec<_> = used.difference(&known).collect();
        let unused: Vec<_> = known.difference(&used).collect();
        assert!(missing.is_empty(), "not in core en.ftl: {missing:?}");
        assert!(
            unused.is_empty(),
            "in core en.ftl but never said: {unused:?}"
        );
    }
}
