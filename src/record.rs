//! [`ProjectRecord`]: the project table an analyst wants, one row per
//! project fact, without walking ids.

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Serialize};

use crate::fact::{Currency, Fact, FactData, Span, Stage};

/// One row of the project table: a [`Project`](crate::Project) fact with
/// the facts it points at resolved.
///
/// ```
/// use zhfacts::{Extractor, ProjectRecord, Stage};
///
/// let facts = Extractor::new()
///     .reference_date_str("2024-05-20")?
///     .extract_str("今年3月，投资12.5亿元、占地300亩的云川新材料产业基地项目开工建设。");
/// let rows = ProjectRecord::from_facts(&facts);
/// assert_eq!(rows.len(), 1);
/// let row = &rows[0];
/// assert_eq!(row.name, "云川新材料产业基地项目");
/// assert_eq!(row.investment.map(|d| d.to_string()), Some("1250000000".to_string()));
/// assert_eq!(row.area_m2.map(|d| d.to_string()), Some("200000".to_string()));
/// assert_eq!(row.stage, Some(Stage::Started));
/// assert_eq!(row.from.map(|d| d.to_string()), Some("2024-03-01".to_string()));
/// # Ok::<(), zhfacts::Error>(())
/// ```
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct ProjectRecord {
    /// Id of the project fact.
    pub id: usize,
    /// The project's name as written.
    pub name: String,
    /// Its enterprise (investor or owner), as written.
    pub enterprise: Option<String>,
    /// Its investment in the currency's base unit.
    #[serde(with = "rust_decimal::serde::str_option")]
    pub investment: Option<Decimal>,
    /// The currency of `investment`.
    pub currency: Option<Currency>,
    /// The investment as written (`33.6亿元`).
    pub investment_text: Option<String>,
    /// The first area about it, in m².
    #[serde(with = "rust_decimal::serde::str_option")]
    pub area_m2: Option<Decimal>,
    /// Its stage.
    pub stage: Option<Stage>,
    /// First day of its date.
    pub from: Option<NaiveDate>,
    /// Last day of its date.
    pub to: Option<NaiveDate>,
    /// Its date as written (`今年3月`).
    pub date_text: Option<String>,
    /// Index of its sentence.
    pub sentence: usize,
    /// Byte range of its name in the original input.
    pub span: Span,
}

impl ProjectRecord {
    /// The rows of the project facts among `facts` (one document's facts,
    /// as returned by [`Extractor::extract`](crate::Extractor::extract)),
    /// in document order.
    pub fn from_facts(facts: &[Fact]) -> Vec<ProjectRecord> {
        facts.iter().filter_map(|f| ProjectRecord::of(f, facts)).collect()
    }

    /// The row of `fact` if it is a project; ids are looked up in `facts`.
    pub fn of(fact: &Fact, facts: &[Fact]) -> Option<ProjectRecord> {
        let FactData::Project(p) = &fact.data else {
            return None;
        };
        let get = |id: Option<usize>| id.and_then(|i| facts.get(i));
        let money = get(p.investment).and_then(|f| match &f.data {
            FactData::Money(m) => Some((m, f.text.clone())),
            _ => None,
        });
        let area = p
            .facts
            .iter()
            .filter_map(|&i| facts.get(i))
            .find_map(|f| match &f.data {
                FactData::Area(a) => Some(a.value),
                _ => None,
            });
        let date = get(p.date).and_then(|f| match &f.data {
            FactData::Date(d) => Some((d, f.text.clone())),
            _ => None,
        });
        Some(ProjectRecord {
            id: fact.id,
            name: fact.text.clone(),
            enterprise: p.enterprise.clone(),
            investment: money.as_ref().map(|(m, _)| m.value.normalize()),
            currency: money.as_ref().map(|(m, _)| m.currency),
            investment_text: money.map(|(_, t)| t),
            area_m2: area.map(|a| a.normalize()),
            stage: p.stage,
            from: date.as_ref().and_then(|(d, _)| d.from),
            to: date.as_ref().and_then(|(d, _)| d.to),
            date_text: date.map(|(_, t)| t),
            sentence: fact.sentence,
            span: fact.span,
        })
    }
}
