//! Integration tests: one binary (`autotests = false`), one module per area.

mod cli;
mod contract;
mod csv_output;
mod encodings;
mod fixtures;
mod invariants;
mod properties;
mod regression;
mod util;
