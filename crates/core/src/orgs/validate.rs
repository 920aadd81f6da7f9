//! Cleaning an organization's fields before they are stored: trimmed text, blank optional
//! fields as `None`, languages without repeats, and refusals that name the field.

use super::model::OrgInput;
use crate::msg;
use crate::people::validate::{clean, dedup_case_insensitive, email_is_plausible, MAX_TEXT};
use crate::{CoreError, Result};

pub fn org_input(mut input: OrgInput) -> Result<OrgInput> {
    input.name = input.name.trim().to_owned();
    if input.name.is_empty() {
        return Err(CoreError::invalid(msg!("field-name"), msg!("org-name-missing")).at("name"));
    }
    if input.name.chars().count() > 300 {
        return Err(
            CoreError::invalid(msg!("field-name"), msg!("org-name-too-long", most = 300))
                .at("name"),
        );
    }
    for (key, field) in [
        ("area", &mut input.area),
        ("street", &mut input.street),
        ("city", &mut input.city),
        ("state", &mut input.state),
        ("zip", &mut input.zip),
        ("website", &mut input.website),
        ("phone", &mut input.phone),
        ("email", &mut input.email),
        ("notes", &mut input.notes),
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
    if let Some(email) = &input.email {
        if !email_is_plausible(email) {
            return Err(CoreError::invalid(
                msg!("field-email"),
                msg!("email-invalid", email = email),
            )
            .at("email"));
        }
    }
    dedup_case_insensitive(&mut input.languages);
    Ok(input)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::orgs::OrgKind;

    #[test]
    fn an_organization_needs_a_name() {
        let err = org_input(OrgInput::named("   ", OrgKind::Union)).unwrap_err();
        assert_eq!(err.key(), Some("name"));
        assert_eq!(err.to_string(), "name: give the organization a name");
    }

    #[test]
    fn text_is_trimmed_and_blank_fields_are_none() {
        let mut input = OrgInput::named("  Iglesia San José ", OrgKind::Congregation);
        input.area = Some("  ".into());
        input.languages = vec!["Spanish".into(), " spanish".into(), "English".into()];
        let clean = org_input(input).unwrap();
        assert_eq!(clean.name, "Iglesia San José");
        assert_eq!(clean.area, None);
        assert_eq!(clean.languages, ["Spanish", "English"]);
    }
}
