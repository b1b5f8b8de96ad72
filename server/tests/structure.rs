//! The server's modules depend one way: the app's API (`src/api/`) and the
//! dashboard (`src/dashboard/`) stand side by side on what they share
//! (`state`, `messages`, `storage`...), and neither imports the other, so
//! either can change without the other (issue 20). This reads the source
//! and names any file that reaches across.

use std::path::{Path, PathBuf};

/// The two areas that must not import each other.
const AREAS: [&str; 2] = ["api", "dashboard"];

/// Every `.rs` file under `dir`, by path.
fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap_or_else(|e| panic!("{}: {e}", dir.display())) {
        let path = entry.unwrap().path();
        if path.is_dir() {
            out.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
    out.sort();
    out
}

/// The module a file under `src/` is: `api/mod.rs` is `api`,
/// `api/records.rs` is `api::records`.
fn module_of(relative: &str) -> Vec<String> {
    let relative = relative.trim_end_matches(".rs");
    let mut path: Vec<String> = relative.split('/').map(str::to_string).collect();
    if path.last().is_some_and(|l| l == "mod") {
        path.pop();
    }
    path
}

/// The code without comments, so a comment may name another module.
fn without_comments(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("//") {
            rest = after.find('\n').map_or("", |i| &after[i..]);
        } else if let Some(after) = rest.strip_prefix("/*") {
            rest = after.find("*/").map_or("", |i| &after[i + 2..]);
        } else {
            let c = rest.chars().next().unwrap_or_default();
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn ident_at(s: &str) -> (&str, &str) {
    let end = s.find(|c: char| !(c.is_alphanumeric() || c == '_')).unwrap_or(s.len());
    (&s[..end], &s[end..])
}

/// The top-level modules of the crate that `code`, in `module`, names by a
/// `crate::`, `super::` or `self::` path (`use crate::{a, b::c}` names `a`
/// and `b`).
fn crate_modules_named(code: &str, module: &[String]) -> Vec<String> {
    let mut named = Vec::new();
    for (i, _) in code.match_indices("::") {
        // The start of a path: the whole name `crate`, `super` or `self`
        // right before `::`, not itself after a `::`.
        let head_start = code[..i].rfind(|c: char| !(c.is_alphanumeric() || c == '_')).map_or(0, |p| p + 1);
        let head = &code[head_start..i];
        if !["crate", "super", "self"].contains(&head) || code[..head_start].ends_with("::") {
            continue;
        }
        let mut base: Vec<String> = match head {
            "crate" => Vec::new(),
            "super" => module[..module.len().saturating_sub(1)].to_vec(),
            _ => module.to_vec(),
        };
        let mut rest = &code[i + 2..];
        while let Some(after) = rest.strip_prefix("super::") {
            base.pop();
            rest = after;
        }
        let rest = rest.trim_start();
        let firsts: Vec<String> = if let Some(group) = rest.strip_prefix('{') {
            // The first name of each item of the group, at its top level.
            let mut depth = 0;
            let mut items = vec![String::new()];
            for c in group.chars() {
                match c {
                    '{' => depth += 1,
                    '}' if depth == 0 => break,
                    '}' => depth -= 1,
                    ',' if depth == 0 => items.push(String::new()),
                    _ => items.last_mut().unwrap().push(c),
                }
            }
            items.iter().map(|item| ident_at(item.trim()).0.to_string()).filter(|n| !n.is_empty()).collect()
        } else {
            vec![ident_at(rest).0.to_string()]
        };
        for first in firsts {
            // Inside the crate's own top level, a path's first name is the
            // top-level module; deeper, the base already is.
            let top = base.first().cloned().unwrap_or(first);
            named.push(top);
        }
    }
    named
}

/// What is wrong with a file of `area`: every other area it names.
fn reaches_across(relative: &str, text: &str) -> Vec<String> {
    let module = module_of(relative);
    let area = &module[0];
    let mut across: Vec<String> = crate_modules_named(&without_comments(text), &module)
        .into_iter()
        .filter(|m| m != area && AREAS.contains(&m.as_str()))
        .collect();
    across.dedup();
    across
}

#[test]
fn neither_the_api_nor_the_dashboard_imports_the_other() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut problems = Vec::new();
    let mut scanned = 0;
    for area in AREAS {
        for file in rust_files(&src.join(area)) {
            let relative = file.strip_prefix(&src).unwrap().to_string_lossy().replace('\\', "/");
            let text = std::fs::read_to_string(&file).unwrap();
            scanned += 1;
            for other in reaches_across(&relative, &text) {
                problems.push(format!("server/src/{relative} imports crate::{other}"));
            }
        }
    }
    assert!(scanned >= 8, "found the files of both areas ({scanned})");
    assert!(problems.is_empty(), "the API and the dashboard must not import each other:\n{}", problems.join("\n"));
}

#[test]
fn a_path_across_is_found_however_it_is_written() {
    let across = |file: &str, text: &str| reaches_across(file, text);
    assert_eq!(across("api/records.rs", "use crate::dashboard::Page;"), ["dashboard"]);
    assert_eq!(across("api/mod.rs", "use super::dashboard::router;"), ["dashboard"]);
    assert_eq!(across("dashboard/pages.rs", "use super::super::api::AppState;"), ["api"]);
    assert_eq!(across("dashboard/mod.rs", "use crate::{clock::now, api::{Account, ApiJson}};"), ["api"]);
    assert_eq!(across("dashboard/content.rs", "let k = crate::api::decode_key(s);"), ["api"]);
    // What is allowed: the shared modules, the area's own, and comments.
    assert!(across("dashboard/mod.rs", "use crate::state::AppState;\nuse super::content;").is_empty());
    assert!(across("api/records.rs", "use super::{Account, ApiJson};\nuse self::inner::X;").is_empty());
    assert!(across("api/mod.rs", "// mounted beside crate::dashboard\n/* crate::dashboard */").is_empty());
    assert!(across("api/mod.rs", "let a = my_crate::dashboard::x; let b = huiskamer_core::api::y;").is_empty());
}
