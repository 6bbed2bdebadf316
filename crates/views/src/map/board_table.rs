//! The situation board: the map's facts as a table, its accessible
//! equivalent. Each column heading is a link that sorts by it, so the
//! order is in the address like every other choice.

use super::lines::Line;
use crate::env::href;
use crate::i18n::use_words;
use crate::type_badge::TypeBadge;
use alert_model::alert::direction_of;
use alert_model::overview::board::Trend;
use alert_model::overview::map_query::{MapQuery, Sort};
use leptos::prelude::*;

#[component]
pub fn BoardTable(
    #[prop(into)] lines: Signal<Vec<Line>>,
    #[prop(into)] sort: Signal<Sort>,
    #[prop(into)] query: Signal<MapQuery>,
) -> impl IntoView {
    let words = use_words();
    let heading = move |by: Sort, key: &'static str| {
        let text = words.text(key);
        let link = move || {
            let q = MapQuery {
                sort: by,
                ..query.get()
            };
            href(&format!("/map{}", q.to_query_string()))
        };
        let aria_sort = move || (sort.get() == by).then_some(by.direction());
        view! {
            <th scope="col" aria-sort=aria_sort>
                <a href=link class="sort-link">{text}</a>
            </th>
        }
    };
    let w = use_words();
    // The phone's stacked table names the column before the number, with
    // the language's own colon ("Alertes :", "Ահազանգեր՝").
    let count_label = w.fill(
        "map.column.count_label",
        &[("label", &w.text("map.column.count"))],
    );
    let rows = move || {
        lines
            .get()
            .into_iter()
            .map(|l| {
                let trend = trend_text(&w, l.trend);
                let quiet = (l.quiet_months > 0).then(|| {
                    view! { <span class="quiet">{w.count("map.quiet", l.quiet_months as usize, &[])}</span> }
                });
                view! {
                    <tr data-country=l.code.clone() data-tone=l.tone.clone() data-type=l.kind.key()>
                        <th scope="row">
                            <a href=href(&format!("/countries/{}", l.code))>{l.name.clone()}</a>
                        </th>
                        <td>
                            <TypeBadge kind=l.kind />
                            " "
                            <a href=href(&format!("/alerts/{}", l.id)) lang=l.language.clone() dir=direction_of(&l.language)>{l.title.clone()}</a>
                        </td>
                        <td><time datetime=l.published.calendar()>{w.short_date(&l.published)}</time></td>
                        <td class="number" data-label=count_label.clone()>{l.count}</td>
                        <td class=format!("trend trend-{}", trend.0)>{trend.1} {quiet}</td>
                    </tr>
                }
            })
            .collect_view()
    };
    let words = use_words();
    view! {
        <div class="board-scroll">
            <table class="board">
                <caption>{words.text("map.board")}</caption>
                <thead>
                    <tr>
                        {heading(Sort::Country, "map.column.country")}
                        {heading(Sort::Gravity, "map.column.latest")}
                        {heading(Sort::Date, "map.column.date")}
                        {heading(Sort::Count, "map.column.count")}
                        <th scope="col">{words.text("map.column.trend")}</th>
                    </tr>
                </thead>
                <tbody>{rows}</tbody>
            </table>
        </div>
    }
}

/// A trend's class and words ("escalated", "▲ Escalated").
fn trend_text(words: &alert_model::i18n::Messages, trend: Trend) -> (&'static str, String) {
    let key = match trend {
        Trend::First => "first",
        Trend::Escalated => "escalated",
        Trend::DeEscalated => "de-escalated",
        Trend::Unchanged => "unchanged",
    };
    (key, words.text(&format!("map.trend.{key}")))
}
