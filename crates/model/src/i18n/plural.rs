//! CLDR's plural categories for whole numbers, per interface language.
//!
//! Counts in the reader are whole numbers, so only the integer part of each
//! rule is kept. The rules are CLDR's (plurals.xml): the tests check CLDR's
//! samples, and every count from 0 to 1,200 and some millions against
//! `Intl.PluralRules` (Node's, the same ICU data as the browsers').
//! Adding a language with rules of its own means one arm here.

/// A CLDR plural category.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub const ALL: [Category; 6] = [
        Category::Zero,
        Category::One,
        Category::Two,
        Category::Few,
        Category::Many,
        Category::Other,
    ];

    /// The name a messages file uses for the form ("one", "few").
    pub fn key(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }

    pub fn from_key(key: &str) -> Option<Category> {
        Category::ALL.into_iter().find(|c| c.key() == key)
    }
}

/// The category of `n` in the language `lang` (a primary subtag).
pub fn category(lang: &str, n: u64) -> Category {
    // "many" in French and Spanish: a whole number of millions.
    let millions = n != 0 && n.is_multiple_of(1_000_000);
    match lang {
        "ar" => match (n, n % 100) {
            (0, _) => Category::Zero,
            (1, _) => Category::One,
            (2, _) => Category::Two,
            (_, 3..=10) => Category::Few,
            (_, 11..=99) => Category::Many,
            _ => Category::Other,
        },
        "fr" => match n {
            0 | 1 => Category::One,
            _ if millions => Category::Many,
            _ => Category::Other,
        },
        "es" => match n {
            1 => Category::One,
            _ if millions => Category::Many,
            _ => Category::Other,
        },
        // Armenian: "one" is i = 0,1, as in French, with no "many".
        "hy" => match n {
            0 | 1 => Category::One,
            _ => Category::Other,
        },
        // Russian: by the last two digits. Whole
        // numbers never fall in "other", CLDR's form for fractions.
        "ru" => match (n % 10, n % 100) {
            (1, r) if r != 11 => Category::One,
            (2..=4, r) if !(12..=14).contains(&r) => Category::Few,
            _ => Category::Many,
        },
        // English and the default: one and other.
        _ => {
            if n == 1 {
                Category::One
            } else {
                Category::Other
            }
        }
    }
}

/// The categories a language's whole numbers fall into: the forms its
/// messages file must give for every counted message.
pub fn categories(lang: &str) -> Vec<Category> {
    // "other" always: it is the form a text falls back to, and the one that
    // must show the number (Russian's whole numbers never need it).
    let mut seen: Vec<Category> = (0..=200)
        .chain([1_000_000, 2_000_000, 1_000_001])
        .map(|n| category(lang, n))
        .chain([Category::Other])
        .collect();
    crate::alert::sort::sort_by(&mut seen, |a, b| a.cmp(b));
    seen.dedup();
    seen
}

#[cfg(test)]
mod tests {
    use super::*;
    use Category::*;

    /// CLDR's own integer samples (plurals.xml, "@integer"): the
    /// `intl_pluralrules` crate still has CLDR 37's French and Spanish, with
    /// no "many", so the samples are the native check; the browser's
    /// `Intl.PluralRules` checks every count from 0 to 1,200 (i18n.spec.js).
    #[test]
    fn cldr_samples_fall_in_their_categories() {
        let samples: [(&str, Category, &[u64]); 18] = [
            ("en", One, &[1]),
            ("en", Other, &[0, 2, 16, 100, 1000, 1_000_000]),
            ("fr", One, &[0, 1]),
            ("fr", Many, &[1_000_000, 2_000_000, 3_000_000]),
            ("fr", Other, &[2, 16, 100, 1000, 10_000, 100_000, 1_000_001]),
            ("es", One, &[1]),
            ("es", Many, &[1_000_000, 2_000_000]),
            ("es", Other, &[0, 2, 16, 100, 1000, 1_000_001]),
            ("ar", Zero, &[0]),
            ("ar", Two, &[2]),
            ("ar", Few, &[3, 10, 103, 110, 1003]),
            ("ar", Many, &[11, 26, 99, 111, 1011]),
            ("ar", Other, &[100, 102, 200, 202, 1000, 1_000_000]),
            ("hy", One, &[0, 1]),
            ("hy", Other, &[2, 16, 100, 1000, 10_000, 1_000_000]),
            ("ru", One, &[1, 21, 31, 41, 51, 61, 71, 81, 101, 1001]),
            ("ru", Few, &[2, 3, 4, 22, 23, 24, 32, 33, 34, 1002]),
            ("ru", Many, &[0, 5, 19, 100, 111, 112, 114, 1000, 10_000]),
        ];
        for (lang, expected, numbers) in samples {
            for &n in numbers {
                assert_eq!(category(lang, n), expected, "{lang} {n}");
            }
        }
        assert_eq!(category("ar", 1), One);
        // A language without rules of its own counts as English does.
        assert_eq!(category("zz", 1), One);
        assert_eq!(category("zz", 0), Other);
    }

    /// Node is part of the toolchain (`scripts/setup`); its ICU is the
    /// browsers' CLDR.
    #[test]
    fn every_count_falls_where_intl_plural_rules_puts_it() {
        let numbers: Vec<u64> = (0..=1_200)
            .chain([1_000_000, 2_000_000, 1_000_001, 5_000_100])
            .collect();
        let tags: Vec<&str> = crate::i18n::languages::INTERFACE
            .iter()
            .map(|l| l.tag)
            .collect();
        let script = format!(
            "const n = {numbers:?}; console.log(JSON.stringify({tags:?}.map((t) => n.map((x) => new Intl.PluralRules(t).select(x)))))"
        );
        let out = std::process::Command::new("node")
            .args(["-e", &script])
            .output()
            .expect("node runs (scripts/setup installs it)");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let theirs: Vec<Vec<String>> = serde_json::from_slice(&out.stdout).expect("JSON");
        for (tag, categories) in tags.iter().zip(theirs) {
            for (&n, expected) in numbers.iter().zip(categories) {
                assert_eq!(category(tag, n).key(), expected, "{tag} {n}");
            }
        }
    }

    #[test]
    fn arabic_has_six_forms_russian_four_french_three_and_english_two() {
        assert_eq!(categories("ar"), Category::ALL.to_vec());
        assert_eq!(categories("en"), vec![One, Other]);
        assert_eq!(categories("fr"), vec![One, Many, Other]);
        assert_eq!(categories("es"), vec![One, Many, Other]);
        assert_eq!(categories("hy"), vec![One, Other]);
        assert_eq!(categories("ru"), vec![One, Few, Many, Other]);
        for c in Category::ALL {
            assert_eq!(Category::from_key(c.key()), Some(c));
        }
        assert_eq!(Category::from_key("several"), None);
    }
}
