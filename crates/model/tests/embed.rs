//! Partner embed options: every value checked, with a safe default and a
//! note when refused; the panel's alerts; the snippet partners paste.

mod common;

use alert_model::outputs::embed::{
    latest, snippet, EmbedOptions, EmbedTarget, Theme, DEFAULT_LIMIT,
};
use alert_model::AlertType;
use common::{catalog, ids};

fn parse(pairs: &[(&str, &str)]) -> (EmbedOptions, Vec<String>) {
    let (o, refused) = EmbedOptions::from_pairs(pairs.iter().copied());
    (
        o,
        refused
            .into_iter()
            .map(|r| format!("{}={}", r.key, r.value))
            .collect(),
    )
}

#[test]
fn good_values_are_taken() {
    let (o, refused) = parse(&[
        ("country", "am"),
        ("type", "red_flag_alert"),
        ("limit", "3"),
        ("theme", "dark"),
        ("accent", "#8F1D1D"),
        ("transparent", "true"),
        ("lang", "fr-CA"),
        ("compact", "1"),
        ("frame", "alert-reader-2"),
    ]);
    assert!(refused.is_empty(), "{refused:?}");
    assert_eq!(o.country.as_deref(), Some("AM"));
    assert_eq!(o.kind, Some(AlertType::RedFlagAlert));
    assert_eq!(
        (o.limit, o.theme, o.accent.as_deref()),
        (3, Theme::Dark, Some("#8f1d1d"))
    );
    assert!(o.transparent && o.compact);
    assert_eq!((o.lang, o.frame.as_deref()), ("fr", Some("alert-reader-2")));
}

#[test]
fn hostile_or_wrong_values_fall_back_to_defaults_with_a_note() {
    let (o, refused) = parse(&[
        ("limit", "-3"),
        ("country", "ZZ"),
        ("accent", "red;background:url(x)"),
        ("theme", "<script>"),
        ("lang", "xx"),
        ("compact", "maybe"),
        ("type", "rumour"),
    ]);
    assert_eq!(o, EmbedOptions::default());
    assert_eq!(
        refused,
        [
            "limit=-3",
            "country=ZZ",
            "accent=red;background:url(x)",
            "theme=<script>",
            "lang=xx",
            "compact=maybe",
            "type=rumour"
        ]
    );
    for bad in ["0", "21", "5.5", "1e3", ""] {
        assert_eq!(
            parse(&[("limit", bad)]).0.limit,
            DEFAULT_LIMIT,
            "limit={bad}"
        );
    }
    for bad in ["red", "#12345", "#ggg", "#fff;x", "rgb(0,0,0)", "#fff)"] {
        assert_eq!(parse(&[("accent", bad)]).0.accent, None, "accent={bad}");
    }
    // A frame id that is not a plain name is dropped silently.
    assert_eq!(parse(&[("frame", "x\"><script>")]).0.frame, None);
}

#[test]
fn refused_values_are_clipped_in_notes() {
    let long = "x".repeat(500);
    let (_, refused) = EmbedOptions::from_pairs([("theme", long.as_str())]);
    assert_eq!(refused[0].value.chars().count(), 41);
}

#[test]
fn the_panel_shows_the_newest_published_alerts_within_the_limit() {
    let c = catalog();
    let (o, _) = parse(&[("country", "AZ"), ("limit", "2")]);
    assert_eq!(ids(latest(&c, &o)), ["az-3", "az-2"]);
    let (o, _) = parse(&[("type", "statement")]);
    assert_eq!(ids(latest(&c, &o)), ["mm-2", "mm-1"]);
    assert_eq!(latest(&c, &EmbedOptions::default()).len(), DEFAULT_LIMIT);
}

#[test]
fn the_snippet_carries_the_options_and_a_fallback_link() {
    let (o, _) = parse(&[
        ("country", "AZ"),
        ("limit", "3"),
        ("theme", "dark"),
        ("accent", "#0a0"),
    ]);
    assert_eq!(
        snippet("https://reader.example/", &EmbedTarget::Latest, &o, "Latest alerts"),
        "<div data-alert-reader-embed data-country=\"AZ\" data-limit=\"3\" data-theme=\"dark\" data-accent=\"#0a0\"><a href=\"https://reader.example/countries/AZ\">Latest alerts</a></div>\n<script src=\"https://reader.example/embed.js\" async></script>"
    );
    let one = snippet(
        "https://reader.example/reader",
        &EmbedTarget::Alert("sudan-sos".into()),
        &EmbedOptions::default(),
        "Read <the> alert & more",
    );
    assert!(one.starts_with("<div data-alert-reader-embed data-alert=\"sudan-sos\"><a href=\"https://reader.example/reader/alerts/sudan-sos\">Read &lt;the&gt; alert &amp; more</a>"), "{one}");
    assert!(one.ends_with("<script src=\"https://reader.example/reader/embed.js\" async></script>"));
    assert_eq!(
        o.to_query_string(),
        "?country=AZ&limit=3&theme=dark&accent=%230a0"
    );
}

