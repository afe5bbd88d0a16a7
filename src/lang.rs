//! The interface languages (English, French, Arabic) and the digits they are written with: plain
//! values the view holds and parses (`lang=ar`, `numerals=arab`). Their words are `voice`'s
//! (`voice::locale` adds the lookups to [`Locale`]).

/// An interface language.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Locale {
    #[default]
    En,
    Fr,
    Ar,
}

impl Locale {
    pub const ALL: [Locale; 3] = [Locale::En, Locale::Fr, Locale::Ar];

    /// The BCP 47 tag: `en`, `fr`, `ar`.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::Fr => "fr",
            Locale::Ar => "ar",
        }
    }

    pub fn parse(tag: &str) -> Option<Locale> {
        Locale::ALL.into_iter().find(|l| l.tag() == tag)
    }

    /// Whether the language is written right to left.
    pub fn rtl(self) -> bool {
        self == Locale::Ar
    }
}

/// Which digits numbers and dates are written with: Latin (the default in all three languages,
/// as CLDR and the Gulf press write Arabic) or Arabic-Indic (`numerals=arab`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum Numerals {
    #[default]
    Latin,
    Arab,
}

impl Numerals {
    /// The URL's and the attribute's value: `latn`, `arab` (CLDR's numbering system names).
    pub fn key(self) -> &'static str {
        match self {
            Numerals::Latin => "latn",
            Numerals::Arab => "arab",
        }
    }

    pub fn parse(s: &str) -> Option<Numerals> {
        [Numerals::Latin, Numerals::Arab]
            .into_iter()
            .find(|n| n.key() == s)
    }

    /// `s` with its digits written in this system (`15` → `١٥`).
    pub fn write(self, s: &str) -> String {
        match self {
            Numerals::Latin => s.to_string(),
            Numerals::Arab => s
                .chars()
                .map(|c| match c.to_digit(10) {
                    Some(d) if c.is_ascii_digit() => char::from_u32(0x0660 + d).unwrap_or(c),
                    _ => c,
                })
                .collect(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn arabic_indic_digits() {
        assert_eq!(Numerals::Arab.write("15 سبتمبر 2014"), "١٥ سبتمبر ٢٠١٤");
        assert_eq!(Numerals::Latin.write("15"), "15");
    }
}
