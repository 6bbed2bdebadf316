//! What a draft changes against the published alert with the same id:
//! fields and blocks added, removed or changed, for the draft preview.

use crate::alert::{Alert, Block, Status};
use crate::reading::timeline::position_label;

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
    let mut out = Vec::new();
    for pair in align(before, after) {
        let (path, b, a) = match pair {
            (Some(i), None) => (i, before.get(i), None),
            (i, Some(j)) => (j, i.and_then(|i| before.get(i)), after.get(j)),
            (None, None) => continue,
        };
        push_change(
            &mut out,
            format!("body[{path}]"),
            b.map(describe),
            a.map(describe),
        );
    }
    out
}

/// Each block of `before` and `after` in reading order, as pairs of
/// positions: both for a block kept (equal) or rewritten (unequal), one
/// side for a block removed or added. An addition pairs up as a rewrite
/// with a removal just before it only when both are the same passage
/// rewritten (`same_passage`); otherwise a reader sees a passage removed
/// and another added, not one struck through under the other.
pub fn align(before: &[Block], after: &[Block]) -> Vec<(Option<usize>, Option<usize>)> {
    let (n, m) = (before.len(), after.len());
    // Very long bodies: compare position by position rather than spend
    // quadratic time in a browser tab.
    if n.saturating_mul(m) > MATCH_LIMIT {
        return (0..n.max(m))
            .map(|k| ((k < n).then_some(k), (k < m).then_some(k)))
            .collect();
    }
    let lcs = lcs_table(before, after);
    let mut out: Vec<(Option<usize>, Option<usize>)> = Vec::new();
    // Removals since the last kept block that an addition may pair with,
    // in order: the first addition after them rewrites the first removal.
    let mut unpaired = 0;
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && before[i] == after[j] {
            out.push((Some(i), Some(j)));
            i += 1;
            j += 1;
            unpaired = out.len();
        } else if i < n && (j == m || lcs[i + 1][j] >= lcs[i][j + 1]) {
            out.push((Some(i), None));
            i += 1;
        } else {
            // The first of the next few removals this addition rewrites;
            // removals passed over stay removals, so both texts keep their
            // order. A rewrite sits near what it replaces, and the bound
            // keeps a body rewritten whole from costing quadratic word
            // matches in a browser tab.
            let rewritten = (unpaired..out.len().min(unpaired + LOOKAHEAD)).find(
                |&k| matches!(out[k], (Some(i), None) if same_passage(&before[i], &after[j])),
            );
            match rewritten {
                Some(k) => {
                    out[k].1 = Some(j);
                    unpaired = k + 1;
                }
                None => {
                    out.push((None, Some(j)));
                    unpaired = out.len();
                }
            }
            j += 1;
        }
    }
    out
}

/// The most pairs (blocks by blocks, or words by words) matched one by
/// one: beyond it the cost would show in a browser tab.
const MATCH_LIMIT: usize = 250_000;

/// How many removals an addition looks at for the passage it rewrites.
const LOOKAHEAD: usize = 4;

/// Whether `after` is `before` rewritten: blocks of one kind (a heading is
/// never a rewritten paragraph) that keep, in order, at least a third of
/// the longer one's words. Chosen on the sample series: their rewritten
/// passages keep 35% to 100% of their words, while passages that one
/// update puts in place of another keep at most 30% (phrases every alert
/// shares, such as "the Institute reports that").
pub fn same_passage(before: &Block, after: &Block) -> bool {
    if before.kind_name() != after.kind_name() {
        return false;
    }
    let (b, a) = (before.plain_text(), after.plain_text());
    let (b, a) = (plain_words(&b), plain_words(&a));
    let longer = b.len().max(a.len());
    // Too long to match word by word: `word_runs` shows it replaced whole.
    if b.len().saturating_mul(a.len()) > MATCH_LIMIT {
        return false;
    }
    let kept = lcs_table(&b, &a)[0][0] as usize;
    kept * 3 >= longer
}

/// Words without their punctuation or case: "stalled." and "stalled"
/// are the same word kept.
fn plain_words(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect()
}

/// `lcs[i][j]`: the longest common subsequence of `a[i..]` and `b[j..]`.
fn lcs_table<T: PartialEq>(a: &[T], b: &[T]) -> Vec<Vec<u32>> {
    let (n, m) = (a.len(), b.len());
    let mut lcs = vec![vec![0u32; m + 1]; n + 1];
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[i][j] = if a[i] == b[j] {
                lcs[i + 1][j + 1] + 1
            } else {
                lcs[i + 1][j].max(lcs[i][j + 1])
            };
        }
    }
    lcs
}

