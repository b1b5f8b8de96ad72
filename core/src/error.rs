//! The app's one error boundary. Every error the UI can see becomes a
//! [`Problem`]: a typed [`ErrorCode`], which the UI branches on and which
//! crosses as the kebab-case string ui/CONTRACT.md promises, and the Fluent
//! arguments its message needs. [`App::error_view`] turns a problem into
//! the `{code, message}` the UI shows, in the reader's language; this file
//! is the only place that knows which Fluent message an error speaks with.

use fluent_bundle::FluentValue;
use serde::Serialize;

use crate::app::{App, AppError};
use crate::contact_view::ServerSettingError;
use crate::vault::VaultError;

/// Declares [`ErrorCode`] from one list, so the code on the wire, its
/// Fluent message (`error-<code>`) and the list the tests walk cannot
/// drift apart.
macro_rules! error_codes {
    ($($(#[$doc:meta])* $code:ident = $wire:literal,)*) => {
        /// What went wrong, as the UI may branch on it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum ErrorCode {
            $($(#[$doc])* $code,)*
        }

        impl ErrorCode {
            /// Every code, for the test that each has a message in every language.
            pub const ALL: &'static [ErrorCode] = &[$(ErrorCode::$code,)*];

            /// The code as the UI sees it.
            pub const fn as_str(self) -> &'static str {
                match self {
                    $(ErrorCode::$code => $wire,)*
                }
            }

            const fn message_id(self) -> &'static str {
                match self {
                    $(ErrorCode::$code => concat!("error-", $wire),)*
                }
            }
        }
    };
}

error_codes! {
    NotFound = "not-found",
    /// Input the app refused; with a [`Field`], the message names it.
    InvalidInput = "invalid-input",
    /// Reading or writing the app's own data failed (database, file, crypto).
    Storage = "storage",
    /// The device would not open a link (phone, map, website).
    OpenLink = "open-link",
    VaultNotSetUp = "vault-not-set-up",
    VaultSetUp = "vault-set-up",
    VaultLocked = "vault-locked",
    /// Arguments: `attempts` and `seconds` (the wait before the next try).
    VaultWrongPin = "vault-wrong-pin",
    /// Argument: `seconds`.
    VaultWait = "vault-wait",
    VaultPinShort = "vault-pin-short",
    VaultPinSimple = "vault-pin-simple",
    VaultPassphraseShort = "vault-passphrase-short",
    VaultDuressSame = "vault-duress-same",
    VaultTampered = "vault-tampered",
    RecoveryKeyTypo = "recovery-key-typo",
    RecoveryKeyFormat = "recovery-key-format",
    RecoveryKeyWrong = "recovery-key-wrong",
    BackupCorrupt = "backup-corrupt",
    DiskFull = "disk-full",
    ReadOnly = "read-only",
    /// A partner server address this app may not talk to.
    SyncAddress = "sync-address",
    /// The silent alarm's calculator code is not 4 to 8 digits.
    AlarmCode = "alarm-code",
    /// The PIN given for the silent alarm is not the emergency (duress) PIN.
    AlarmNotDuress = "alarm-not-duress",
    /// "Help now" before the silent alarm was set up.
    AlarmNotSetUp = "alarm-not-set-up",
}

impl std::fmt::Display for ErrorCode {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

// By hand, not derived: the string is `as_str`, the one spelling.
impl Serialize for ErrorCode {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.as_str())
    }
}

/// Codes compare with the string the UI sees (tests, logs).
impl PartialEq<&str> for ErrorCode {
    fn eq(&self, other: &&str) -> bool {
        self.as_str() == *other
    }
}

/// Declares [`Field`] from one list: its name in logs and, from it, the
/// Fluent message (`diary-field-<name>`) that names it to the person.
macro_rules! fields {
    ($($field:ident = $name:literal,)*) => {
        /// A field the person filled in (or the thing they handed over)
        /// that was refused: the error message names it.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum Field {
            $($field,)*
        }

        impl Field {
            /// Every field, for the test that each is named in every language.
            pub const ALL: &'static [Field] = &[$(Field::$field,)*];

            pub const fn as_str(self) -> &'static str {
                match self {
                    $(Field::$field => $name,)*
                }
            }

            const fn message_id(self) -> &'static str {
                match self {
                    $(Field::$field => concat!("diary-field-", $name),)*
                }
            }
        }
    };
}

