//! Synthetic indexes for the benchmark: `n` plausible published alerts from
//! a seed, the same bytes every time, so runs and machines compare.

use alert_model::alert::countries::COUNTRIES;
use alert_model::alert::{AlertType, Index, IndexEntry, Series, Status, SCHEMA_VERSION};
use alert_model::validate::archive::sort_newest_first;
use alert_model::Date;

/// SplitMix64: tiny, fast and well distributed; no crate needed.
pub(crate) struct Rng(u64);

impl Rng {
    pub(crate) fn new(seed: u64) -> Rng {
        Rng(seed)
    }

    fn next_u64(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }

    /// Uniform in `0..n` (n > 0).
    pub(crate) fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    pub(crate) fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

pub(crate) const WORDS: &[&str] = &[
    "civilians",
    "displacement",
    "detention",
    "ceasefire",
    "militia",
    "border",
    "elections",
    "minorities",
    "refugees",
    "monitoring",
    "humanitarian",
    "access",
    "violence",
    "protection",
    "warning",
    "accountability",
    "hate",
    "speech",
    "sanctions",
    "blockade",
    "massacre",
    "evidence",
    "witnesses",
    "negotiations",
    "aid",
    "camps",
    "villages",
    "journalists",
    "prisoners",
    "courts",
    "observers",
    "famine",
    "water",
    "schools",
];

/// The countries synthetic alerts name: the first 60 codes, so that facets
/// have realistic width.
fn country_pool() -> Vec<&'static str> {
    COUNTRIES.iter().take(60).map(|(code, _)| *code).collect()
}

/// `n` published alerts from `seed`, newest first, spread over 2010–2026.
pub fn synthetic_index(n: usize, seed: u64) -> Index {
    let mut rng = Rng::new(seed);
    let pool = country_pool();
    let mut alerts = Vec::with_capacity(n);
    for i in 0..n {
        let kind = AlertType::ALL[[0, 0, 1, 2, 3, 3, 3, 4][rng.below(8)]];
        let day = rng.below(17 * 365) as i64;
        let published = Date::from_unix_days(days_2010() + day);
        let primary = *rng.pick(&pool);
        let mut countries = vec![primary.to_string()];
        if rng.below(4) == 0 {
            let other = *rng.pick(&pool);
            if other != primary {
                countries.push(other.to_string());
            }
        }
        let series = (rng.below(5) == 0).then(|| Series {
            id: format!("synthetic-series-{}", rng.below(n / 8 + 1)),
            number: rng.below(9) as u32,
        });
        let words: Vec<&str> = (0..4 + rng.below(4)).map(|_| *rng.pick(WORDS)).collect();
        let summary_words: Vec<&str> = (0..18 + rng.below(20)).map(|_| *rng.pick(WORDS)).collect();
        let tags: Vec<String> = (0..rng.below(3))
            .map(|_| rng.pick(WORDS).to_string())
            .collect();
        alerts.push(IndexEntry {
            id: format!("synthetic-{i}"),
            title: format!("Example: {} on {} ({i})", kind.label(), words.join(" ")),
            kind,
            status: Status::Published,
            published,
            updated: None,
            countries,
            series,
            language: "en".to_string(),
            summary: format!(
                "Synthetic sample text for benchmarks: {}.",
                summary_words.join(" ")
            ),
            tags,
            translations: Default::default(),
        });
    }
    sort_newest_first(&mut alerts);
    Index {
        schema: SCHEMA_VERSION,
        generated: "2026-01-01T00:00:00Z".to_string(),
        alerts,
        withdrawn: Vec::new(),
    }
}

pub(crate) fn days_2010() -> i64 {
    // 2010-01-01 is 14610 days after 1970-01-01.
    14_610
}