/// What happened to a run of words in a rewritten passage.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Run {
    Kept,
    Removed,
    Added,
}

/// The words of two versions of a passage, as runs kept, removed and
/// added in reading order (a removal before the addition that replaces
/// it). Spaces count as words, so the runs put together give either text.
pub fn word_runs(before: &str, after: &str) -> Vec<(Run, String)> {
    let (a, b) = (tokens(before), tokens(after));
    let mut out: Vec<(Run, String)> = Vec::new();
    let mut push = |run: Run, text: &str| match out.last_mut() {
        Some((last, t)) if *last == run => t.push_str(text),
        _ => out.push((run, text.to_string())),
    };
    // A passage too long to match word by word reads as replaced whole.
    if a.len().saturating_mul(b.len()) > MATCH_LIMIT {
        push(Run::Removed, before);
        push(Run::Added, after);
        out.retain(|(_, t)| !t.is_empty());
        return out;
    }
    let lcs = lcs_table(&a, &b);
    let (mut i, mut j) = (0, 0);
    let mut added = String::new();
    while i < a.len() || j < b.len() {
        if i < a.len() && j < b.len() && a[i] == b[j] {
            if !added.is_empty() {
                push(Run::Added, &std::mem::take(&mut added));
            }
            push(Run::Kept, a[i]);
            i += 1;
            j += 1;
        } else if i < a.len() && (j == b.len() || lcs[i + 1][j] >= lcs[i][j + 1]) {
            push(Run::Removed, a[i]);
            i += 1;
        } else {
            // Held back so that a stretch reads removed-then-added.
            added.push_str(b[j]);
            j += 1;
        }
    }
    if !added.is_empty() {
        push(Run::Added, &added);
    }
    join_changes(out)
}

/// "the town" → "two towns" reads as one change, not two with a kept
/// space between: a run of spaces between changes joins both sides.
fn join_changes(runs: Vec<(Run, String)>) -> Vec<(Run, String)> {
    let mut out: Vec<(Run, String)> = Vec::new();
    let mut k = 0;
    while k < runs.len() {
        if runs[k].0 == Run::Kept {
            out.push(runs[k].clone());
            k += 1;
            continue;
        }
        // A stretch of changes, with the spaces kept inside it.
        let mut end = k;
        while end < runs.len() {
            let (run, text) = &runs[end];
            let inner_space = *run == Run::Kept
                && text.trim().is_empty()
                && runs.get(end + 1).is_some_and(|(r, _)| *r != Run::Kept);
            if *run == Run::Kept && !inner_space {
                break;
            }
            end += 1;
        }
        let side = |keep: Run| -> String {
            runs[k..end]
                .iter()
                .filter(|(r, _)| *r == keep || *r == Run::Kept)
                .map(|(_, t)| t.as_str())
                .collect()
        };
        for run in [Run::Removed, Run::Added] {
            if runs[k..end].iter().any(|(r, _)| *r == run) {
                out.push((run, side(run)));
            }
        }
        k = end;
    }
    out
}

/// Words and the spaces between them, in order.
fn tokens(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut space = None;
    for (k, c) in text.char_indices() {
        let is_space = c.is_whitespace();
        if space.is_some_and(|s| s != is_space) {
            out.push(&text[start..k]);
            start = k;
        }
        space = Some(is_space);
    }
    if start < text.len() {
        out.push(&text[start..]);
    }
    out
}

