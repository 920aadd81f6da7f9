//! What can go wrong while laying out a document.

#[derive(Debug, thiserror::Error)]
pub enum PrintError {
    /// Text that does not fit its box even at the smallest size allowed for it.
    #[error("{document}: the text '{text}' does not fit in {the_box}, even at {min_size} pt")]
    Overflow {
        document: &'static str,
        the_box: String,
        text: String,
        min_size: f32,
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
