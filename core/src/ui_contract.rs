//! The UI's contract types, generated from the Rust view types so that
//! `ui/src/generated/contract.ts` cannot drift from what the core sends and
//! reads (issue 20). Each view type derives `ts_rs::TS` in test builds only;
//! this test renders every type the commands take or return, and every type
//! those name, into one file and compares it with the checked-in one.
//! `make ui-types` (`UPDATE_UI_TYPES=1`) rewrites it, and the UI tests'
//! fixtures taken from a real App (`ui_fixtures`).
//!
//! Where a field's Rust type is looser than what it holds, the field names
//! the TypeScript type with `#[ts(type)]`: `dir` is always `i18n::dir`'s
//! "ltr" or "rtl", `EntryItem::kind` an `EntryBody` kind. `Topic` and
//! `Source` belong to huiskamer-protocol, which does not take ts-rs (the
//! server and the fuzz build would carry it), so their fields are named the
//! same way.

use std::any::TypeId;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use ts_rs::{Config, TypeVisitor, TS};

fn repository() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("core/ is inside the repository")
}

/// The checked-in file `name` under `ui/src/`.
pub(crate) fn ui_file(name: &str) -> PathBuf {
    repository().join("ui/src").join(name)
}

/// Compares `text` with the checked-in `file`, or writes it with
/// `UPDATE_UI_TYPES=1`; a difference fails with what to run.
pub(crate) fn check_or_update(file: &Path, text: &str) {
    if std::env::var_os("UPDATE_UI_TYPES").is_some_and(|v| v == "1") {
        std::fs::create_dir_all(file.parent().unwrap()).unwrap();
        std::fs::write(file, text).unwrap();
        return;
    }
    let checked_in = std::fs::read_to_string(file).unwrap_or_default();
    if checked_in != text {
        // The first line that differs, or the first past the shorter text.
        let (old, new): (Vec<_>, Vec<_>) = (checked_in.lines().collect(), text.lines().collect());
        let line = old.iter().zip(&new).position(|(a, b)| a != b).unwrap_or(old.len().min(new.len())) + 1;
        let shown = file.strip_prefix(repository()).unwrap_or(file).display();
        panic!("the UI contract changed: run `make ui-types` ({shown} differs from line {line})");
    }
}

/// Collects the declaration of every type reached from the roots, by name,
/// so the file is in a stable order and names every type it uses.
struct Declarations<'a> {
    cfg: &'a Config,
    found: BTreeMap<String, (TypeId, String)>,
}

impl TypeVisitor for Declarations<'_> {
    fn visit<T: TS + 'static + ?Sized>(&mut self) {
        // Built-in types (strings, numbers, arrays, dates) have no file of
        // their own: they are written inline.
        if T::output_path().is_none() {
            return;
        }
        let name = T::ident(self.cfg);
        if let Some((id, _)) = self.found.get(&name) {
            assert_eq!(*id, TypeId::of::<T>(), "two view types are called {name}: rename one with #[ts(rename)]");
            return;
        }
        let decl = format!("{}export {}\n", T::docs().unwrap_or_default(), T::decl(self.cfg));
        self.found.insert(name, (TypeId::of::<T>(), decl));
        T::visit_dependencies(self);
    }
}

/// The text of `ui/src/generated/contract.ts`.
fn contract() -> String {
    use crate::app::{
        ArticleView, DirectoryView, ErrorView, LinkRequest, LocaleView, SearchView, TopicPage, TopicView,
    };
    use crate::contact_view::{ContactView, ConversationView, SyncView};
    use crate::diary::{DiarySearch, DiaryStatus, DiaryWeek, ReminderOpened};
    use crate::session::{AlarmSettings, SyncSettings};
    use crate::vault::{Entry, EntryBody};

    // JSON numbers: no count or id the core sends comes near 2^53.
    let cfg = Config::new().with_large_int("number");
    let mut all = Declarations { cfg: &cfg, found: BTreeMap::new() };
    // What the Tauri commands return or take (src-tauri/src/*.rs), and the
    // error every one of them may reject with.
    all.visit::<LocaleView>();
    all.visit::<TopicView>();
    all.visit::<TopicPage>();
    all.visit::<ArticleView>();
    all.visit::<SearchView>();
    all.visit::<DirectoryView>();
    all.visit::<LinkRequest>();
    all.visit::<ErrorView>();
    all.visit::<DiaryStatus>();
    all.visit::<ReminderOpened>();
    all.visit::<DiaryWeek>();
    all.visit::<DiarySearch>();
    all.visit::<Entry>();
    all.visit::<EntryBody>();
    all.visit::<ContactView>();
    all.visit::<ConversationView>();
    all.visit::<SyncView>();
    all.visit::<SyncSettings>();
    all.visit::<AlarmSettings>();

    let mut out = String::from(
        "// Generated from the core's Rust view types by `make ui-types`\n\
         // (core/src/ui_contract.rs): do not edit. ui/src/types.ts re-exports them.\n",
    );
    for (_, decl) in all.found.values() {
        out.push('\n');
        out.push_str(decl);
    }
    out
}

#[test]
fn ui_types() {
    check_or_update(&ui_file("generated/contract.ts"), &contract());
}

/// The views the UI tests use where realistic data is all they need, as a
/// real App on the shipped content answers them (ui/src/test/fixtures.ts
/// reads the file; what the core does not produce by default stays hand-made
/// there). Nothing here depends on today's date.
fn fixtures() -> String {
    let dir = tempfile::tempdir().unwrap();
    let app = crate::App::open(dir.path(), &["en-GB".to_string()]).expect("the app opens on the shipped content");
    let views = serde_json::json!({ "topics": app.topics().expect("the topics") });
    serde_json::to_string_pretty(&views).unwrap() + "\n"
}

#[test]
fn ui_fixtures() {
    check_or_update(&ui_file("test/fixtures.generated.json"), &fixtures());
}
