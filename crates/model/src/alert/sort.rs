//! Sorting, in one copy whatever the items.
//!
//! The standard library's sorts are generic over their comparison, so each
//! call with a closure of its own carried a whole sort into the wasm: eight
//! copies of quicksort, 23 KB of the reader's bundle, and 38 KB of the
//! partner panels' with their stable sorts (`scripts/wasm-breakdown`). Here
//! only the positions are sorted, by one sort behind a trait object, and
//! the items are then put in that order. The model and the editor sort
//! through here; the one exception is the archive's own order
//! (`validate::archive::sort_newest_first`), kept on the standard sort for
//! its speed on the whole archive.
//!
//! It lives in the bottom room because every room above it sorts.

use std::cmp::Ordering;

/// Sorts `items` by `compare`, keeping items it finds equal in their order
/// (a stable sort).
pub fn sort_by<T>(items: &mut [T], compare: impl Fn(&T, &T) -> Ordering) {
    let Ok(len) = u32::try_from(items.len()) else {
        // More than four billion items never reach the reader; the
        // standard sort keeps them right all the same.
        items.sort_by(compare);
        return;
    };
    let mut order: Vec<u32> = (0..len).collect();
    {
        let items = &*items;
        let by_item = |a: &u32, b: &u32| {
            compare(&items[*a as usize], &items[*b as usize]).then_with(|| a.cmp(b))
        };
        sort_positions(&mut order, &by_item);
    }
    put_in_order(items, &mut order);
}

/// The one copy of the sort. Ties never reach it (positions break them),
/// so the unstable sort, smaller than the stable one, is stable here.
#[inline(never)]
fn sort_positions(order: &mut [u32], compare: &dyn Fn(&u32, &u32) -> Ordering) {
    order.sort_unstable_by(compare);
}

/// Moves `items[order[i]]` to `i` for every `i`, by swaps along each cycle
/// of the permutation; `order` is used up (each place, once filled, points
/// at itself).
fn put_in_order<T>(items: &mut [T], order: &mut [u32]) {
    for start in 0..order.len() {
        let mut place = start;
        while order[place] as usize != start {
            let from = order[place] as usize;
            items.swap(place, from);
            order[place] = place as u32;
            place = from;
        }
        order[place] = place as u32;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A small generator, so the cases are many and the same every run.
    fn numbers(seed: u64, count: usize, below: u64) -> Vec<u64> {
        let mut state = seed;
        (0..count)
            .map(|_| {
                state = state
                    .wrapping_mul(6364136223846793005)
                    .wrapping_add(1442695040888963407);
                (state >> 33) % below
            })
            .collect()
    }

    #[test]
    fn sorts_as_the_standard_stable_sort_does() {
        for (seed, count, below) in [
            (1, 0, 5),
            (2, 1, 5),
            (3, 2, 2),
            (4, 17, 4),
            (5, 300, 1000),
            (6, 1000, 3),
        ] {
            // Pairs of a key and the item's first place: equal keys must
            // keep their places' order.
            let items: Vec<(u64, usize)> = numbers(seed, count, below)
                .into_iter()
                .enumerate()
                .map(|(i, key)| (key, i))
                .collect();
            let mut ours = items.clone();
            sort_by(&mut ours, |a, b| a.0.cmp(&b.0));
            let mut theirs = items.clone();
            theirs.sort_by_key(|a| a.0);
            assert_eq!(ours, theirs, "seed {seed}, {count} items below {below}");
        }
    }

    #[test]
    fn sorts_descending_and_by_several_keys() {
        let mut words = vec!["pear", "fig", "apple", "kiwi", "date", "plum"];
        sort_by(&mut words, |a, b| {
            b.len().cmp(&a.len()).then_with(|| a.cmp(b))
        });
        assert_eq!(words, ["apple", "date", "kiwi", "pear", "plum", "fig"]);
    }

    #[test]
    fn moves_items_that_are_not_copied() {
        let mut names: Vec<String> = ["c", "a", "b"].iter().map(|s| s.to_string()).collect();
        sort_by(&mut names, |a, b| a.cmp(b));
        assert_eq!(names, ["a", "b", "c"]);
    }
}
