//! The heart of the connections form: a line per organization or community, with boxes for the
//! member's role there, a 1–5 scale for how strong the tie is, and a box for "would introduce
//! us". The column titles sit above, in each print language; the boxes line up under them so
//! entry from the paper reads straight across.

use crate::fonts::face;
use crate::layout::measure::wrap;
use crate::layout::page::{Page, CHECK_BOX_MM, RULE};
use crate::layout::widgets::WRITE_ROW_MM;
use crate::layout::{mm, Block, Slot, Style};

/// Between one group of columns and the next.
const GROUP_GAP: f32 = 8.0;
/// Around a box inside its cell.
const CELL_PAD: f32 = 4.0;
/// Below the header, above the first line.
const BELOW_HEADER: f32 = 2.0;
/// Below the last line, before what follows.
const BELOW_GRID: f32 = 8.0;

/// What the grid says, each text in every print language.
pub struct GridTexts {
    pub organization: Vec<String>,
    pub role: Vec<String>,
    /// Member, active, leader, staff.
    pub roles: [Vec<String>; 4],
    pub strength: Vec<String>,
    pub introduce: Vec<String>,
}

/// A column title's lines: each language wrapped to the width, the first bold, the others
/// italic.
fn title_lines(texts: &[String], first: Style, second: Style, width: f32) -> Vec<(Style, String)> {
    texts
        .iter()
        .enumerate()
        .flat_map(|(i, text)| {
            let style = if i == 0 { first } else { second };
            wrap(text, style.face(), style.size(), width)
                .into_iter()
                .map(move |line| (style, line))
        })
        .collect()
}

fn lines_height(lines: &[(Style, String)]) -> f32 {
    lines.iter().map(|(s, _)| Style::leading(s.size())).sum()
}

fn draw_lines(
    page: &mut Page,
    lines: &[(Style, String)],
    left: f32,
    top: f32,
    width: f32,
    centred: bool,
) {
    let mut y = top;
    for (style, line) in lines {
        y += Style::leading(style.size());
        let x = if centred {
            left + (width - face(style.face()).width(line, style.size())) / 2.0
        } else {
            left
        };
        page.text(x, y - style.size() * 0.25, line, style.face(), style.size());
    }
}

pub struct TiesGrid {
    rows: usize,
    /// Left edges of each column group from the slot's left: roles, strength, introduce.
    role_cell: f32,
    strength_cell: f32,
    introduce_width: f32,
    organization: Vec<(Style, String)>,
    role: Vec<(Style, String)>,
    roles: Vec<Vec<(Style, String)>>,
    strength: Vec<(Style, String)>,
    introduce: Vec<(Style, String)>,
}

fn side() -> f32 {
    mm(CHECK_BOX_MM)
}

fn row() -> f32 {
    mm(WRITE_ROW_MM)
}

impl TiesGrid {
    pub fn new(texts: &GridTexts, rows: usize, width: f32) -> TiesGrid {
        let label = |t: &[String], w| title_lines(t, Style::Table, Style::TableHeaderSecond, w);
        // A cell is as wide as the longest word of its label (a role's name never breaks),
        // each language measured in the style it prints in; a box's width at the least.
        let widest_word = |texts: &[Vec<String>], first: Style, second: Style| {
            texts
                .iter()
                .flat_map(|each| each.iter().enumerate())
                .flat_map(|(i, t)| {
                    let style = if i == 0 { first } else { second };
                    t.split_whitespace()
                        .map(move |w| face(style.face()).width(w, style.size()))
                })
                .fold(side(), f32::max)
        };
        let role_cell =
            widest_word(&texts.roles, Style::Table, Style::TableHeaderSecond) + CELL_PAD * 2.0;
        let strength_cell = side() + CELL_PAD * 2.0;
        let introduce_width = widest_word(
            std::slice::from_ref(&texts.introduce),
            Style::TableHeader,
            Style::TableHeaderSecond,
        )
        .max(mm(20.0));
        let roles_width = role_cell * 4.0;
        let strength_width = strength_cell * 5.0;
        let org_width = width - roles_width - strength_width - introduce_width - GROUP_GAP * 3.0;
        let heading =
            |t: &[String], w| title_lines(t, Style::TableHeader, Style::TableHeaderSecond, w);
        TiesGrid {
            rows,
            role_cell,
            strength_cell,
            introduce_width,
            organization: heading(&texts.organization, org_width),
            role: heading(&texts.role, roles_width),
            roles: texts.roles.iter().map(|r| label(r, role_cell)).collect(),
            strength: heading(&texts.strength, strength_width),
            introduce: heading(&texts.introduce, introduce_width),
        }
    }

