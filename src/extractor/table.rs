//! Projects listed in a table written as text rows, cells apart by `|`:
//!
//! ```text
//! 签约项目一览表如下：
//! 序号 | 项目名称 | 投资主体 | 总投资 | 用地
//! 1 | 年产10GWh储能电池项目 | 某某储能科技有限公司 | 32亿元 | 300亩
//! ```
//!
//! A header row names the columns; in each row after it, the project named
//! in the name column takes the company of the investor column as its
//! enterprise, the money of the investment column as its investment, and
//! the stage of the list the line before the table opened (签约项目一览表如下：
//! signed) where its own words give none. Any line that is not a row of as
//! many cells ends the table.

use crate::fact::{FactData, MoneyRole, Stage};
use crate::project::{FoundProject, Listed};
use crate::subject::Placed;

/// Words of a header cell that name each column.
const NAME_HEADS: &[&str] = &["项目名称", "项目", "名称"];
const ENTERPRISE_HEADS: &[&str] = &[
    "投资主体",
    "投资方",
    "投资企业",
    "签约企业",
    "签约单位",
    "建设单位",
    "项目单位",
    "业主单位",
    "实施主体",
    "企业名称",
    "投资商",
];
const INVESTMENT_HEADS: &[&str] = &["总投资", "投资额", "计划投资", "投资总额", "协议投资"];

/// Which cell of a row holds what.
#[derive(Debug, Clone, Copy)]
struct Columns {
    cells: usize,
    name: usize,
    enterprise: Option<usize>,
    investment: Option<usize>,
}

/// The table being read, if any, and the list the last line outside one
/// opened.
#[derive(Debug, Default)]
pub(super) struct Table {
    columns: Option<Columns>,
    stage: Option<Stage>,
    before: Option<Stage>,
}

/// The byte ranges of the cells of `s`, when it has three or more.
fn cells(s: &str) -> Option<Vec<(usize, usize)>> {
    // One char each: a memchr search (most lines hold neither).
    if !s.contains('|') && !s.contains('｜') {
        return None;
    }
    // Each cell without the spaces around it.
    let trimmed = |a: usize, b: usize| {
        let cell = &s[a..b];
        let lead = cell.len() - cell.trim_start().len();
        (a + lead, a + lead + cell.trim().len())
    };
    let mut out = Vec::new();
    let mut from = 0;
    for (i, c) in s.char_indices().filter(|&(_, c)| matches!(c, '|' | '｜')) {
        out.push(trimmed(from, i));
        from = i + c.len_utf8();
    }
    out.push(trimmed(from, s.len()));
    (out.len() >= 3).then_some(out)
}

/// The column of the first cell whose words hold one of `heads`.
fn column(s: &str, cells: &[(usize, usize)], heads: &[&str]) -> Option<usize> {
    cells
        .iter()
        .position(|&(a, b)| heads.iter().any(|h| s[a..b].contains(h)))
}

impl Table {
    /// Reads sentence `s` (which opens a line: `opens`): the cells of it
    /// when it is a row of the table open, whose projects [`Table::fill`]
    /// completes. A line ending in a colon that opens a list gives a table
    /// after it its stage.
    pub(super) fn line(&mut self, s: &str, opens: bool) -> Option<Vec<(usize, usize)>> {
        let row = opens.then(|| cells(s)).flatten();
        let Some(cells) = row else {
            if opens {
                self.columns = None;
                // 签约项目一览表如下：: the list a table after it is.
                self.before = s
                    .trim_end()
                    .ends_with(['：', ':'])
                    .then(|| Listed::opened(s, &[]))
                    .flatten()
                    .and_then(|l| l.stage);
            }
            return None;
        };
        if self.columns.is_some_and(|c| c.cells == cells.len()) {
            return Some(cells);
        }
        // A header: a column of names and one of investors or amounts.
        let name = column(s, &cells, NAME_HEADS);
        let enterprise = column(s, &cells, ENTERPRISE_HEADS);
        let investment = column(s, &cells, INVESTMENT_HEADS);
        self.columns = name
            .filter(|_| enterprise.is_some() || investment.is_some())
            .map(|name| Columns {
                cells: cells.len(),
                name,
                enterprise,
                investment,
            });
        self.stage = self.before;
        None
    }

    /// Gives the projects of row `s` (its `cells` and facts `placed`) what the columns
    /// say: the enterprise, the investment and the list's stage (names in
    /// other cells are its parts); a count in
    /// the column of names (合计 | 8个 | …) counts projects, and the money of
    /// the investment column is investment.
    pub(super) fn fill(
        &self,
        (s, cells): (&str, &[(usize, usize)]),
        placed: &mut [Placed],
        projects: &mut Vec<FoundProject>,
    ) {
        let Some(c) = self.columns else {
            return;
        };
        let (na, nb) = cells[c.name];
        // 建设算力中心机房及配套用房: names in the other cells are parts of the
        // row's project, not projects of their own.
        projects.retain(|p| p.start >= na && p.end <= nb);
        for f in placed.iter_mut().filter(|f| f.start >= na && f.end <= nb) {
            if let FactData::Count(n) = &mut f.data {
                if n.noun.is_none() && matches!(&*n.classifier, "个" | "项") {
                    n.noun = Some("项目".into());
                }
            }
        }
        // The money of the investment column is an investment (总投资 heads it).
        if let Some((a, b)) = c.investment.map(|k| cells[k]) {
            for f in placed.iter_mut().filter(|f| f.start >= a && f.end <= b) {
                if let FactData::Money(m) = &mut f.data {
                    if m.role == MoneyRole::Other {
                        m.role = MoneyRole::Investment;
                    }
                }
            }
        }
        let placed = &*placed;
        for p in projects.iter_mut() {
            if let Some((a, b)) = c.enterprise.map(|k| cells[k]) {
                let firm = &s[a..b];
                let named = firm.chars().count() >= 4
                    && firm
                        .chars()
                        .all(|c| c.is_alphanumeric() || "（）()·&".contains(c));
                if named {
                    p.project.enterprise = Some(firm.to_string());
                }
            }
            if let Some((a, b)) = c.investment.map(|k| cells[k]) {
                let money = placed
                    .iter()
                    .find(|f| f.start >= a && f.end <= b && matches!(f.data, FactData::Money(_)));
                if let Some(m) = money {
                    p.project.investment = Some(m.id);
                    if !p.project.facts.contains(&m.id) {
                        p.project.facts.push(m.id);
                    }
                }
            }
            for f in placed
                .iter()
                .filter(|f| !matches!(f.data, FactData::Date(_)))
            {
                if !p.project.facts.contains(&f.id) {
                    p.project.facts.push(f.id);
                }
            }
            p.project.facts.sort_unstable();
            p.project.stage = p.project.stage.or(self.stage);
        }
    }
}
