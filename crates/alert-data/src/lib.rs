//! The publishing tool's library: checking a data folder and writing the
//! index (`check`), new draft files (`new`), and synthetic archives for
//! the benchmark (`synth`).
//! The prerender (`crates/prerender`) reads data through it too, so both
//! refuse the same files.

pub mod check;
pub mod new;
pub mod synth;
pub mod synth_files;
