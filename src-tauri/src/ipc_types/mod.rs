//! The TypeScript types of everything that crosses to the window, generated from the Rust
//! types with ts-rs: one file per area under `ui/src/lib/api/types/` (each importing what it
//! uses from the others), and `ui/src/lib/api/types.ts` re-exporting them all. The test below
//! fails when any of them is stale; `make types` (UPDATE_TYPES=1) rewrites them.
//!
//! Record ids are branded strings (`string & { readonly __brand: "PersonId" }`): the window
//! can read one as text, but cannot pass a meeting's id where a person's is wanted.

#[cfg(test)]
mod areas;

/// The declarations of one area's file (without `export`).
#[cfg(test)]
pub struct Area {
    pub name: &'static str,
    pub decls: Vec<String>,
}

/// A record id's declaration: a string only the backend makes.
#[cfg(test)]
fn branded(name: &str) -> String {
    format!("type {name} = string & {{ readonly __brand: \"{name}\" }};")
}

#[cfg(test)]
mod tests {
    use std::collections::{BTreeMap, BTreeSet};
    use std::path::PathBuf;

    use ts_rs::Config;

    use super::{areas, Area};

    const HEADER: &str =
        "// Generated from the Rust types by ts-rs (src-tauri/src/ipc_types/). Do not edit:\n\
         // run `make types` after changing a type that crosses to the window.\n";

    fn api_folder() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../ui/src/lib/api")
    }

    /// The name a declaration declares: `type Name = …` or `type Name<T> = …`.
    fn declared(decl: &str) -> &str {
        let rest = decl.trim_start().trim_start_matches("type ");
        let end = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        &rest[..end]
    }

    /// A generic declaration's own parameters: `P` of `type PersonFields<P> = …`.
    fn parameters(decl: &str) -> Vec<&str> {
        let head = decl.split('=').next().unwrap_or_default();
        match (head.find('<'), head.rfind('>')) {
            (Some(open), Some(close)) if open < close => {
                head[open + 1..close].split(',').map(str::trim).collect()
            }
            _ => Vec::new(),
        }
    }

    /// The type names a declaration uses: capitalised words outside its doc comments and
    /// string literals (which hold values such as "letter", never type names), other than
    /// its own name and parameters.
    fn used(decl: &str) -> BTreeSet<String> {
        let mut code = String::new();
        let mut rest = decl;
        while let Some(start) = rest.find("/**") {
            code.push_str(&rest[..start]);
            rest = rest[start..]
                .find("*/")
                .map_or("", |end| &rest[start + end + 2..]);
        }
        code.push_str(rest);
        let mut names = BTreeSet::new();
        for (i, part) in code.split('"').enumerate() {
            if i % 2 == 1 {
                continue; // inside a string literal
            }
            for word in part.split(|c: char| !(c.is_alphanumeric() || c == '_')) {
                if word.starts_with(|c: char| c.is_ascii_uppercase()) {
                    names.insert(word.to_owned());
                }
            }
        }
        names.remove(declared(decl));
        for parameter in parameters(decl) {
            names.remove(parameter);
        }
        names
    }

    /// Every generated file, by its path under `ui/src/lib/api/`.
    fn generated() -> BTreeMap<String, String> {
        let cfg = Config::new();
        let all: Vec<Area> = areas::all(&cfg);
        let home: BTreeMap<String, &str> = all
            .iter()
            .flat_map(|area| {
                area.decls
                    .iter()
                    .map(move |d| (declared(d).to_owned(), area.name))
            })
            .collect();
        let mut files = BTreeMap::new();
        for area in &all {
            let mut imports: BTreeMap<&str, BTreeSet<String>> = BTreeMap::new();
            for decl in &area.decls {
                for name in used(decl) {
                    if let Some(other) = home.get(&name).filter(|a| **a != area.name) {
                        imports.entry(other).or_default().insert(name);
                    }
                }
            }
            let mut out = String::from(HEADER);
            out.push('\n');
            for (other, names) in &imports {
                let names: Vec<&str> = names.iter().map(String::as_str).collect();
                out.push_str(&format!(
                    "import type {{ {} }} from \"./{other}\";\n",
                    names.join(", ")
                ));
            }
            if !imports.is_empty() {
                out.push('\n');
            }
            for decl in &area.decls {
                out.push_str("export ");
                out.push_str(decl);
                out.push_str("\n\n");
            }
            out.truncate(out.trim_end().len());
            out.push('\n');
            files.insert(format!("types/{}.ts", area.name), out);
        }
        let mut index = String::from(HEADER);
        index.push_str("// Every area's types, for code that wants them from one place.\n\n");
        for area in &all {
            index.push_str(&format!("export type * from \"./types/{}\";\n", area.name));
        }
        files.insert("types.ts".to_owned(), index);
        files
    }

    /// The generated files found on disk, so one left from a removed area is stale too.
    fn on_disk() -> BTreeMap<String, String> {
        let folder = api_folder();
        let mut found = BTreeMap::new();
        if let Ok(text) = std::fs::read_to_string(folder.join("types.ts")) {
            found.insert("types.ts".to_owned(), text);
        }
        for entry in std::fs::read_dir(folder.join("types"))
            .into_iter()
            .flatten()
        {
            let path = entry.expect("read ui/src/lib/api/types").path();
            let name = path.file_name().map(|n| n.to_string_lossy().into_owned());
            if let Some(name) = name.filter(|n| n.ends_with(".ts")) {
                let text = std::fs::read_to_string(&path).expect("read a types file");
                found.insert(format!("types/{name}"), text);
            }
        }
        found
    }

    #[test]
    fn ipc_types_are_current() {
        let want = generated();
        if std::env::var_os("UPDATE_TYPES").is_some() {
            let folder = api_folder();
            std::fs::create_dir_all(folder.join("types")).expect("make the types folder");
            for stale in on_disk().keys().filter(|k| !want.contains_key(*k)) {
                std::fs::remove_file(folder.join(stale)).expect("remove a stale types file");
            }
            for (name, text) in &want {
                std::fs::write(folder.join(name), text).expect("write a types file");
            }
            return;
        }
        let have = on_disk();
        let stale: Vec<&String> = want
            .keys()
            .chain(have.keys())
            .filter(|k| want.get(*k) != have.get(*k))
            .collect::<BTreeSet<_>>()
            .into_iter()
            .collect();
        assert!(
            stale.is_empty(),
            "stale in ui/src/lib/api/: {stale:?}: run `make types` and commit them"
        );
    }

    #[test]
    fn every_type_is_declared_once_and_every_name_used_is_declared() {
        let cfg = Config::new();
        let all = areas::all(&cfg);
        let mut declared_names = BTreeSet::new();
        for decl in all.iter().flat_map(|a| &a.decls) {
            assert!(
                declared_names.insert(declared(decl).to_owned()),
                "{} is declared twice",
                declared(decl)
            );
        }
        // TypeScript's own generic types, used by ts-rs.
        let builtin = ["Array", "Record", "Partial"];
        for decl in all.iter().flat_map(|a| &a.decls) {
            for name in used(decl) {
                assert!(
                    declared_names.contains(&name) || builtin.contains(&name.as_str()),
                    "{} uses {name}, which no area declares",
                    declared(decl)
                );
            }
        }
    }
}