fields! {
    Place = "place",
    WithWhom = "with-whom",
    Notes = "notes",
    Ends = "ends",
    CheckIn = "check-in",
    Reminder = "reminder",
    What = "what",
    Who = "who",
    Photos = "photos",
    Title = "title",
    Text = "text",
    Entry = "entry",
    Date = "date",
    PhotoSize = "photo-size",
    PhotoType = "photo-type",
    AutoLock = "auto-lock",
    WipeAfter = "wipe-after",
    Message = "message",
    Name = "name",
    Callback = "callback",
    Conversation = "conversation",
    Organisation = "organisation",
    About = "about",
    AlertDetail = "alert-detail",
}

impl std::fmt::Display for Field {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.as_str())
    }
}

/// A Fluent argument of a problem's message.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Arg {
    Number(u64),
    /// The field's name, in the reader's language.
    Field(Field),
}

/// An error as the app's edge knows it: its code and what its message
/// needs to say. Built from every error the UI can see (`From`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    code: ErrorCode,
    message_id: &'static str,
    args: Vec<(&'static str, Arg)>,
}

impl Problem {
    pub fn new(code: ErrorCode) -> Problem {
        Problem { code, message_id: code.message_id(), args: Vec::new() }
    }

    /// Refused input. The code stays `invalid-input`; the message names
    /// the field, so the person knows what to change.
    pub fn invalid(field: Field) -> Problem {
        Problem {
            code: ErrorCode::InvalidInput,
            message_id: "error-diary-invalid",
            args: vec![("field", Arg::Field(field))],
        }
    }

    fn number(mut self, name: &'static str, n: impl Into<u64>) -> Problem {
        self.args.push((name, Arg::Number(n.into())));
        self
    }

    pub fn code(&self) -> ErrorCode {
        self.code
    }

