//! Synthetic alert files for the scale benchmarks and tests: `n` published
//! alerts with bodies (about 2.5 KB each), a third of them in series of
//! three, one in twenty a French translation linked both ways and a fifth
//! naming one country, the same bytes for the same seed. They pass
//! `alert-data check`, so a build takes them as it takes the publisher's own.

use crate::synth::{days_2010, Rng, WORDS};
use alert_model::alert::countries::COUNTRIES;
use alert_model::alert::{Links, SCHEMA_VERSION};
use alert_model::{Alert, AlertType, Block, Date, Mark, Series, Span, Status};
use std::collections::BTreeMap;

/// French words for the translations' text: enough to look like French
/// in a list and to exercise the French pages.
const MOTS: &[&str] = &[
    "civils",
    "déplacements",
    "détentions",
    "cessez-le-feu",
    "milices",
    "frontière",
    "élections",
    "minorités",
    "réfugiés",
    "surveillance",
    "accès",
    "violences",
    "protection",
    "alerte",
    "témoins",
    "tribunaux",
];

/// How a block of 60 alerts is laid out: the first 20 in series of three
/// (the last of two), then three English alerts each followed by its French
/// translation, then singles. A third in series, 5% in French.
const BLOCK: usize = 60;
const IN_SERIES: usize = 20;
const PAIRS_END: usize = IN_SERIES + 6;

/// `n` alert files from `seed`, in id order.
pub fn synthetic_alerts(n: usize, seed: u64) -> Vec<Alert> {
    let mut rng = Rng::new(seed);
    let pool: Vec<&str> = COUNTRIES.iter().take(60).map(|(code, _)| *code).collect();
    let mut alerts: Vec<Alert> = Vec::with_capacity(n);
    // The day the last alert was published, in days since 1970.
    let mut previous_day = 0;
    for i in 0..n {
        let at = i % BLOCK;
        let id = format!("synthetic-{i}");
        let day = days_2010() + rng.below(17 * 365 - 200) as i64;
        if (IN_SERIES..PAIRS_END).contains(&at) && at % 2 == 1 {
            // The French translation of the alert just made.
            if let Some(original) = alerts.last_mut() {
                original.translations.insert("fr".to_string(), id.clone());
                let mut translation = french(&mut rng, original, &id);
                translation
                    .translations
                    .insert("en".to_string(), original.id.clone());
                alerts.push(translation);
                continue;
            }
        }
        let kind = AlertType::ALL[[0, 0, 1, 2, 3, 3, 3, 4][rng.below(8)]];
        let mut alert = english(&mut rng, id, kind, Date::from_unix_days(day), &pool);
        let mut published = day;
        if at < IN_SERIES {
            let number = (at % 3) as u32;
            let first = i - at % 3;
            alert.series = Some(Series {
                id: format!("synthetic-series-{first}"),
                number,
            });
            if number > 0 {
                // An update follows its original: same type and countries,
                // a month or so later, with what changed.
                if let Some(previous) = alerts.last() {
                    alert.kind = previous.kind;
                    alert.countries = previous.countries.clone();
                    published = previous_day + 20 + rng.below(40) as i64;
                    alert.published = Date::from_unix_days(published);
                    alert.changes = vec![
                        format!("New reports on {}.", phrase(&mut rng, WORDS, 3)),
                        format!("Further concern about {}.", phrase(&mut rng, WORDS, 2)),
                    ];
                }
            }
        }
        previous_day = published;
        alerts.push(alert);
    }
    alerts
}

fn english(rng: &mut Rng, id: String, kind: AlertType, published: Date, pool: &[&str]) -> Alert {
    // One alert in five names the pool's first country, as a publisher's
    // archive centres on a few long-watched crises: its country pages run
    // long (about 2,200 alerts at 10,000), the case the paged timeline is for.
    let primary = if rng.below(5) == 0 {
        pool[0]
    } else {
        *rng.pick(pool)
    };
    let mut countries = vec![primary.to_string()];
    if rng.below(4) == 0 {
        let other = *rng.pick(pool);
        if other != primary {
            countries.push(other.to_string());
        }
    }
    let n = id.trim_start_matches("synthetic-").to_string();
    Alert {
        schema: SCHEMA_VERSION,
        title: format!(
            "Example: {} on {} ({n})",
            kind.label(),
            phrase(rng, WORDS, 5)
        ),
        summary: format!(
            "Synthetic sample text for benchmarks: {}.",
            phrase(rng, WORDS, 24)
        ),
        body: body(rng, WORDS, "The publisher reports", "Read the source"),
        tags: (0..rng.below(3))
            .map(|_| rng.pick(WORDS).to_string())
            .collect(),
        id,
        kind,
        status: Status::Published,
        published,
        updated: None,
        countries,
        series: None,
        language: "en".to_string(),
        translations: BTreeMap::new(),
        changes: Vec::new(),
        change_note: None,
        links: Links::default(),
    }
}

fn french(rng: &mut Rng, original: &Alert, id: &str) -> Alert {
    Alert {
        id: id.to_string(),
        title: format!("Exemple : {}", phrase(rng, MOTS, 6)),
        summary: format!(
            "Texte d’exemple synthétique pour les mesures : {}.",
            phrase(rng, MOTS, 24)
        ),
        body: body(rng, MOTS, "Selon l’éditeur", "Lire la source"),
        language: "fr".to_string(),
        translations: BTreeMap::new(),
        series: None,
        changes: Vec::new(),
        change_note: None,
        ..original.clone()
    }
}

/// About 2.5 KB of blocks: a heading, paragraphs with a mark and a link,
/// a list and an attributed quote, as the publisher's alerts have.
fn body(rng: &mut Rng, words: &[&str], reports: &str, source: &str) -> Vec<Block> {
    let mut blocks = vec![Block::Heading {
        level: 2,
        text: vec![Span::plain(phrase(rng, words, 4))],
    }];
    for _ in 0..5 {
        blocks.push(Block::Paragraph {
            text: vec![
                Span {
                    text: format!("{reports}: "),
                    marks: vec![Mark::Strong],
                    href: None,
                },
                Span::plain(format!("{}. ", phrase(rng, words, 40))),
                Span {
                    text: source.to_string(),
                    marks: Vec::new(),
                    href: Some("https://example.org/source".to_string()),
                },
                Span::plain("."),
            ],
        });
    }
    blocks.push(Block::List {
        ordered: false,
        items: (0..4)
            .map(|_| vec![Span::plain(phrase(rng, words, 8))])
            .collect(),
    });
    blocks.push(Block::Quote {
        text: vec![Span::plain(phrase(rng, words, 20))],
        cite: Some("Synthetic source".to_string()),
    });
    blocks
}

fn phrase(rng: &mut Rng, words: &[&str], n: usize) -> String {
    (0..n)
        .map(|_| *rng.pick(words))
        .collect::<Vec<_>>()
        .join(" ")
}
