//! What a draft changes against the published alert with the same id:
//! fields and blocks added, removed or changed, for the draft preview.

use crate::alert::{Alert, Block, Status};
use crate::timeline::position_label;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ChangeKind {
    Added,
    Removed,
    Changed,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Change {
    /// The JSON path, as problems use: `title`, `body[2]`, `translations.ar`.
    pub path: String,
    pub kind: ChangeKind,
    pub before: Option<String>,
    pub after: Option<String>,
}

/// Every difference a reader could notice, fields first, then the body.
pub fn diff_alerts(published: &Alert, draft: &Alert) -> Vec<Change> {
    let mut out = Vec::new();
    let fields = |a: &Alert| -> Vec<(&'static str, Option<String>)> {
        vec![
            ("title", Some(a.title.clone())),
            ("type", Some(a.kind.label().to_string())),
            // A draft's own "draft" status is expected, not news.
            (
                "status",
                (a.status != Status::Draft).then(|| format!("{:?}", a.status).to_lowercase()),
            ),
            ("published", Some(a.published.to_string())),
            ("updated", a.updated.as_ref().map(ToString::to_string)),
            ("countries", Some(a.countries.join(", "))),
            (
                "series",
                a.series
                    .as_ref()
                    .map(|s| format!("{} · {}", s.id, position_label(s.number, s.number))),
            ),
            ("language", Some(a.language.clone())),
            ("summary", Some(a.summary.clone())),
            ("tags", (!a.tags.is_empty()).then(|| a.tags.join(", "))),
            ("links.pdf", a.links.pdf.clone()),
            ("links.source", a.links.source.clone()),
        ]
    };
    for ((path, before), (_, after)) in fields(published).into_iter().zip(fields(draft)) {
        if path == "status" && draft.status == Status::Draft {
            continue;
        }
        push_change(&mut out, path.to_string(), before, after);
    }
    let langs: std::collections::BTreeSet<&String> = published
        .translations
        .keys()
        .chain(draft.translations.keys())
        .collect();
    for lang in langs {
        push_change(
            &mut out,
            format!("translations.{lang}"),
            published.translations.get(lang).cloned(),
            draft.translations.get(lang).cloned(),
        );
    }
    out.extend(diff_blocks(&published.body, &draft.body));
    out
}

fn push_change(out: &mut Vec<Change>, path: String, before: Option<String>, after: Option<String>) {
    let kind = match (&before, &after) {
        (None, None) => return,
        (Some(b), Some(a)) if b == a => return,
        (None, Some(_)) => ChangeKind::Added,
        (Some(_), None) => ChangeKind::Removed,
        (Some(_), Some(_)) => ChangeKind::Changed,
    };
    out.push(Change {
        path,
        kind,
        before,
        after,
    });
}

/// Blocks matched by a longest common subsequence, so inserting one block
/// shows as one addition rather than every later block changing. A removal
/// directly replaced by an addition reads as a change. Paths name the
/// draft's block where there is one, else the published one.
pub fn diff_blocks(before: &[Block], after: &[Block]) -> Vec<Change> {
    // Very long bodies: compare position by position rather than spend
    // quadratic time in a browser tab.
    if before.len().saturating_mul(after.len()) > 250_000 {
        return positional(before, after);
    }
    let (n, m) = (before.len(), after.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if before[i] == after[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    let mut out: Vec<Change> = Vec::new();
    // Removals since the last unchanged block that an addition may pair with,
    // in order: the first addition after them rewrites the first removal.
    let mut unpaired = 0;
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && before[i] == after[j] {
            i += 1;
            j += 1;
            unpaired = out.len();
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push(Change {
                path: format!("body[{i}]"),
                kind: ChangeKind::Removed,
                before: Some(describe(&before[i])),
                after: None,
            });
            i += 1;
        } else {
            let after_text = Some(describe(&after[j]));
            match out.get_mut(unpaired) {
                Some(removed) if removed.kind == ChangeKind::Removed => {
                    removed.kind = ChangeKind::Changed;
                    removed.path = format!("body[{j}]");
                    removed.after = after_text;
                    unpaired += 1;
                }
                _ => {
                    out.push(Change {
                        path: format!("body[{j}]"),
                        kind: ChangeKind::Added,
                        before: None,
                        after: after_text,
                    });
                    unpaired = out.len();
                }
            }
            j += 1;
        }
    }
    out
}

fn positional(before: &[Block], after: &[Block]) -> Vec<Change> {
    let mut out = Vec::new();
    for k in 0..before.len().max(after.len()) {
        push_change(
            &mut out,
            format!("body[{k}]"),
            before.get(k).map(describe),
            after.get(k).map(describe),
        );
    }
    out
}

fn describe(b: &Block) -> String {
    format!("{}: {}", b.kind_name(), b.plain_text())
}
