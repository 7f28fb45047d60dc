//! Integration tests: one binary (`autotests = false`), one module per area.

mod cli;
mod contract;
mod dates_classes;
mod events_classes;
mod fixtures;
mod invariants;
mod numbers;
mod properties;
mod regression;
mod util;
