//! What can go wrong while laying out a document.

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// Something too big for where it must go. The message names the document and the box, so
    /// the text can be found and shortened; nothing is clipped or runs off the page silently.
    #[error("{document}: {}", .why.explain(.the_box))]
    Overflow {
        document: &'static str,
        the_box: String,
        why: TooBig,
    },
    /// A word the catalog lacks in the language asked for.
    #[error("the {lang} print catalog has no text for '{id}'")]
    MissingText { lang: &'static str, id: String },
    #[error("{0}")]
    InvalidRequest(String),
    /// Cancel was pressed while printing; nothing was written.
    #[error("cancelled; nothing was printed")]
    Cancelled,
    #[error("the PDF could not be written: {0}")]
    Pdf(String),
}

/// Why something overflowed.
#[derive(Debug, Clone, PartialEq)]
pub enum TooBig {
    /// Text that does not fit its box even at the smallest size allowed for it.
    Text { text: String, min_size: f32 },
    /// A block (a question with its answers) taller than a whole page: wherever it went it
    /// would run past the bottom margin.
    Block { height: f32, page: f32 },
}

impl TooBig {
    fn explain(&self, the_box: &str) -> String {
        match self {
            TooBig::Text { text, min_size } => {
                format!("the text '{text}' does not fit in {the_box}, even at {min_size} pt")
            }
            TooBig::Block { height, page } => format!(
                "{the_box} does not fit on a page: it is {height:.0} pt tall and a page holds \
                 {page:.0} pt"
            ),
        }
    }
}
