//! Names as compared: "José García", "JOSE GARCIA" and "Jose Garcia" are one name. Every place
//! that compares names (sign-in matching, likely duplicates) folds them here, so they agree.

use unicode_normalization::char::is_combining_mark;
use unicode_normalization::UnicodeNormalization;

/// Lower case with accents and other marks dropped (compatibility decomposition, so "ﬁ" is
/// "fi" too). Letters that are not marked forms of others ("ø", "ł", "ß") stay as they are.
pub fn fold(text: &str) -> String {
    text.nfkd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::fold;

    #[test]
    fn accents_and_case_fold_away() {
        assert_eq!(fold("José García"), "jose garcia");
        assert_eq!(fold("JOSÉ GARCÍA"), fold("jose garcia"));
        assert_eq!(fold("Nguyễn Thị Ánh"), "nguyen thi anh");
        assert_eq!(fold("Muñoz"), "munoz");
        assert_eq!(fold("Zoë"), "zoe");
    }
}
