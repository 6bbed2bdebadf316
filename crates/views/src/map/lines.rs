//! The board's lines as the views show them: owned, named and dated in
//! the interface language, sorted as the reader asked.

use alert_model::i18n::Messages;
use alert_model::overview::board::{self, Trend};
use alert_model::overview::map_query::MapQuery;
use alert_model::overview::region::Region;
use alert_model::{AlertType, Catalog, Date};

#[derive(Debug, Clone, PartialEq)]
pub struct Line {
    pub code: String,
    pub name: String,
    /// The latest alert.
    pub id: String,
    pub title: String,
    pub language: String,
    pub kind: AlertType,
    pub published: Date,
    pub count: usize,
    pub trend: Trend,
    pub quiet_months: u32,
    /// The colour class: see [`tone`].
    pub tone: String,
}

/// The class that colours a type: `rank-N` for the Nth type of
/// `type_order` (0 the least grave), `other` for a type it does not rank.
pub fn tone(order: &[AlertType], kind: AlertType) -> String {
    match board::rank(order, kind) {
        Some(i) => format!("rank-{i}"),
        None => "other".to_string(),
    }
}

/// One line per country the query's alerts name.
pub fn lines(catalog: &Catalog, q: &MapQuery, order: &[AlertType], words: &Messages) -> Vec<Line> {
    let alerts = q.select(catalog.entries());
    let mut rows = board::rows(&alerts, order);
    board::sort(&mut rows, q.sort, |code| words.country(code));
    rows.into_iter()
        .map(|r| Line {
            name: words.country(&r.country),
            code: r.country,
            id: r.latest.id.clone(),
            title: r.latest.title.clone(),
            language: r.latest.language.clone(),
            kind: r.latest.kind,
            published: r.latest.published.clone(),
            count: r.count,
            trend: r.trend,
            quiet_months: r.quiet_months,
            tone: tone(order, r.latest.kind),
        })
        .collect()
}

/// The lines of `region`'s countries (all of them for none): what the
/// board lists when the map is framed on a region.
pub fn in_region(lines: Vec<Line>, region: Option<Region>) -> Vec<Line> {
    match region {
        Some(r) => lines.into_iter().filter(|l| r.contains(&l.code)).collect(),
        None => lines,
    }
}

/// "Sudan: latest SOS Alert, May 30, 2024, 4 alerts": a map link's name.
pub fn label(words: &Messages, line: &Line) -> String {
    words.fill(
        "map.country_label",
        &[
            ("country", &line.name),
            ("type", &words.kind(line.kind)),
            ("date", &words.short_date(&line.published)),
            ("alerts", &words.count("map.alerts", line.count, &[])),
        ],
    )
}