#[test]
fn a_panel_in_another_language_falls_back_to_that_languages_page() {
    let (o, _) = parse(&[("country", "SD"), ("lang", "ar")]);
    let code = snippet(
        "https://reader.example/",
        &EmbedTarget::Latest,
        &o,
        "أحدث التنبيهات",
    );
    assert!(code.contains("data-lang=\"ar\""), "{code}");
    assert!(
        code.contains("<a href=\"https://reader.example/ar/countries/SD\">أحدث التنبيهات</a>"),
        "{code}"
    );
    let (o, _) = parse(&[("lang", "fr")]);
    let code = snippet(
        "https://reader.example/",
        &EmbedTarget::Alert("x".into()),
        &o,
        "Lire",
    );
    assert!(
        code.contains("href=\"https://reader.example/fr/alerts/x\""),
        "{code}"
    );
}

#[test]
fn the_panel_speaks_every_interface_language() {
    for (value, lang) in [("ar", "ar"), ("ar-EG", "ar"), ("fr", "fr"), ("es", "es")] {
        let (o, refused) = EmbedOptions::from_pairs([("lang", value)]);
        assert_eq!((o.lang, refused.len()), (lang, 0), "{value}");
    }
    let (_, refused) = EmbedOptions::from_pairs([("lang", "de")]);
    assert_eq!(refused[0].reason, "refused.lang");
}

#[test]
fn every_theme_is_understood_and_a_refused_one_says_so() {
    for (value, theme) in [
        ("light", Theme::Light),
        ("dark", Theme::Dark),
        ("auto", Theme::Auto),
        ("", Theme::Auto),
    ] {
        let (o, refused) = EmbedOptions::from_pairs([("theme", value)]);
        assert_eq!(o.theme, theme, "{value:?}");
        assert!(refused.is_empty(), "{value:?}");
    }
    let (o, refused) = EmbedOptions::from_pairs([("theme", "sepia")]);
    assert_eq!((o.theme, refused.len()), (Theme::Auto, 1));
}

#[test]
fn yes_and_no_languages_and_long_values_are_read_as_partners_write_them() {
    for (value, on) in [
        ("true", true),
        ("1", true),
        ("", true),
        ("yes", true),
        ("false", false),
        ("0", false),
        ("no", false),
    ] {
        let (o, refused) = EmbedOptions::from_pairs([("transparent", value), ("compact", value)]);
        assert_eq!((o.transparent, o.compact), (on, on), "{value:?}");
        assert!(refused.is_empty(), "{value:?}");
    }
    for (value, lang) in [("en", "en"), ("en-GB", "en"), ("FR", "fr"), ("es-MX", "es")] {
        let (o, refused) = EmbedOptions::from_pairs([("lang", value)]);
        assert_eq!(o.lang, lang, "{value:?}");
        assert!(refused.is_empty(), "{value:?}");
    }
    // A refused value is echoed whole up to 40 characters, then cut.
    let forty = "x".repeat(40);
    let (_, refused) = EmbedOptions::from_pairs([("theme", forty.as_str())]);
    assert_eq!(refused[0].value, forty);
    let (_, refused) = EmbedOptions::from_pairs([("theme", format!("{forty}y").as_str())]);
    assert_eq!(refused[0].value, format!("{forty}…"));
}

#[test]
fn a_board_panel_frames_a_region_and_falls_back_to_the_map() {
    let (o, refused) = parse(&[("region", "horn-of-africa"), ("lang", "fr")]);
    assert!(refused.is_empty());
    assert_eq!(o.region.map(|r| r.key), Some("horn-of-africa"));
    assert_eq!(o.to_query_string(), "?lang=fr&region=horn-of-africa");
    assert_eq!(
        snippet("https://reader.example/", &EmbedTarget::Board, &o, "Tableau"),
        "<div data-alert-reader-embed data-board=\"true\" data-region=\"horn-of-africa\" data-lang=\"fr\"><a href=\"https://reader.example/fr/map\">Tableau</a></div>\n<script src=\"https://reader.example/embed.js\" async></script>"
    );
    let whole = snippet(
        "https://reader.example/",
        &EmbedTarget::Board,
        &EmbedOptions::default(),
        "Board",
    );
    assert!(whole.starts_with("<div data-alert-reader-embed data-board=\"true\"><a href=\"https://reader.example/map\">"), "{whole}");
    let (o, refused) = parse(&[("region", "atlantis")]);
    assert_eq!(o.region, None);
    assert_eq!(refused, ["region=atlantis"]);
}
