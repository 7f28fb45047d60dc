//! Integration tests: one binary (`autotests = false`), one module per area.

mod cli;
mod contract;
mod fixtures;
mod invariants;
mod numbers;
mod properties;
mod quantities_classes;
mod quantities_roles;
mod quantities_trust;
mod regression;
mod util;
