//! Embeds the shipped information library (`content/`) and the UI strings
//! (`i18n/`) into the core, so the app works offline from the first start.
//! The files are listed in a generated module; `include_str!` makes cargo
//! rebuild when one changes.
use std::path::{Path, PathBuf};
use std::{env, fs};

fn collect(root: &Path, dir: &Path, ext: &str, out: &mut Vec<(String, PathBuf)>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.flatten().map(|e| e.path()).collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            collect(root, &path, ext, out);
        } else if path.extension().and_then(|e| e.to_str()) == Some(ext) {
            let rel = path.strip_prefix(root).unwrap().to_string_lossy().replace('\\', "/");
            out.push((rel, path.canonicalize().unwrap()));
        }
    }
}

fn table(name: &str, files: &[(String, PathBuf)]) -> String {
    let mut s = format!("pub static {name}: &[(&str, &str)] = &[\n");
    for (rel, abs) in files {
        s.push_str(&format!("    ({rel:?}, include_str!({:?})),\n", abs.to_string_lossy()));
    }
    s.push_str("];\n");
    s
}

fn main() {
    let repo = PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("..");
    let content = repo.join("content");
    let i18n = repo.join("i18n");
    println!("cargo:rerun-if-changed={}", content.display());
    println!("cargo:rerun-if-changed={}", i18n.display());

    let mut articles = Vec::new();
    collect(&content, &content, "md", &mut articles);
    articles.retain(|(rel, _)| rel.contains('/')); // content/README.md is not an article
    let mut data = Vec::new();
    collect(&content, &content, "toml", &mut data);
    let mut ftl = Vec::new();
    collect(&i18n, &i18n, "ftl", &mut ftl);

    let code = [table("ARTICLES", &articles), table("DATA", &data), table("FTL", &ftl)].join("\n");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap()).join("embedded.rs");
    fs::write(out, code).unwrap();
}
