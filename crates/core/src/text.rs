//! Typed text as it is kept: trimmed, and a blank optional field as no value at all.

/// `None` for a field left blank (or only spaces); otherwise the text without its outer spaces.
pub fn trimmed(text: &Option<String>) -> Option<String> {
    text.as_deref()
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(str::to_owned)
}

#[cfg(test)]
mod tests {
    use super::trimmed;

    #[test]
    fn blank_is_none_and_text_loses_its_outer_spaces() {
        assert_eq!(trimmed(&None), None);
        assert_eq!(trimmed(&Some("   ".into())), None);
        assert_eq!(trimmed(&Some(" Rosa ".into())), Some("Rosa".into()));
    }
}
