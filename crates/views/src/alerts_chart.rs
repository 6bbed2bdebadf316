//! Alerts over time: a bar per year (per month for a short span), stacked
//! by type in the type badges' colours, each bar a link to the archive for
//! that year (its list, `/years/2023`; with a country, the filtered list). A table under it says the same in words.

use crate::env::{href, use_env};
use crate::i18n::use_words;
use alert_model::alert::Status;
use alert_model::i18n::Messages;
use alert_model::overview::chart::{self, Bar, Period};
use alert_model::reading::list_address::address;
use alert_model::{AlertType, Catalog, Query};
use leptos::prelude::*;

/// The chart's stylesheet (style/chart.css, copied by index.html).
pub const STYLES: &str = "/chart.css";

const BAR: usize = 28;
const GAP: usize = 12;
const PLOT: usize = 96;
/// Room above the plot for the totals and below it for the ticks.
const TOP: usize = 16;
const BOTTOM: usize = 34;

/// The chart of `catalog`'s published alerts, or of those naming `country`.
#[component]
pub fn AlertsChart(catalog: std::sync::Arc<Catalog>, country: Option<String>) -> impl IntoView {
    let words = use_words();
    let alerts: Vec<_> = catalog
        .entries()
        .iter()
        .filter(|e| e.status == Status::Published)
        .filter(|e| country.as_ref().is_none_or(|c| e.countries.contains(c)))
        .collect();
    let bars = chart::bars(&alerts);
    if bars.is_empty() {
        return ().into_any();
    }
    let most = bars.iter().map(Bar::total).max().unwrap_or(1).max(1);
    let width = GAP + bars.len() * (BAR + GAP);
    let height = TOP + PLOT + BOTTOM;
    let drawn = bars
        .iter()
        .enumerate()
        .map(|(i, bar)| {
            // Time runs the way the language reads: from the right in a
            // right-to-left language, as its table and text do.
            let slot = if words.dir() == "rtl" { bars.len() - 1 - i } else { i };
            let x = GAP + slot * (BAR + GAP);
            let mut y = TOP + PLOT;
            let segments = AlertType::ALL
                .iter()
                .zip(bar.counts)
                .filter(|(_, n)| *n > 0)
                .map(|(kind, n)| {
                    let h = (n * PLOT).div_ceil(most);
                    y -= h;
                    view! { <rect class=format!("segment badge-{}", kind.key()) x=x.to_string() y=y.to_string() width=BAR.to_string() height=h.to_string() /> }
                })
                .collect_view();
            let link = Query {
                country: country.clone(),
                year: Some(year_of(bar.period)),
                ..Query::default()
            };
            let centre = (x + BAR / 2).to_string();
            let tick_y = (TOP + PLOT + 14).to_string();
            let second = second_tick(bar.period, i).map(|text| {
                view! { <text class="tick" x=centre.clone() y=(TOP + PLOT + 28).to_string()>{text}</text> }
            });
            // A quiet period is a gap, not a link to an empty list. In a
            // <g> so that the macro makes an SVG <a>, not HTML's.
            let link = (bar.total() > 0).then(|| {
                view! {
                    <g>
                        <a href=href(&address(&link)) aria-label=bar_label(&words, bar)>
                            <rect class="hit" x=(x - GAP / 2).to_string() y="0" width=(BAR + GAP).to_string() height=(TOP + PLOT).to_string() />
                            {segments}
                            <text class="total" x=centre.clone() y=(y - 4).to_string()>{bar.total()}</text>
                        </a>
                    </g>
                }
            });
            view! {
                <g>
                    {link}
                    <text class="tick" x=centre.clone() y=tick_y aria-hidden="true">{tick(&words, bar.period)}</text>
                    {second}
                </g>
            }
        })
        .collect_view();
    let used: Vec<AlertType> = AlertType::ALL
        .iter()
        .enumerate()
        .filter(|(k, _)| bars.iter().any(|b| b.counts[*k] > 0))
        .map(|(_, t)| *t)
        .collect();
    let legend = used
        .iter()
        .map(|k| view! { <li><span class=format!("key badge-{}", k.key()) aria-hidden="true"></span>{words.kind(*k)}</li> })
        .collect_view();
    let head = used
        .iter()
        .map(|k| view! { <th scope="col">{words.kind(*k)}</th> })
        .collect_view();
    let body = bars
        .iter()
        .map(|bar| {
            let cells = AlertType::ALL
                .iter()
                .zip(bar.counts)
                .filter(|(k, _)| used.contains(k))
                .map(|(_, n)| view! { <td class="number">{n}</td> })
                .collect_view();
            view! {
                <tr>
                    <th scope="row">{period_name(&words, bar.period)}</th>
                    {cells}
                    <td class="number">{bar.total()}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <section class="alerts-chart" aria-labelledby="chart-heading">
            // Its own styles, which pages without a chart never download.
            <link rel="stylesheet" href=use_env().file_href(STYLES) />
            <h2 id="chart-heading">{words.text("chart.heading")}</h2>
            <svg class="chart-svg" viewBox=format!("0 0 {width} {height}") width=width.to_string() height=height.to_string() role="group" aria-labelledby="chart-heading">
                {drawn}
            </svg>
            <ul class="chart-legend" aria-hidden="true">{legend}</ul>
            <details class="chart-table">
                <summary>{words.text("chart.as_table")}</summary>
                <table>
                    <thead>
                        <tr>
                            <th scope="col">{words.text("chart.period")}</th>
                            {head}
                            <th scope="col">{words.text("chart.total")}</th>
                        </tr>
                    </thead>
                    <tbody>{body}</tbody>
                </table>
            </details>
        </section>
    }
    .into_any()
}

fn year_of(p: Period) -> i32 {
    match p {
        Period::Year(y) | Period::Month(y, _) => y,
    }
}

/// "2024", or "March 2024". A month on its own takes the stand-alone
/// form where a language has one (Russian "март", not the dates' "марта").
fn period_name(words: &Messages, p: Period) -> String {
    match p {
        Period::Year(y) => y.to_string(),
        Period::Month(y, m) => words.fill(
            "chart.month",
            &[
                ("month", &words.text(&format!("month_alone.{m}"))),
                ("year", &y.to_string()),
            ],
        ),
    }
}

/// Under a bar: the year, or the month's short name.
fn tick(words: &Messages, p: Period) -> String {
    match p {
        Period::Year(y) => y.to_string(),
        Period::Month(_, m) => words.text(&format!("month_short_alone.{m}")),
    }
}

/// Under a month's name, its year: at the first bar and at each January.
fn second_tick(p: Period, i: usize) -> Option<String> {
    match p {
        Period::Month(y, m) if i == 0 || m == 1 => Some(y.to_string()),
        _ => None,
    }
}

/// "2024: 5 alerts (Red Flag Alert: 2, Statement: 3)": a bar's name.
fn bar_label(words: &Messages, bar: &Bar) -> String {
    let parts: Vec<String> = AlertType::ALL
        .iter()
        .zip(bar.counts)
        .filter(|(_, n)| *n > 0)
        .map(|(k, n)| {
            words.fill(
                "chart.part",
                &[("n", &words.number(n)), ("type", &words.kind(*k))],
            )
        })
        .collect();
    words.fill(
        "chart.bar_label",
        &[
            ("period", &period_name(words, bar.period)),
            ("alerts", &words.count("map.alerts", bar.total(), &[])),
            ("parts", &words.list(&parts)),
        ],
    )
}
