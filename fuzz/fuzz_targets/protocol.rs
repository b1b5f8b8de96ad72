//! The wire types, on both sides: what the server reads from the app
//! (requests) and what the app reads from a server (responses). Parsing
//! must never panic; what parses must serialise again; records are checked
//! as the server checks a push and the app a pull.
#![no_main]
use huiskamer_protocol::bundle::Manifest;
use huiskamer_protocol::messages::{Conversation, Message, MessagePage, OpenConversation, SendMessage};
use huiskamer_protocol::sync::{
    ErrorBody, PullResponse, PushRequest, PushResponse, Record, RegisterRequest, RegisterResponse, ServerInfo,
};
use libfuzzer_sys::fuzz_target;
use serde::{de::DeserializeOwned, Serialize};

fn round_trip<T: DeserializeOwned + Serialize>(data: &[u8]) -> Option<T> {
    let v: T = serde_json::from_slice(data).ok()?;
    let again = serde_json::to_vec(&v).expect("what parsed serialises");
    let _: T = serde_json::from_slice(&again).expect("what serialised parses");
    Some(v)
}

fuzz_target!(|data: &[u8]| {
    // Server side: requests.
    let _ = round_trip::<RegisterRequest>(data);
    if let Some(push) = round_trip::<PushRequest>(data) {
        for r in &push.records {
            let _ = r.check();
        }
    }
    if let Some(r) = round_trip::<Record>(data) {
        if let Ok(bytes) = r.check() {
            assert!(bytes.len() <= huiskamer_protocol::sync::MAX_CIPHERTEXT_BYTES);
        }
    }
    let _ = round_trip::<OpenConversation>(data);
    let _ = round_trip::<SendMessage>(data);
    // App side: responses.
    let _ = round_trip::<RegisterResponse>(data);
    let _ = round_trip::<PushResponse>(data);
    if let Some(pull) = round_trip::<PullResponse>(data) {
        for r in pull.records {
            let _ = r.record().check();
        }
    }
    let _ = round_trip::<ServerInfo>(data);
    let _ = round_trip::<ErrorBody>(data);
    let _ = round_trip::<Conversation>(data);
    let _ = round_trip::<Message>(data);
    let _ = round_trip::<MessagePage>(data);
    let _ = round_trip::<Manifest>(data);
});
