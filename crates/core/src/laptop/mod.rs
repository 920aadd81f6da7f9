//! Pass the laptop: at a meeting, members fill in a form themselves, one after another, on the
//! organizer's laptop. While it goes round the rest of the app is locked, so nobody reads
//! another member's record or answers; leaving takes the organizer's passphrase. The lock is
//! kept in the chapter's database ([`lock`]) and the passphrase only as a hash
//! ([`passphrase`]). Who is filling in is told by name and one more fact
//! ([`crate::people::identify`]), never by showing the member list, and tries at it are
//! limited ([`attempts`]).

pub mod attempts;
pub mod lock;
mod passphrase;

pub use attempts::Attempts;
pub use lock::{change_passphrase, lock, status, unlock, LockStatus};
pub use passphrase::SHORTEST;
