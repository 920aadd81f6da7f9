//! `groundwork-cli`: Groundwork without a window, for scripts, batch printing and backups.
//! It calls the same core and print functions as the desktop app.
//!
//! Exit code 0 on success; otherwise a one-line reason on stderr and a code per kind of failure
//! ([`failure::EXIT_CODES`]).

mod args;
mod campaigns;
mod canvass;
mod chapter;
mod chapter_file;
mod choices;
mod failure;
mod grants;
mod laptop;
mod meetings;
mod needs;
mod orgs;
mod output;
mod people;
mod run;
mod training;

// Importing a list makes and frees millions of small strings on two threads at once (one
// checks rows, the other writes them). With the system allocator, memory freed on the writing
// thread went back through a shared lock and the first import of 50,000 members took 1.7-2.1 s;
// with mimalloc, 1.35-1.47 s, and the weekly re-import went from 0.37 s to 0.30 s. The app
// uses the same allocator, so the two faces behave the same.
#[global_allocator]
static GLOBAL: mimalloc::MiMalloc = mimalloc::MiMalloc;

use clap::Parser;

fn main() -> std::process::ExitCode {
    let cli = args::Cli::parse();
    match run::run(cli) {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(failure) if failure.exit == failure::Exit::ReaderGone => {
            std::process::ExitCode::SUCCESS
        }
        Err(failure) => {
            eprintln!("groundwork-cli: {failure}");
            std::process::ExitCode::from(failure.exit as u8)
        }
    }
}
