//! What the editor says about each field: its label, its guide, and what
//! each alert type means. One place, so a field reads the same wherever it
//! is named (beside the control, in a problem, in the docs' screenshots).

use alert_authoring::form::Field;
use alert_model::AlertType;

pub fn label(field: Field) -> &'static str {
    match field {
        Field::Id => "Address (id)",
        Field::Title => "Title",
        Field::Type => "Type",
        Field::Status => "Status",
        Field::Published => "Published",
        Field::Updated => "Updated",
        Field::Countries => "Countries",
        Field::Language => "Language",
        Field::Series => "Series",
        Field::Translations => "Translations",
        Field::Summary => "Summary",
        Field::Changes => "What changed since the previous update",
        Field::ChangeNote => "Note on the withdrawal or correction",
        Field::Body => "Text",
        Field::Tags => "Tags",
        Field::Links => "Links",
        Field::File => "The file",
    }
}

pub fn hint(field: Field) -> &'static str {
    match field {
        Field::Id => "The alert's address and file name: lower-case words joined by hyphens. Suggested from the title until you change it.",
        Field::Title => "As readers will see it, without the type: that shows beside it.",
        Field::Type => "",
        Field::Status => "A draft never leaves the build. Published alerts are shown once built; a withdrawn one stays at its address, marked withdrawn.",
        Field::Published => "A date (2026-12-05), or a date and time with the publisher's offset (2026-12-05T09:30:00+02:00).",
        Field::Updated => "Only for a correction of this same alert; leave empty otherwise. A new development is a new update in the series.",
        Field::Countries => "The first is the primary country. Type a country's name and press Enter.",
        Field::Language => "The language the alert is written in, as a tag: en, fr, es, ar…",
        Field::Series => "For an alert and its numbered updates: the series' id, and 0 for the original alert, 1, 2, 3… for its updates. Leave both empty otherwise.",
        Field::Translations => "Other languages this alert is published in, each with that alert's id. A published alert may link only to published ones.",
        Field::Summary => "One or two sentences for lists, feeds and link previews.",
        Field::Changes => "For an update: one point per line, in your own words.",
        Field::ChangeNote => "For a withdrawn alert, or one corrected after publication (with an Updated date): why, in a sentence or two. Readers see it on the alert and on the corrections page.",
        Field::Body => "Markdown: a blank line between paragraphs; ## for a heading (### and #### below it); - or 1. for list items; > for a quote, with a last line > — Source; **bold**, *italic*, [words](https://…) for a link. Pasting from Word or a web page keeps headings, lists and links.",
        Field::Tags => "Words readers can search for, separated by commas.",
        Field::Links => "The alert as a PDF, and the publisher's own page for it, if any (https addresses).",
        Field::File => "",
    }
}

/// What a type means, for staff choosing one: the publisher's own terms,
/// said briefly.
pub fn type_meaning(kind: AlertType) -> &'static str {
    match kind {
        AlertType::RedFlagAlert => "A warning that the risk of genocide or mass atrocities is rising in a country: the earliest formal alert.",
        AlertType::SosAlert => "An urgent call to act where mass atrocities are imminent or under way.",
        AlertType::ActiveGenocideAlert => "The publisher's assessment that genocide is under way.",
        AlertType::Statement => "The publisher's position on an event or development; shorter than an alert.",
        AlertType::Report => "A longer analysis or study.",
    }
}

pub const STATUSES: [(&str, &str); 3] = [
    ("draft", "Draft"),
    ("published", "Published"),
    ("withdrawn", "Withdrawn"),
];
