//! A module as one text in one language: its title, a line or two on what it is for, and its
//! three parts in the markup (the facilitator's guide, the participants' handout, the
//! worksheet). Written as one file, the parts after marker lines, as the built-in modules are
//! kept and as a chapter may import one.

use serde::{Deserialize, Serialize};
use ts_rs::TS;

/// The three parts of a module, in the order a packet prints them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, TS)]
#[serde(rename_all = "snake_case")]
pub enum Part {
    /// The facilitator's guide: learning goals, the agenda with its timings, the exercises.
    Agenda,
    Handout,
    Worksheet,
}

impl Part {
    pub const ALL: [Part; 3] = [Part::Agenda, Part::Handout, Part::Worksheet];

    /// The marker line that starts the part in a module's file.
    fn marker(self) -> &'static str {
        match self {
            Part::Agenda => "<!-- guide -->",
            Part::Handout => "<!-- handout -->",
            Part::Worksheet => "<!-- worksheet -->",
        }
    }

    pub fn code(self) -> &'static str {
        match self {
            Part::Agenda => "agenda",
            Part::Handout => "handout",
            Part::Worksheet => "worksheet",
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize, TS)]
pub struct ModuleText {
    pub title: String,
    /// What the module is for, shown under its title in the library.
    pub summary: String,
    /// The facilitator's guide, in the markup.
    pub agenda: String,
    pub handout: String,
    pub worksheet: String,
}

impl ModuleText {
    pub fn part(&self, part: Part) -> &str {
        match part {
            Part::Agenda => &self.agenda,
            Part::Handout => &self.handout,
            Part::Worksheet => &self.worksheet,
        }
    }

    fn part_mut(&mut self, part: Part) -> &mut String {
        match part {
            Part::Agenda => &mut self.agenda,
            Part::Handout => &mut self.handout,
            Part::Worksheet => &mut self.worksheet,
        }
    }

    /// The module as one file: what [`read`] reads back.
    pub fn to_file(&self) -> String {
        let mut out = format!("# {}\n\n{}\n", self.title.trim(), self.summary.trim());
        for part in Part::ALL {
            out.push_str(&format!(
                "\n{}\n\n{}\n",
                part.marker(),
                self.part(part).trim()
            ));
        }
        out
    }
}

/// Whether a text is a whole module's file (it has the part markers) rather than one handout.
pub fn is_module_file(text: &str) -> bool {
    text.lines()
        .any(|l| Part::ALL.iter().any(|p| l.trim() == p.marker()))
}

/// Reads a module's file. A file without its `# Title` line, or with a part missing or out
/// of order, is refused saying which.
pub fn read(text: &str) -> Result<ModuleText, String> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut lines = text.lines().skip_while(|l| l.trim().is_empty());
    let title = lines
        .next()
        .and_then(|l| l.trim().strip_prefix("# "))
        .map(|t| t.trim().to_owned())
        .filter(|t| !t.is_empty())
        .ok_or("the first line is not the module's title (\"# Title\")")?;
    let mut module = ModuleText {
        title,
        ..ModuleText::default()
    };
    let mut current: Option<Part> = None;
    let mut seen: Vec<Part> = Vec::new();
    let mut summary = String::new();
    for line in lines {
        if let Some(part) = Part::ALL
            .iter()
            .copied()
            .find(|p| line.trim() == p.marker())
        {
            let expected = Part::ALL[seen.len().min(2)];
            if seen.contains(&part) || part != expected {
                return Err(format!(
                    "the part markers are out of order: {} where {} was expected",
                    part.marker(),
                    expected.marker()
                ));
            }
            seen.push(part);
            current = Some(part);
            continue;
        }
        let into = match current {
            Some(part) => module.part_mut(part),
            None => &mut summary,
        };
        into.push_str(line);
        into.push('\n');
    }
    if let Some(missing) = Part::ALL.iter().find(|p| !seen.contains(p)) {
        return Err(format!("the part {} is missing", missing.marker()));
    }
    module.summary = summary.split_whitespace().collect::<Vec<_>>().join(" ");
    for part in Part::ALL {
        let trimmed = module.part(part).trim().to_owned();
        *module.part_mut(part) = trimmed;
    }
    Ok(module)
}

#[cfg(test)]
mod tests {
    use super::*;

    const FILE: &str = "# One-on-ones\n\nWhy we listen.\nFirst.\n\n<!-- guide -->\n## Goals\n\n<!-- handout -->\nHello\n<!-- worksheet -->\nName: ___\n";

    #[test]
    fn a_modules_file_reads_into_its_parts_and_back() {
        let m = read(FILE).unwrap();
        assert_eq!(m.title, "One-on-ones");
        assert_eq!(m.summary, "Why we listen. First.");
        assert_eq!(m.agenda, "## Goals");
        assert_eq!(m.handout, "Hello");
        assert_eq!(m.worksheet, "Name: ___");
        assert_eq!(read(&m.to_file()).unwrap(), m);
        assert!(is_module_file(FILE) && !is_module_file("# Just a handout\n\nText"));
    }

    #[test]
    fn a_file_without_its_title_or_parts_is_refused_saying_which() {
        assert!(read("Hello\n").unwrap_err().contains("title"));
        let missing = read("# T\n<!-- guide -->\n<!-- handout -->\n").unwrap_err();
        assert!(missing.contains("<!-- worksheet -->"), "{missing}");
        let order = read("# T\n<!-- handout -->\n<!-- guide -->\n").unwrap_err();
        assert!(order.contains("out of order"), "{order}");
    }
}