    pub fn args(&self) -> &[(&'static str, Arg)] {
        &self.args
    }
}

impl From<ErrorCode> for Problem {
    fn from(code: ErrorCode) -> Problem {
        Problem::new(code)
    }
}

impl From<&AppError> for Problem {
    fn from(e: &AppError) -> Problem {
        Problem::new(e.code())
    }
}

impl From<AppError> for Problem {
    fn from(e: AppError) -> Problem {
        Problem::from(&e)
    }
}

impl From<&VaultError> for Problem {
    fn from(e: &VaultError) -> Problem {
        match *e {
            VaultError::WrongSecret { attempts, wait_secs } => {
                Problem::new(e.code()).number("attempts", attempts).number("seconds", wait_secs)
            }
            VaultError::Wait { secs } => Problem::new(e.code()).number("seconds", secs),
            VaultError::Invalid(field) => Problem::invalid(field),
            _ => Problem::new(e.code()),
        }
    }
}

impl From<VaultError> for Problem {
    fn from(e: VaultError) -> Problem {
        Problem::from(&e)
    }
}

impl From<&ServerSettingError> for Problem {
    fn from(e: &ServerSettingError) -> Problem {
        Problem::new(e.code())
    }
}

impl From<ServerSettingError> for Problem {
    fn from(e: ServerSettingError) -> Problem {
        Problem::from(&e)
    }
}

/// An error as it crosses to the UI: `{code, message}`.
#[derive(Debug, Clone, Serialize)]
#[cfg_attr(test, derive(ts_rs::TS))]
pub struct ErrorView {
    // A string in the UI's contract, as before; `ErrorCode::ALL` lists the values.
    #[cfg_attr(test, ts(type = "string"))]
    pub code: ErrorCode,
    pub message: String,
}

impl App {
    /// The `{code, message}` for an error, in the reader's language: the
    /// one mapping from errors to what the person reads.
    pub fn error_view(&self, problem: impl Into<Problem>) -> ErrorView {
        let problem = problem.into();
        let args: Vec<(&str, FluentValue)> = problem
            .args
            .iter()
            .map(|&(name, arg)| {
                let value = match arg {
                    Arg::Number(n) => FluentValue::from(n),
                    Arg::Field(field) => FluentValue::from(self.t(field.message_id())),
                };
                (name, value)
            })
            .collect();
        ErrorView { code: problem.code, message: self.t_args(problem.message_id, &args) }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::content::Library;
    use crate::i18n::I18n;

    fn app(locale: &str) -> App {
        App::with_library(Library::open_in_memory().unwrap(), I18n::embedded(), &[locale.to_string()]).unwrap()
    }

    /// An app that knows only `locale`'s own messages: no English to fall
    /// back on, so a message missing in `locale` comes back as its id.
    fn app_without_fallback(locale: &str) -> App {
        let prefix = format!("{locale}/");
        let files = crate::embedded::FTL.iter().copied().filter(|(path, _)| path.starts_with(&prefix));
        let (i18n, errors) = I18n::from_files(files);
        assert!(errors.is_empty(), "{locale}: {errors:?}");
        App::with_library(Library::open_in_memory().unwrap(), i18n, &[locale.to_string()]).unwrap()
    }

    fn unresolved(message: &str) -> bool {
        message.is_empty() || message.contains("error-") || message.contains("diary-field-")
    }

    #[test]
    fn every_error_and_every_field_has_a_message_in_every_shipped_locale() {
        let locales = I18n::embedded().available();
        assert!(locales.len() > 2, "{locales:?}");
        for locale in &locales {
            let app = app_without_fallback(locale);
            assert_eq!(app.locale(), locale);
            for &code in ErrorCode::ALL {
                let view = app.error_view(code);
                assert_eq!(view.code, code);
                assert!(!unresolved(&view.message), "{locale}: no message for {code}: {:?}", view.message);
            }
            for &field in Field::ALL {
                let name = app.t(field.message_id());
                assert!(!unresolved(&name), "{locale}: no name for the field {field}");
                let view = app.error_view(Problem::invalid(field));
                assert!(!unresolved(&view.message), "{locale}: {field}: {:?}", view.message);
                assert!(view.message.contains(&name), "{locale}: {:?} does not name {name:?}", view.message);
            }
        }
    }

    #[test]
    fn codes_cross_as_the_strings_the_ui_knows() {
        let view = app("en").error_view(ErrorCode::OpenLink);
        assert_eq!(serde_json::to_value(&view).unwrap()["code"], "open-link");
        for &code in ErrorCode::ALL {
            assert_eq!(serde_json::to_value(code).unwrap(), code.as_str());
            assert!(code.as_str().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'), "{code}");
        }
        let mut wire: Vec<&str> = ErrorCode::ALL.iter().map(|c| c.as_str()).collect();
        wire.sort_unstable();
        wire.dedup();
        assert_eq!(wire.len(), ErrorCode::ALL.len(), "two codes share a string");
    }

    #[test]
    fn a_wrong_pin_in_thai_carries_its_numbers() {
        let e = VaultError::WrongSecret { attempts: 6, wait_secs: 60 };
        let problem = Problem::from(&e);
        assert_eq!(problem.code(), ErrorCode::VaultWrongPin);
        assert_eq!(problem.args(), &[("attempts", Arg::Number(6)), ("seconds", Arg::Number(60))]);
        let view = app("th").error_view(&e);
        assert_eq!(view.code, "vault-wrong-pin");
        assert_eq!(view.message, "PIN ไม่ถูกต้อง รอ 60 วินาที แล้วลองอีกครั้ง");
    }

    #[test]
    fn an_invalid_field_is_named_in_the_readers_language() {
        let view = app("nl").error_view(VaultError::Invalid(Field::WithWhom));
        assert_eq!(view.code, "invalid-input");
        let name = app("nl").t("diary-field-with-whom");
        assert_ne!(name, app("en").t("diary-field-with-whom"), "a Dutch name to look for");
        assert!(view.message.contains(&name), "{view:?}");
        // The app's own refusals carry no field and keep their plain message.
        let plain = app("nl").error_view(AppError::InvalidInput("query too long"));
        assert_eq!(plain.code, "invalid-input");
        assert_eq!(plain.message, app("nl").t("error-invalid-input"));
    }

    #[test]
    fn an_io_error_on_open_is_storage_with_its_io_source() {
        let dir = tempfile::tempdir().unwrap();
        let file = dir.path().join("a-file");
        std::fs::write(&file, b"").unwrap();
        // The data folder would be inside a file: creating it fails.
        let err = App::open(&file.join("data"), &[]).err().expect("opening under a file fails");
        assert!(matches!(err, AppError::Io(_)), "{err:?}");
        assert_eq!(err.code(), ErrorCode::Storage);
        let source = std::error::Error::source(&err).expect("the cause is kept");
        assert!(source.downcast_ref::<std::io::Error>().is_some(), "{source:?}");
        assert_eq!(app("en").error_view(&err).code, "storage");
    }
}
