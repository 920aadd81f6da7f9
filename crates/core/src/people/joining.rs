//! Adding to a person's lists without repeating what is there: the same number written two
//! ways, an email in another case, a tag or language already held. Imports, tools' contact
//! lists and merges of duplicates all join lists this way.

use super::model::{PersonInput, PhoneInput};
use super::phone::to_e164;

impl PersonInput {
    /// Adds a phone unless the person has it already, as typed or as the same E.164 number.
    pub fn add_phone(&mut self, phone: PhoneInput) {
        let e164 = to_e164(&phone.number);
        let known = self
            .phones
            .iter()
            .any(|p| p.number == phone.number || (e164.is_some() && to_e164(&p.number) == e164));
        if !known {
            self.phones.push(phone);
        }
    }

    pub fn add_email(&mut self, email: &str) {
        push_new(&mut self.emails, email);
    }

    pub fn add_tag(&mut self, tag: &str) {
        push_new(&mut self.tags, tag);
    }

    pub fn add_language(&mut self, language: &str) {
        push_new(&mut self.languages, language);
    }

    /// Takes in another record's phones, emails and tags, keeping this one's first.
    pub fn join_contacts(&mut self, from: &PersonInput) {
        for phone in &from.phones {
            self.add_phone(phone.clone());
        }
        for email in &from.emails {
            self.add_email(email);
        }
        for tag in &from.tags {
            self.add_tag(tag);
        }
    }
}

/// Text lists compare without regard to case.
fn push_new(list: &mut Vec<String>, value: &str) {
    if !list.iter().any(|v| v.eq_ignore_ascii_case(value)) {
        list.push(value.to_owned());
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_same_number_or_address_is_not_added_twice() {
        let mut p = PersonInput {
            phones: vec![PhoneInput {
                number: "(617) 555-0143".into(),
                label: None,
            }],
            emails: vec!["Ana@example.org".into()],
            ..Default::default()
        };
        p.add_phone(PhoneInput {
            number: "617.555.0143".into(),
            label: Some("mobile".into()),
        });
        p.add_email("ana@EXAMPLE.org");
        p.add_tag("tenant");
        p.add_tag("Tenant");
        assert_eq!((p.phones.len(), p.emails.len(), p.tags.len()), (1, 1, 1));
    }
}
