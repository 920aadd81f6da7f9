//! `groundwork-cli`: Groundwork without a window, for scripts, batch printing and backups.
//! It calls the same core and print functions as the desktop app.
//!
//! Exit code 0 on success; otherwise 1 with a one-line reason on stderr.

mod args;
mod chapter;
mod meetings;
mod needs;
mod people;
mod run;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = args::Cli::parse();
    match run::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(reason) => {
            eprintln!("groundwork-cli: {reason}");
            std::process::ExitCode::FAILURE
        }
    }
}
