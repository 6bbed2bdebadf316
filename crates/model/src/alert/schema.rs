//! JSON Schema (draft 2020-12) for an alert file, `index.json` and
//! `site.json`, generated from the types in `alert.rs`, so that staff get
//! completion and errors in their editor. The validator (`validate`) stays
//! the judge: it checks what a schema cannot (ids against file names,
//! translations that exist, dates in order). `alert-data schema` writes
//! them; docs/api.md says where they are served.

use crate::alert::about::About;
use crate::alert::date::Date;
use crate::alert::{Alert, Index, Site, Span};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde_json::{json, Value};
use std::borrow::Cow;

/// The schema files, by name: `alert.schema.json` and so on.
pub fn all() -> Vec<(&'static str, Value)> {
    vec![
        (
            "alert.schema.json",
            document::<Alert>(
                "alert.schema.json",
                "One alert file (data/alerts/<id>.json)",
            ),
        ),
        (
            "index.schema.json",
            document::<Index>(
                "index.schema.json",
                "index.json: the published alerts, newest first",
            ),
        ),
        (
            "site.schema.json",
            document::<Site>("site.schema.json", "site.json: who publishes"),
        ),
        (
            "about.schema.json",
            document::<About>(
                "about.schema.json",
                "about.json: the publisher's words about its alerts",
            ),
        ),
    ]
}

fn document<T: JsonSchema>(file: &str, title: &str) -> Value {
    let generator = schemars::generate::SchemaSettings::draft2020_12()
        .for_deserialize()
        .into_generator();
    let mut value = generator.into_root_schema_for::<T>().to_value();
    without_rust_formats(&mut value);
    value["$id"] = json!(file);
    value["title"] = json!(title);
    // A file may name the schema it follows; the validator allows it.
    if let Some(props) = value.get_mut("properties").and_then(Value::as_object_mut) {
        props.insert(
            "$schema".into(),
            json!({"type": "string", "description": "The JSON Schema this file follows, for editors."}),
        );
    }
    value
}

/// schemars marks integers with their Rust type (`"format": "uint32"`),
/// which no JSON Schema format defines and strict validators refuse; the
/// `minimum` beside it says what matters.
fn without_rust_formats(value: &mut Value) {
    match value {
        Value::Object(map) => {
            let rust = map
                .get("format")
                .and_then(Value::as_str)
                .is_some_and(|f| f.starts_with("uint") || f.starts_with("int"));
            if rust {
                map.remove("format");
            }
            map.values_mut().for_each(without_rust_formats);
        }
        Value::Array(items) => items.iter_mut().for_each(without_rust_formats),
        _ => {}
    }
}

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "YYYY-MM-DD, or a date-time with an offset (2022-10-07T09:30:00+04:00).",
            "type": "string",
            "pattern": "^[0-9]{4}-[0-9]{2}-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:[0-9]{2}))?$"
        })
    }
}

impl JsonSchema for Span {
    fn schema_name() -> Cow<'static, str> {
        "Span".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let mark = generator.subschema_for::<crate::alert::Mark>();
        json_schema!({
            "description": "A run of text: a plain string, or text with marks and a link.",
            "anyOf": [
                {"type": "string"},
                {
                    "type": "object",
                    "properties": {
                        "text": {"type": "string"},
                        "marks": {"type": "array", "items": mark},
                        "href": {"type": ["string", "null"], "description": "https:, http: or mailto: only."}
                    },
                    "required": ["text"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_rust_integer_format_is_left() {
        for (file, schema) in all() {
            let text = schema.to_string();
            assert!(!text.contains("\"format\":\"uint"), "{file}");
            assert!(!text.contains("\"format\":\"int"), "{file}");
        }
        let mut v = json!({"format": "uint8", "minimum": 0, "items": [{"format": "int32"}, {"format": "email"}]});
        without_rust_formats(&mut v);
        assert_eq!(v, json!({"minimum": 0, "items": [{}, {"format": "email"}]}));
    }

    #[test]
    fn dates_and_spans_are_described_as_the_files_write_them() {
        let (_, alert) = &all()[0];
        let date = &alert["$defs"]["Date"];
        assert_eq!(date["type"], "string");
        let pattern = date["pattern"].as_str().expect("a pattern");
        assert!(
            pattern.starts_with("^[0-9]{4}-[0-9]{2}-[0-9]{2}"),
            "{pattern}"
        );
        assert_eq!(alert["properties"]["published"]["$ref"], "#/$defs/Date");
        let span = &alert["$defs"]["Span"]["anyOf"];
        assert_eq!(
            span[0],
            json!({"type": "string"}),
            "a plain string is a span"
        );
        assert_eq!(span[1]["required"], json!(["text"]));
        assert_eq!(span[1]["additionalProperties"], false);
    }

    #[test]
    fn each_schema_names_itself_and_allows_naming_it() {
        for (file, schema) in all() {
            assert_eq!(schema["$id"], file);
            assert_eq!(
                schema["$schema"], "https://json-schema.org/draft/2020-12/schema",
                "{file}"
            );
            assert!(schema["properties"]["$schema"].is_object(), "{file}");
        }
    }

    #[test]
    fn the_alert_schema_requires_what_the_validator_requires_and_no_more() {
        let (_, alert) = &all()[0];
        let mut required: Vec<&str> = alert["required"]
            .as_array()
            .expect("required")
            .iter()
            .filter_map(Value::as_str)
            .collect();
        required.sort_unstable();
        assert_eq!(
            required,
            [
                "body",
                "countries",
                "id",
                "language",
                "published",
                "schema",
                "status",
                "summary",
                "title",
                "type"
            ]
        );
        assert!(alert["properties"]["changes"].is_object());
        assert_eq!(
            alert["additionalProperties"], false,
            "a typo such as titel is flagged"
        );
    }
}
