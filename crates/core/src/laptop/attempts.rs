//! How often a member at the passed laptop may try to say who they are. A name and a ZIP are
//! easy to guess, so without a limit someone could try the names of neighbours one after
//! another and learn which of them are members. A few misses in a row are free (people mistype);
//! after that each further try waits, longer each time, until someone is found or the
//! organizer opens the app and locks it again.

use std::time::{Duration, Instant};

use crate::{msg, CoreError, Result};

/// Misses allowed in a row before tries have to wait.
pub const FREE_MISSES: u32 = 5;
/// The first wait; each further miss doubles it, up to [`LONGEST_WAIT`].
const FIRST_WAIT: Duration = Duration::from_secs(30);
const LONGEST_WAIT: Duration = Duration::from_secs(10 * 60);

/// The misses since someone was last found, and until when the next try must wait.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Attempts {
    misses: u32,
    wait_until: Option<Instant>,
}

impl Attempts {
    /// Refuses a try made before the wait is over, saying how many seconds are left.
    pub fn check(&self, now: Instant) -> Result<()> {
        match self.wait_until {
            Some(until) if until > now => {
                let left = (until - now).as_secs_f64().ceil() as u64;
                Err(CoreError::Conflict {
                    reason: msg!("laptop-too-many-tries", seconds = left),
                })
            }
            _ => Ok(()),
        }
    }

    /// Nobody was found: past the free misses, the next try waits.
    pub fn missed(&mut self, now: Instant) {
        self.misses += 1;
        if self.misses >= FREE_MISSES {
            let doublings = (self.misses - FREE_MISSES).min(8);
            let wait = (FIRST_WAIT * 2u32.pow(doublings)).min(LONGEST_WAIT);
            self.wait_until = Some(now + wait);
        }
    }

    /// Someone was found: the next member starts with their free misses again.
    pub fn found(&mut self) {
        *self = Attempts::default();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_few_misses_are_free_then_each_try_waits_longer() {
        let start = Instant::now();
        let mut attempts = Attempts::default();
        for _ in 1..FREE_MISSES {
            attempts.missed(start);
            assert!(attempts.check(start).is_ok(), "mistyping is free at first");
        }
        attempts.missed(start);
        let refused = attempts.check(start).unwrap_err();
        assert_eq!(refused.kind(), crate::ErrorKind::Conflict);
        assert!(refused.message().to_string().contains("30"), "{refused}");
        assert!(attempts.check(start + Duration::from_secs(31)).is_ok());

        let later = start + Duration::from_secs(31);
        attempts.missed(later);
        assert!(attempts.check(later + Duration::from_secs(59)).is_err());
        assert!(attempts.check(later + Duration::from_secs(61)).is_ok());

        for _ in 0..20 {
            attempts.missed(later);
        }
        assert!(
            attempts.check(later + LONGEST_WAIT).is_ok(),
            "never past ten minutes"
        );
    }

    #[test]
    fn being_found_starts_the_count_again() {
        let now = Instant::now();
        let mut attempts = Attempts::default();
        for _ in 0..FREE_MISSES {
            attempts.missed(now);
        }
        attempts.found();
        assert_eq!(attempts, Attempts::default());
        assert!(attempts.check(now).is_ok());
    }
}