    fn roles_width(&self) -> f32 {
        self.role_cell * 4.0
    }

    fn strength_width(&self) -> f32 {
        self.strength_cell * 5.0
    }

    /// The height of the column titles: the role's title over the roles' names, the strength's
    /// over the numbers 1 to 5.
    fn header_height(&self) -> f32 {
        let sub = self
            .roles
            .iter()
            .map(|r| lines_height(r))
            .fold(0.0, f32::max);
        let numbers = Style::leading(Style::Table.size());
        [
            lines_height(&self.organization),
            lines_height(&self.role) + sub,
            lines_height(&self.strength) + numbers,
            lines_height(&self.introduce),
        ]
        .into_iter()
        .fold(0.0, f32::max)
    }

    /// Left edges, from the slot's right: the organization's column spans to the roles.
    fn columns(&self, slot: Slot) -> (f32, f32, f32) {
        let introduce = slot.right - self.introduce_width;
        let strength = introduce - GROUP_GAP - self.strength_width();
        let roles = strength - GROUP_GAP - self.roles_width();
        (roles, strength, introduce)
    }
}

impl Block for TiesGrid {
    fn height(&self) -> f32 {
        self.header_height() + BELOW_HEADER + row() * self.rows as f32 + BELOW_GRID
    }

    fn draw(&self, page: &mut Page, slot: Slot) {
        let (roles, strength, introduce) = self.columns(slot);
        let header = self.header_height();
        let sub_top = slot.top + lines_height(&self.role);
        // Titles sit at the foot of the header, over their columns.
        let foot = |lines: &[(Style, String)]| slot.top + header - lines_height(lines);
        draw_lines(
            page,
            &self.organization,
            slot.left,
            foot(&self.organization),
            roles - slot.left,
            false,
        );
        draw_lines(
            page,
            &self.role,
            roles,
            sub_top - lines_height(&self.role),
            self.roles_width(),
            true,
        );
        let sub = self
            .roles
            .iter()
            .map(|r| lines_height(r))
            .fold(0.0, f32::max);
        for (i, name) in self.roles.iter().enumerate() {
            let left = roles + self.role_cell * i as f32;
            draw_lines(
                page,
                name,
                left,
                sub_top + sub - lines_height(name),
                self.role_cell,
                true,
            );
        }
        let numbers_top = slot.top + header - Style::leading(Style::Table.size());
        draw_lines(
            page,
            &self.strength,
            strength,
            numbers_top - lines_height(&self.strength),
            self.strength_width(),
            true,
        );
        for n in 1..=5 {
            let left = strength + self.strength_cell * (n - 1) as f32;
            let number = [(Style::Table, n.to_string())];
            draw_lines(page, &number, left, numbers_top, self.strength_cell, true);
        }
        draw_lines(
            page,
            &self.introduce,
            introduce,
            foot(&self.introduce),
            self.introduce_width,
            true,
        );
        let top = slot.top + header + BELOW_HEADER;
        page.line((slot.left, top), (slot.right, top), RULE);
        for r in 0..self.rows {
            let row_top = top + row() * r as f32;
            let bottom = row_top + row();
            let box_top = row_top + (row() - side()) / 2.0;
            for i in 0..4 {
                let cell = roles + self.role_cell * i as f32;
                page.check_box(cell + (self.role_cell - side()) / 2.0, box_top);
            }
            for n in 0..5 {
                let cell = strength + self.strength_cell * n as f32;
                page.check_box(cell + (self.strength_cell - side()) / 2.0, box_top);
            }
            page.check_box(introduce + (self.introduce_width - side()) / 2.0, box_top);
            page.line((slot.left, bottom), (slot.right, bottom), RULE);
        }
    }
}
