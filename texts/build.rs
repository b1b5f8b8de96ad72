//! Embeds the shipped information library (`content/`) and the UI strings
//! (`i18n/`) into the build (the app, and the server that seeds its library
//! from them), so the app works offline from the first start.
//! The texts of all languages are one brotli-compressed blob (a fifth of
//! their size: the binary stays small), unpacked once when first used;
//! a generated index says which part of it is which file.
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

/// Appends each file's text to `blob` and returns the index entries
/// `("path", start, end)` of the generated table `name`.
fn table(name: &str, files: &[(String, PathBuf)], blob: &mut String) -> String {
    let mut s = format!("pub static {name}: Embedded = Embedded {{ index: &[\n");
    for (rel, abs) in files {
        let text = fs::read_to_string(abs).unwrap_or_else(|e| panic!("{}: {e}", abs.display()));
        let start = blob.len();
        blob.push_str(&text);
        s.push_str(&format!("    ({rel:?}, {start}, {}),\n", blob.len()));
    }
    s.push_str("], files: std::sync::OnceLock::new() };\n");
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

    let mut blob = String::new();
    let code =
        [table("ARTICLES", &articles, &mut blob), table("DATA", &data, &mut blob), table("FTL", &ftl, &mut blob)]
            .join("\n");
    let out = PathBuf::from(env::var("OUT_DIR").unwrap());
    let mut packed = Vec::new();
    {
        use std::io::Write;
        let mut w = brotli::CompressorWriter::new(&mut packed, 1 << 16, 11, 22);
        w.write_all(blob.as_bytes()).unwrap();
    }
    fs::write(out.join("embedded.br"), &packed).unwrap();
    let code = format!(
        "/// Every embedded text, brotli-compressed.\nstatic PACKED: &[u8] = include_bytes!({:?});\n/// Its size unpacked.\nconst UNPACKED_LEN: usize = {};\n\n{code}",
        out.join("embedded.br").to_string_lossy(),
        blob.len()
    );
    fs::write(out.join("embedded.rs"), code).unwrap();
}
