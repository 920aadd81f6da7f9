//! A folded booklet (a zine): pages half the size of the sheet, printed two to a side of the
//! sheet in the order that, printed on both sides, stacked, folded in half and stapled on the
//! fold, reads page 1, 2, 3… Blank pages make the count a multiple of four, since each sheet
//! carries four pages.

/// Which page (0-based; `None` for a blank one) goes on the left and right half of each side
/// of each sheet, for `pages` pages: sheet by sheet, the front side then the back.
///
/// With 8 pages the outer sheet's front carries 8 and 1, its back 2 and 7; the inner sheet's
/// front 6 and 3, its back 4 and 5.
pub fn sides(pages: usize) -> Vec<(Option<usize>, Option<usize>)> {
    let total = pages.max(1).div_ceil(4) * 4;
    let page = |n: usize| (n < pages).then_some(n);
    let mut out = Vec::with_capacity(total / 2);
    for sheet in 0..total / 4 {
        let (outer, inner) = (2 * sheet, 2 * sheet + 1);
        out.push((page(total - 1 - outer), page(outer)));
        out.push((page(inner), page(total - 1 - inner)));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Reads the booklet as a person would once it is folded: the sheets stacked in order,
    /// folded, then leafed through page by page.
    fn read_folded(sides: &[(Option<usize>, Option<usize>)]) -> Vec<Option<usize>> {
        let sheets = sides.len() / 2;
        let mut reading = vec![None; sheets * 4];
        for (n, pair) in sides.chunks(2).enumerate() {
            let (front, back) = (pair[0], pair[1]);
            // Folded, a sheet's front right half is the page `n` leaves in from the front, its
            // back left half the page after; its back right half and front left half are the
            // mirror places from the back cover.
            reading[2 * n] = front.1;
            reading[2 * n + 1] = back.0;
            reading[sheets * 4 - 2 - 2 * n] = back.1;
            reading[sheets * 4 - 1 - 2 * n] = front.0;
        }
        reading
    }

    #[test]
    fn eight_pages_fold_into_two_sheets_in_reading_order() {
        let s = sides(8);
        assert_eq!(
            s,
            vec![
                (Some(7), Some(0)),
                (Some(1), Some(6)),
                (Some(5), Some(2)),
                (Some(3), Some(4)),
            ]
        );
        assert_eq!(read_folded(&s), (0..8).map(Some).collect::<Vec<_>>());
    }

    #[test]
    fn any_count_is_padded_to_whole_sheets_and_reads_in_order() {
        for pages in 1..=21 {
            let s = sides(pages);
            assert_eq!(s.len() % 2, 0);
            assert_eq!(s.len() * 2, pages.div_ceil(4).max(1) * 4);
            let read = read_folded(&s);
            let content: Vec<usize> = read.iter().flatten().copied().collect();
            assert_eq!(content, (0..pages).collect::<Vec<_>>(), "{pages} pages");
            // The blanks come at the end, before the back cover's inside.
            assert!(
                read[..pages].iter().all(Option::is_some),
                "{pages}: {read:?}"
            );
        }
    }
}
