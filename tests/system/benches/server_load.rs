//! The partner server under load: `server/bench/run.sh` (wrk over loopback,
//! on SQLite and on PostgreSQL; writes server/BENCHMARKS.md).
//!
//! The server it loads is this program: started as `<this> serve ...` it runs
//! `huiskamer_server::cli::main`, the whole of the `huiskamer-server`
//! command. So the server is built with the other benchmarks, in one build
//! with the release profile's optimisation (cargo builds every benchmark with
//! panics that unwind, which the release binary does not), and `make bench`
//! does not compile the server's dependencies a second time for a binary.
//! Run: `cargo bench -p huiskamer-system --bench server_load`.

use std::process::{Command, ExitCode};

fn main() -> ExitCode {
    let mut args = std::env::args().skip(1);
    let first = args.next();
    if first.as_deref() == Some("serve") {
        return huiskamer_server::cli::main();
    }
    // `cargo bench` passes --bench; `cargo test --benches` passes nothing:
    // a load run of a minute is no test, so then this only says so.
    if !std::iter::once(first).flatten().chain(args).any(|a| a == "--bench") {
        println!("the server load benchmark runs with `cargo bench -p huiskamer-system --bench server_load`");
        return ExitCode::SUCCESS;
    }
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../..");
    let me = std::env::current_exe().expect("the path of this program");
    let status = Command::new(format!("{root}/server/bench/run.sh"))
        .current_dir(root)
        .env("HK_SERVER_BIN", me)
        .status()
        .expect("server/bench/run.sh could not be started");
    if status.success() {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    }
}
