//! Silent alarm commands: each calls one method of the core's `Session`.
//! The calculator code and the emergency PIN pass through here and are
//! never logged.

use huiskamer_core::session::{AlarmSettings, Reply};

use crate::Core;

#[tauri::command]
pub fn alarm_settings(core: Core) -> Reply<AlarmSettings> {
    core.alarm_settings()
}

#[tauri::command]
pub fn alarm_set_up(
    core: Core,
    organisation: String,
    code: Option<String>,
    duress_pin: Option<String>,
) -> Reply<AlarmSettings> {
    core.alarm_set_up(&organisation, code.as_deref(), duress_pin.as_deref())
}

#[tauri::command]
pub fn alarm_turn_off(core: Core) -> Reply<AlarmSettings> {
    core.alarm_turn_off()
}

#[tauri::command]
pub fn alarm_help_now(core: Core) -> Reply<()> {
    core.alarm_help_now()
}

/// Answers at once, whatever was typed: the key derivation runs on a
/// thread of its own, and only for digits of the code's length.
#[tauri::command]
pub fn alarm_calculator(core: Core, input: String) {
    core.inner().alarm_calculator(&input);
}
