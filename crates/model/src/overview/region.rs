//! Regions a reader can zoom the map to, and a partner can preset a board
//! panel with (`?region=south-caucasus`). Their names are messages
//! (`region.<key>`), so they read in every interface language.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Region {
    pub key: &'static str,
    /// ISO 3166-1 alpha-2 codes.
    pub countries: &'static [&'static str],
}

pub const REGIONS: [Region; 5] = [
    Region {
        key: "south-caucasus",
        countries: &["AM", "AZ", "GE"],
    },
    Region {
        // The wider Horn, as the IGAD states and their neighbours.
        key: "horn-of-africa",
        countries: &["DJ", "ER", "ET", "KE", "SD", "SO", "SS"],
    },
    Region {
        key: "middle-east",
        countries: &["IL", "IQ", "JO", "LB", "PS", "SY"],
    },
    Region {
        key: "eastern-europe",
        countries: &["BY", "MD", "RU", "UA"],
    },
    Region {
        key: "south-east-asia",
        countries: &["BD", "KH", "LA", "MM", "TH", "VN"],
    },
];

impl Region {
    pub fn from_key(key: &str) -> Option<Region> {
        REGIONS.iter().copied().find(|r| r.key == key)
    }

    /// The message key of its name.
    pub fn message(self) -> String {
        format!("region.{}", self.key)
    }

    pub fn contains(self, code: &str) -> bool {
        self.countries.contains(&code)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::alert::countries::is_known_country;

    #[test]
    fn regions_are_found_by_key_and_name_real_countries() {
        let caucasus = Region::from_key("south-caucasus").expect("known");
        assert!(caucasus.contains("AM") && !caucasus.contains("SD"));
        assert_eq!(caucasus.message(), "region.south-caucasus");
        assert_eq!(Region::from_key("atlantis"), None);
        for r in REGIONS {
            assert_eq!(Region::from_key(r.key), Some(r));
            assert!(r.countries.iter().all(|c| is_known_country(c)), "{}", r.key);
        }
    }
}
