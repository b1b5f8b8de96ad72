//! The vault's record plaintext, as it comes out of decryption: padding
//! and the entry's JSON. Malformed input is refused, never trusted, and
//! never panics.
#![no_main]
use huiskamer_core::vault::{decode_entry_body, unpad};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    if let Some(plain) = unpad(data) {
        if let Ok(body) = decode_entry_body(plain) {
            let _ = body.validate();
            let _ = body.alarms();
            let _ = body.texts();
        }
    }
    let _ = decode_entry_body(data);
});
