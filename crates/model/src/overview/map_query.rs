//! The map and situation board's state in the URL (`/map?type=sos_alert&
//! since=2024-01-01&region=horn-of-africa&sort=date`), read like the
//! archive's: values that make no sense are left out and reported.

use crate::alert::{AlertType, IndexEntry, Status};
use crate::overview::region::Region;
use crate::reading::query::{decode_pairs, query_string, Ignored};
use crate::Date;

#[derive(Debug, Clone, Default, PartialEq)]
pub struct MapQuery {
    /// Count only alerts of this type.
    pub kind: Option<AlertType>,
    /// Count only alerts published on or after this day.
    pub since: Option<Date>,
    /// Frame the map on a region.
    pub region: Option<Region>,
    pub sort: Sort,
}

/// The board's order. Each column sorts one way only: the way a reader
/// scanning for where things are worst wants it.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum Sort {
    /// Gravest latest type first (along `type_order`), then most recent.
    #[default]
    Gravity,
    /// By name, A to Z in the interface language.
    Country,
    /// Most recent latest alert first.
    Date,
    /// Most alerts first.
    Count,
}

impl Sort {
    pub const ALL: [Sort; 4] = [Sort::Gravity, Sort::Country, Sort::Date, Sort::Count];

    pub fn key(self) -> &'static str {
        match self {
            Sort::Gravity => "type",
            Sort::Country => "country",
            Sort::Date => "date",
            Sort::Count => "count",
        }
    }

    pub fn from_key(key: &str) -> Option<Sort> {
        Sort::ALL.into_iter().find(|s| s.key() == key)
    }

    /// `aria-sort` for its column.
    pub fn direction(self) -> &'static str {
        match self {
            Sort::Country => "ascending",
            _ => "descending",
        }
    }
}

/// The keys of the map's state in an address, in the order links write
/// them; the map page's loader starts the app when one is there.
pub const KEYS: [&str; 4] = ["type", "since", "region", "sort"];

impl MapQuery {
    pub fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> (MapQuery, Vec<Ignored>) {
        let mut q = MapQuery::default();
        let mut ignored = Vec::new();
        let mut ignore = |key: &'static str, value: &str, reason: &'static str| {
            ignored.push(Ignored {
                key,
                value: value.to_string(),
                reason,
            })
        };
        for (key, value) in pairs {
            let value = value.trim();
            if value.is_empty() {
                continue;
            }
            match key {
                "type" => match AlertType::from_key(value) {
                    Some(t) => q.kind = Some(t),
                    None => ignore("type", value, "ignored.type"),
                },
                // A day only: a time would make "since" depend on a zone.
                "since" => match Date::parse(value) {
                    Ok(d) if !value.contains('T') => q.since = Some(d),
                    _ => ignore("since", value, "ignored.since"),
                },
                "region" => match Region::from_key(value) {
                    Some(r) => q.region = Some(r),
                    None => ignore("region", value, "ignored.region"),
                },
                "sort" => match Sort::from_key(value) {
                    Some(s) => q.sort = s,
                    None => ignore("sort", value, "ignored.sort"),
                },
                _ => {}
            }
        }
        (q, ignored)
    }

    /// Parses a raw query string, with or without the leading `?`.
    pub fn parse(query_string: &str) -> (MapQuery, Vec<Ignored>) {
        let decoded = decode_pairs(query_string);
        MapQuery::from_pairs(decoded.iter().map(|(k, v)| (k.as_str(), v.as_str())))
    }

    /// `?type=…&since=…`, or "" for the whole map; keys in `KEYS` order.
    pub fn to_query_string(&self) -> String {
        let mut parts = Vec::new();
        if let Some(t) = self.kind {
            parts.push(format!("type={}", t.key()));
        }
        if let Some(d) = &self.since {
            parts.push(format!("since={}", d.calendar()));
        }
        if let Some(r) = self.region {
            parts.push(format!("region={}", r.key));
        }
        if self.sort != Sort::Gravity {
            parts.push(format!("sort={}", self.sort.key()));
        }
        query_string(&parts)
    }

