//! `laptop`: whether the app is locked while the laptop goes round a meeting, and the way out
//! for an organizer who forgot the passphrase (whoever can run this holds the laptop's files
//! anyway: the lock keeps members out of each other's answers, not the owner out).

use std::path::Path;

use groundwork_core::laptop;

use crate::args::Laptop;
use crate::chapter_file::open;
use crate::failure::Failure;
use crate::output::say;

pub fn run(db_path: &Path, what: Laptop) -> Result<(), Failure> {
    let mut db = open(db_path)?;
    match what {
        Laptop::Status => {
            let status = laptop::status(db.conn())?;
            say!("{}", serde_json::to_string_pretty(&status)?);
        }
        Laptop::Unlock => {
            let was = laptop::status(db.conn())?;
            laptop::lock::forget(&mut db)?;
            if was.locked {
                say!("Opened: the app is no longer locked. The passphrase was forgotten; the next time the laptop goes round sets a new one.");
            } else {
                say!("The app was not locked. The passphrase was forgotten; the next time the laptop goes round sets a new one.");
            }
        }
    }
    Ok(())
}
