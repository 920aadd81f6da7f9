//! The markup as chapters write it, read into blocks.

use super::*;

fn text(t: &str) -> Span {
    Span {
        text: t.into(),
        bold: false,
        italic: false,
    }
}

#[test]
fn headings_paragraphs_and_styles() {
    let blocks = parse("# One-on-ones\n\nListen **more** than you *talk*.\nAsk why.\n\n#### Deep");
    assert_eq!(
        blocks,
        vec![
            Block::Heading {
                level: 1,
                spans: vec![text("One-on-ones")]
            },
            Block::Paragraph {
                spans: vec![
                    text("Listen "),
                    Span {
                        text: "more".into(),
                        bold: true,
                        italic: false
                    },
                    text(" than you "),
                    Span {
                        text: "talk".into(),
                        bold: false,
                        italic: true
                    },
                    text(". Ask why."),
                ]
            },
            Block::Heading {
                level: 3,
                spans: vec![text("Deep")]
            },
        ]
    );
}

#[test]
fn check_boxes_are_list_items_that_start_with_brackets() {
    let blocks = parse("- [ ] Childcare\n- [x] Food\n- Interpretation");
    let Block::List { ordered, items, .. } = &blocks[0] else {
        panic!("{blocks:?}")
    };
    assert!(!ordered);
    let checks: Vec<_> = items.iter().map(|i| i.check).collect();
    assert_eq!(checks, vec![Some(false), Some(true), None]);
    assert_eq!(
        items[0].blocks,
        vec![Block::Paragraph {
            spans: vec![text("Childcare")]
        }]
    );
}

#[test]
fn lines_ending_in_underscores_are_lines_to_write_on() {
    let blocks = parse("Think of someone you know.\nName: ___\nPhone: ______\n___\n___\n\nThanks.");
    assert_eq!(
        blocks,
        vec![
            Block::Paragraph {
                spans: vec![text("Think of someone you know.")]
            },
            Block::WriteIn {
                lines: vec![vec![text("Name:")], vec![text("Phone:")], vec![], vec![]]
            },
            Block::Paragraph {
                spans: vec![text("Thanks.")]
            },
        ]
    );
}

#[test]
fn a_bold_label_keeps_its_style_before_its_line() {
    let blocks = parse("**What they care about:** ___");
    assert_eq!(
        blocks,
        vec![Block::WriteIn {
            lines: vec![vec![Span {
                text: "What they care about:".into(),
                bold: true,
                italic: false
            }]]
        }]
    );
}

#[test]
fn tables_keep_their_empty_rows_to_write_in() {
    let blocks = parse("| Who | Power |\n|---|---|\n| Mayor | high |\n|  |  |\n| only one |");
    let Block::Table { header, rows } = &blocks[0] else {
        panic!("{blocks:?}")
    };
    assert_eq!(header.len(), 2);
    assert_eq!(rows.len(), 3);
    assert!(!is_blank_row(&rows[0]) && is_blank_row(&rows[1]));
    assert_eq!(
        rows[2].len(),
        2,
        "a short row is made as wide as the header"
    );
}

#[test]
fn numbered_and_nested_lists_and_quotes() {
    let blocks = parse("3. First\n4. Second\n   - inner\n\n> Said at the door");
    let Block::List {
        ordered,
        start,
        items,
    } = &blocks[0]
    else {
        panic!("{blocks:?}")
    };
    assert!(ordered);
    assert_eq!(*start, 3);
    assert!(matches!(items[1].blocks[1], Block::List { .. }));
    assert!(matches!(blocks[1], Block::Quote { .. }));
}

#[test]
fn a_pause_is_not_a_line_to_write_on() {
    assert_eq!(parse("***"), vec![Block::Break]);
    assert_eq!(
        parse("___"),
        vec![Block::WriteIn {
            lines: vec![vec![]]
        }]
    );
}

#[test]
fn html_is_dropped_and_anything_else_kept_as_text() {
    let blocks = parse("<!-- a note -->\n\nA [link](http://x) and `code`.");
    assert_eq!(
        blocks,
        vec![Block::Paragraph {
            spans: vec![text("A link and code.")]
        }]
    );
}
