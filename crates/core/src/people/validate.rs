//! Cleaning what a person typed before it is stored: trimmed text, blank optional fields as
//! `None`, duplicates dropped, and clear refusals that name the field.

use super::model::{Address, PersonInput};
use crate::msg;
use crate::{CoreError, Result};

pub(crate) fn clean(value: &mut Option<String>) {
    *value = value
        .take()
        .map(|v| v.trim().to_owned())
        .filter(|v| !v.is_empty());
}

pub(crate) fn dedup_case_insensitive(values: &mut Vec<String>) {
    let mut seen: Vec<String> = Vec::new();
    values.retain_mut(|v| {
        *v = v.trim().to_owned();
        let key = v.to_lowercase();
        if v.is_empty() || seen.contains(&key) {
            return false;
        }
        seen.push(key);
        true
    });
}

fn clean_address(address: &mut Address) {
    for field in [
        &mut address.street,
        &mut address.unit,
        &mut address.city,
        &mut address.state,
        &mut address.zip,
    ] {
        clean(field);
    }
}

/// An email needs something before and after a single `@`, and a dot in the domain.
pub fn email_is_plausible(email: &str) -> bool {
    let Some((local, domain)) = email.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !email.chars().any(char::is_whitespace)
}

pub const MAX_TEXT: usize = 10_000;

pub fn person_input(mut input: PersonInput) -> Result<PersonInput> {
    input.first_name = input.first_name.trim().to_owned();
    input.last_name = input.last_name.trim().to_owned();
    if input.first_name.is_empty() && input.last_name.is_empty() {
        return Err(
            CoreError::invalid(msg!("field-first-name"), msg!("person-name-missing"))
                .at("first_name"),
        );
    }
    for (key, field) in [
        ("preferred_name", &mut input.preferred_name),
        ("pronouns", &mut input.pronouns),
        ("preferred_language", &mut input.preferred_language),
        ("union_name", &mut input.union_name),
        ("union_local", &mut input.union_local),
        ("workplace", &mut input.workplace),
        ("access_needs", &mut input.access_needs),
        ("notes", &mut input.notes),
        (
            "responsibilities.caregiving_note",
            &mut input.responsibilities.caregiving_note,
        ),
    ] {
        clean(field);
        if field.as_ref().is_some_and(|v| v.chars().count() > MAX_TEXT) {
            return Err(CoreError::invalid(
                msg!("field-notes"),
                msg!("person-text-too-long", most = MAX_TEXT),
            )
            .at(key));
        }
    }
    clean_address(&mut input.address);
    if let Some(zip) = &input.address.zip {
        if !zip
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == ' ')
        {
            return Err(
                CoreError::invalid(msg!("field-zip"), msg!("zip-invalid", zip = zip))
                    .at("address.zip"),
            );
        }
    }
    // Numbered as the form shows them, blank lines included, so the reason goes beside the
    // line it is about.
    for (line, phone) in input.phones.iter().enumerate() {
        let number = phone.number.trim();
        if !number.is_empty() && !number.chars().any(|c| c.is_ascii_digit()) {
            return Err(CoreError::invalid(
                msg!("field-phone"),
                msg!("phone-no-digits", number = number),
            )
            .at(format!("phones.{line}")));
        }
    }
    input.phones.retain(|p| !p.number.trim().is_empty());
    for phone in &mut input.phones {
        phone.number = phone.number.trim().to_owned();
        clean(&mut phone.label);
    }
    if let Some((line, bad)) = input
        .emails
        .iter()
        .map(|e| e.trim())
        .enumerate()
        .find(|(_, e)| !e.is_empty() && !email_is_plausible(e))
    {
        return Err(
            CoreError::invalid(msg!("field-email"), msg!("email-invalid", email = bad))
                .at(format!("emails.{line}")),
        );
    }
    dedup_case_insensitive(&mut input.emails);
    dedup_case_insensitive(&mut input.languages);
    dedup_case_insensitive(&mut input.tags);
    if let Some(preferred) = &input.preferred_language {
        if !input
            .languages
            .iter()
            .any(|l| l.eq_ignore_ascii_case(preferred))
        {
            input.languages.insert(0, preferred.clone());
        }
    }
    if input.responsibilities.children > 30 {
        return Err(
            CoreError::invalid(msg!("field-children"), msg!("person-children-range"))
                .at("responsibilities.children"),
        );
    }
    // Week order, Monday morning first, each slot once.
    input.availability.sort();
    input.availability.dedup();
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::people::model::PhoneInput;

    fn named(first: &str) -> PersonInput {
        PersonInput {
            first_name: first.into(),
            ..Default::default()
        }
    }

    #[test]
    fn a_person_needs_a_name() {
        let err = person_input(named("   ")).unwrap_err();
        assert!(
            matches!(err, CoreError::InvalidInput { ref field, .. } if **field == "first name")
        );
        assert!(person_input(PersonInput {
            last_name: "Okafor".into(),
            ..Default::default()
        })
        .is_ok());
    }

    #[test]
    fn a_refusal_carries_the_key_of_the_input_it_is_about_and_its_reason() {
        let key = |p: PersonInput| person_input(p).unwrap_err().key().map(str::to_owned);
        assert_eq!(key(named("")).as_deref(), Some("first_name"));
        let mut p = named("Ana");
        p.address.zip = Some("60 609!".into());
        assert_eq!(key(p).as_deref(), Some("address.zip"));
        // Lines as the form shows them, the blank one included.
        let mut p = named("Ana");
        p.phones = ["", "312-555-0100", "her sister"]
            .map(|n| PhoneInput {
                number: n.into(),
                label: None,
            })
            .to_vec();
        assert_eq!(key(p).as_deref(), Some("phones.2"));
        let mut p = named("Ana");
        p.emails = vec!["ana@example.org".into(), " ".into(), "ana@".into()];
        assert_eq!(key(p).as_deref(), Some("emails.2"));
        let mut p = named("Ana");
        p.responsibilities.children = 31;
        let err = person_input(p).unwrap_err();
        assert_eq!(err.key(), Some("responsibilities.children"));
        assert_eq!(err.reason(), Some("enter between 0 and 30 children"));
        // The sentence for a person (and the CLI) still names the field.
        assert!(err.to_string().starts_with("children: "), "{err}");
    }

    #[test]
    fn bad_emails_and_phones_are_named() {
        let mut p = named("Ana");
        p.emails = vec!["ana@".into()];
        assert!(person_input(p)
            .unwrap_err()
            .to_string()
            .contains("'ana@' is not an email"));
        let mut p = named("Ana");
        p.phones = vec![PhoneInput {
            number: "call her sister".into(),
            label: None,
        }];
        assert!(person_input(p).unwrap_err().to_string().contains("phone"));
    }

    #[test]
    fn text_is_trimmed_and_lists_deduplicated() {
        let mut p = named("  Ana ");
        p.notes = Some("   ".into());
        p.emails = vec!["ana@example.org".into(), "ANA@example.org ".into()];
        p.languages = vec!["Spanish".into(), "spanish".into(), "English".into()];
        p.preferred_language = Some("Haitian Creole".into());
        let p = person_input(p).unwrap();
        assert_eq!(p.first_name, "Ana");
        assert_eq!(p.notes, None);
        assert_eq!(p.emails, vec!["ana@example.org"]);
        assert_eq!(p.languages, vec!["Haitian Creole", "Spanish", "English"]);
    }
}
