//! The `huiskamer-server` command. All work happens in the library.

fn main() -> std::process::ExitCode {
    huiskamer_server::cli::main()
}