fn describe(b: &Block) -> String {
    format!("{}: {}", b.kind_name(), b.plain_text())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn p(text: &str) -> Block {
        Block::Paragraph {
            text: vec![crate::alert::Span::plain(text)],
        }
    }

    /// `n` words, `shared` of them "kept" and the rest `tag` plus a number.
    fn words(n: usize, shared: usize, tag: &str) -> String {
        (0..n)
            .map(|k| {
                if k < shared {
                    format!("kept{k}")
                } else {
                    format!("{tag}{k}")
                }
            })
            .collect::<Vec<_>>()
            .join(" ")
    }

    #[test]
    fn blocks_pair_up_kept_rewritten_removed_and_added() {
        let b = "Forces shelled the town on Monday.";
        let rewritten = "Forces shelled two towns on Monday.";
        let before = [p("a"), p(b), p("c"), p("d")];
        let after = [p("a"), p(rewritten), p("c"), p("x"), p("d"), p("e")];
        assert_eq!(
            align(&before, &after),
            [
                (Some(0), Some(0)),
                (Some(1), Some(1)),
                (Some(2), Some(2)),
                (None, Some(3)),
                (Some(3), Some(4)),
                (None, Some(5)),
            ]
        );
        assert_eq!(
            align(&[p("a"), p("b")], &[p("b")]),
            [(Some(0), None), (Some(1), Some(0))]
        );
    }

    #[test]
    fn passages_with_little_in_common_are_removed_and_added_not_paired() {
        let before = [p("a"), p(&words(10, 2, "old")), p("z")];
        let after = [p("a"), p(&words(10, 2, "new")), p("z")];
        assert_eq!(
            align(&before, &after),
            [
                (Some(0), Some(0)),
                (Some(1), None),
                (None, Some(1)),
                (Some(2), Some(2)),
            ]
        );
        // A third of the longer passage's words kept is a rewrite.
        let (b, a) = (p(&words(9, 3, "old")), p(&words(6, 3, "new")));
        assert!(same_passage(&b, &a));
        assert_eq!(align(&[b], &[a]), [(Some(0), Some(0))]);
        assert!(!same_passage(
            &p(&words(10, 3, "old")),
            &p(&words(7, 3, "new"))
        ));
        // Punctuation and case do not make a word another.
        assert!(same_passage(
            &p("Talks stalled."),
            &p("talks, stalled in May")
        ));
        assert!(same_passage(&p(""), &p("")));
    }

    #[test]
    fn a_heading_never_rewrites_a_paragraph() {
        let heading = Block::Heading {
            level: 2,
            text: vec![crate::alert::Span::plain("What the Institute calls for")],
        };
        let paragraph = p("What the Institute calls for");
        assert!(!same_passage(&paragraph, &heading));
        assert_eq!(
            align(&[paragraph], &[heading]),
            [(Some(0), None), (None, Some(0))]
        );
    }

    #[test]
    fn an_addition_rewrites_the_next_removal_that_is_the_same_passage() {
        let rewrite = |k: usize| {
            (
                p(&words(6, 5, &format!("b{k}x"))),
                p(&words(6, 5, &format!("a{k}y"))),
            )
        };
        let (b1, a1) = rewrite(1);
        let unrelated = p("An unrelated paragraph that was dropped.");
        // The unrelated removal is passed over and stays a removal.
        assert_eq!(
            align(&[unrelated.clone(), b1.clone()], std::slice::from_ref(&a1)),
            [(Some(0), None), (Some(1), Some(0))]
        );
        // Within four removals, not beyond: a fifth is too far back.
        let far: Vec<Block> = (0..4)
            .map(|k| p(&format!("dropped {k}")))
            .chain([b1.clone()])
            .collect();
        let pairs = align(&far, std::slice::from_ref(&a1));
        assert_eq!(pairs.len(), 6, "{pairs:?}");
        assert_eq!(pairs[5], (None, Some(0)));
        let near = &far[1..];
        assert_eq!(
            align(near, std::slice::from_ref(&a1))[3],
            (Some(3), Some(0))
        );
        // After a rewrite, the next addition looks at the four removals
        // after it: the fourth of them is in reach.
        let removed: Vec<Block> = [b1.clone()]
            .into_iter()
            .chain((0..3).map(|k| p(&format!("dropped {k}"))))
            .chain([rewrite(3).0])
            .collect();
        let pairs = align(&removed, &[a1.clone(), rewrite(3).1]);
        assert_eq!(pairs[0], (Some(0), Some(0)));
        assert_eq!(pairs[4], (Some(4), Some(1)), "{pairs:?}");
        // Once an addition stands alone, an earlier removal is not paired
        // with a later addition (the new text would read out of order).
        let (b2, a2) = rewrite(2);
        assert_eq!(
            align(&[b2, unrelated.clone()], &[p("fresh"), a2]),
            [
                (Some(0), None),
                (Some(1), None),
                (None, Some(0)),
                (None, Some(1))
            ]
        );
    }

    #[test]
    fn passages_too_long_to_match_word_by_word_are_not_paired() {
        let long = words(501, 501, "x");
        assert!(!same_passage(
            &p(&long),
            &p(&long.replace("kept0", "other"))
        ));
        // Exactly the limit is still matched.
        let limit = words(500, 500, "x");
        assert!(same_passage(
            &p(&limit),
            &p(&limit.replace("kept0", "other"))
        ));
        let short = words(499, 499, "x");
        assert!(same_passage(
            &p(&short),
            &p(&short.replace("kept0", "other"))
        ));
    }

    #[test]
    fn a_block_inserted_first_leaves_the_others_kept() {
        assert_eq!(
            align(&[p("a"), p("b")], &[p("x"), p("a"), p("b")]),
            [(None, Some(0)), (Some(0), Some(1)), (Some(1), Some(2))]
        );
    }

    #[test]
    fn very_long_bodies_pair_by_position() {
        let before: Vec<Block> = (0..600).map(|k| p(&k.to_string())).collect();
        let after: Vec<Block> = (1..501).map(|k| p(&k.to_string())).collect();
        let pairs = align(&before, &after);
        assert_eq!(pairs.len(), 600);
        assert_eq!(pairs[0], (Some(0), Some(0)));
        assert_eq!(pairs[599], (Some(599), None));
        assert_eq!(pairs[500], (Some(500), None), "past the shorter side's end");
        let pairs = align(&after, &before);
        assert_eq!(pairs[499], (Some(499), Some(499)));
        assert_eq!(pairs[500], (None, Some(500)), "past the shorter side's end");
    }

    #[test]
    fn words_removed_come_before_the_words_that_replace_them() {
        let runs = word_runs(
            "Forces shelled the town on Monday.",
            "Forces shelled two towns on Monday.",
        );
        assert_eq!(
            runs,
            [
                (Run::Kept, "Forces shelled ".to_string()),
                (Run::Removed, "the town".to_string()),
                (Run::Added, "two towns".to_string()),
                (Run::Kept, " on Monday.".to_string()),
            ]
        );
        let join = |keep: Run| -> String {
            runs.iter()
                .filter(|(r, _)| *r == Run::Kept || *r == keep)
                .map(|(_, t)| t.as_str())
                .collect()
        };
        assert_eq!(join(Run::Removed), "Forces shelled the town on Monday.");
        assert_eq!(join(Run::Added), "Forces shelled two towns on Monday.");
    }

    #[test]
    fn words_at_either_end_and_empty_texts() {
        assert_eq!(
            word_runs("a b", "a b c"),
            [(Run::Kept, "a b".into()), (Run::Added, " c".into())]
        );
        assert_eq!(
            word_runs("x a", "a"),
            [(Run::Removed, "x ".into()), (Run::Kept, "a".into())]
        );
        assert_eq!(
            word_runs("a b c", "a b"),
            [(Run::Kept, "a b".into()), (Run::Removed, " c".into())],
            "words removed at the end are kept in the runs"
        );
        assert_eq!(
            word_runs("x on y", "p on q"),
            [
                (Run::Removed, "x".into()),
                (Run::Added, "p".into()),
                (Run::Kept, " on ".into()),
                (Run::Removed, "y".into()),
                (Run::Added, "q".into()),
            ],
            "a kept word between two changes keeps them apart"
        );
        assert_eq!(
            word_runs("a x ", "a y "),
            [
                (Run::Kept, "a ".into()),
                (Run::Removed, "x".into()),
                (Run::Added, "y".into()),
                (Run::Kept, " ".into()),
            ],
            "a space after the last change stays kept"
        );
        assert_eq!(word_runs("", "new"), [(Run::Added, "new".into())]);
        assert_eq!(word_runs("same", "same"), [(Run::Kept, "same".into())]);
        assert_eq!(tokens("  two  words "), ["  ", "two", "  ", "words", " "]);
    }

    #[test]
    fn a_passage_of_exactly_the_limit_is_still_matched_word_by_word() {
        // 500 words and spaces on each side: 250,000 pairs, the limit.
        let (before, after) = ("w ".repeat(250), "v ".repeat(250));
        let runs = word_runs(&before, &after);
        assert_eq!(
            runs.last(),
            Some(&(Run::Kept, " ".to_string())),
            "the last space is kept"
        );
    }

    #[test]
    fn a_passage_too_long_to_match_word_by_word_is_replaced_whole() {
        let long = "w ".repeat(400);
        let other = "v ".repeat(400);
        assert_eq!(
            word_runs(&long, &other),
            [(Run::Removed, long.clone()), (Run::Added, other.clone())]
        );
    }
}