    /// The published alerts it counts, newest first as given.
    pub fn select<'a>(&self, entries: &'a [IndexEntry]) -> Vec<&'a IndexEntry> {
        entries
            .iter()
            .filter(|e| e.status == Status::Published)
            .filter(|e| self.kind.is_none_or(|k| e.kind == k))
            .filter(|e| {
                self.since
                    .as_ref()
                    .is_none_or(|d| e.published.calendar() >= d.calendar())
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::test_support::{self, EntryExt};

    fn entry(id: &str, kind: AlertType, status: Status, day: &str) -> IndexEntry {
        test_support::entry(id, kind, day).status(status)
    }

    #[test]
    fn an_address_round_trips_and_bad_values_are_reported() {
        let (q, ignored) =
            MapQuery::parse("?type=sos_alert&since=2024-01-31&region=horn-of-africa&sort=date");
        assert_eq!(q.kind, Some(AlertType::SosAlert));
        assert_eq!(
            q.since.as_ref().map(Date::calendar),
            Some("2024-01-31".into())
        );
        assert_eq!(q.region.map(|r| r.key), Some("horn-of-africa"));
        assert_eq!(q.sort, Sort::Date);
        assert!(ignored.is_empty());
        assert_eq!(
            q.to_query_string(),
            "?type=sos_alert&since=2024-01-31&region=horn-of-africa&sort=date"
        );

        let (q, ignored) = MapQuery::parse(
            "type=bogus&since=2024-02-30&region=atlantis&sort=size&since=2024-01-01T10:00Z&utm_source=x&type=",
        );
        assert_eq!(q, MapQuery::default());
        assert_eq!(q.to_query_string(), "");
        let keys: Vec<(&str, &str)> = ignored.iter().map(|i| (i.key, i.reason)).collect();
        assert_eq!(
            keys,
            [
                ("type", "ignored.type"),
                ("since", "ignored.since"),
                ("region", "ignored.region"),
                ("sort", "ignored.sort"),
                ("since", "ignored.since"),
            ]
        );
        let (q, _) = MapQuery::parse("region=south-caucasus");
        assert_eq!(
            (q.kind, q.since, q.region.map(|r| r.key)),
            (None, None, Some("south-caucasus"))
        );
        let (q, _) = MapQuery::parse("sort=country");
        assert_eq!(q.to_query_string(), "?sort=country");
    }

    #[test]
    fn sorts_have_keys_and_directions() {
        for s in Sort::ALL {
            assert_eq!(Sort::from_key(s.key()), Some(s));
        }
        assert_eq!(Sort::Country.direction(), "ascending");
        assert_eq!(Sort::Date.direction(), "descending");
        assert_eq!(Sort::Count.direction(), "descending");
        assert_eq!(Sort::Gravity.direction(), "descending");
    }

    #[test]
    fn only_published_alerts_of_the_type_since_the_day_count() {
        let entries = [
            entry(
                "new-sos",
                AlertType::SosAlert,
                Status::Published,
                "2024-05-30",
            ),
            entry(
                "day-sos",
                AlertType::SosAlert,
                Status::Published,
                "2024-01-01T09:00Z",
            ),
            entry("gone", AlertType::SosAlert, Status::Withdrawn, "2024-04-01"),
            entry(
                "red",
                AlertType::RedFlagAlert,
                Status::Published,
                "2024-03-01",
            ),
            entry(
                "old-sos",
                AlertType::SosAlert,
                Status::Published,
                "2023-12-31",
            ),
        ];
        let ids = |q: &MapQuery| -> Vec<String> {
            q.select(&entries).iter().map(|e| e.id.clone()).collect()
        };
        assert_eq!(
            ids(&MapQuery::default()),
            ["new-sos", "day-sos", "red", "old-sos"]
        );
        let (q, _) = MapQuery::parse("type=sos_alert&since=2024-01-01");
        assert_eq!(ids(&q), ["new-sos", "day-sos"], "the day itself counts");
        let (q, _) = MapQuery::parse("since=2024-01-02");
        assert_eq!(ids(&q), ["new-sos", "red"]);
    }
}
