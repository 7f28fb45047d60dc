//! Integration tests: one binary (`autotests = false`), one module per area.

mod cli;
mod contract;
mod csv_output;
mod dates_classes;
mod document_dates;
mod document_dropped;
mod document_markup;
mod document_text;
mod encodings;
mod events_classes;
mod fixtures;
mod invariants;
mod numbers;
mod projects;
mod properties;
mod quantities_classes;
mod quantities_roles;
mod quantities_trust;
mod regression;
mod subjects_classes;
mod util;
mod wrong_facts;
