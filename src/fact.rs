//! Every serialisable type of the fact contract (`SPEC.md`) in one place.

use std::borrow::Cow;
use std::fmt;
use std::ops::{Index, Range};

use chrono::NaiveDate;
use rust_decimal::Decimal;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::document::Section;

/// A byte range `[start, end)` of the **original** input.
///
/// Serialised as a two-element array `[start, end]`, as in the JSON contract.
/// `&input[span]` is always the fact's `text`.
///
/// ```
/// use zhfacts::Span;
/// let s = Span::from(3..6);
/// assert_eq!(&"共计16个"[s], "计");
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

impl Span {
    /// The span as a `Range`.
    pub fn range(self) -> Range<usize> {
        self.start..self.end
    }

    /// Length in bytes.
    pub fn len(self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    pub fn is_empty(self) -> bool {
        self.start >= self.end
    }
}

impl From<Range<usize>> for Span {
    fn from(r: Range<usize>) -> Span {
        Span {
            start: r.start,
            end: r.end,
        }
    }
}

impl Index<Span> for str {
    type Output = str;
    fn index(&self, s: Span) -> &str {
        &self[s.start..s.end]
    }
}

impl Serialize for Span {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        [self.start, self.end].serialize(s)
    }
}

impl<'de> Deserialize<'de> for Span {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Span, D::Error> {
        let [start, end] = <[usize; 2]>::deserialize(d)?;
        Ok(Span { start, end })
    }
}

/// One fact found in a document: the common fields and a kind-specific payload.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Fact {
    /// Index of the fact in the document's fact list (document order).
    pub id: usize,
    /// The matched surface text: always `&input[span]`.
    pub text: String,
    /// Byte range of `text` in the original input.
    pub span: Span,
    /// Index of the sentence the fact is in.
    pub sentence: usize,
    /// The part of the story its sentence belongs to: the headline, a lead
    /// that repeats the story (摘要, 导读), or the body.
    #[serde(default)]
    pub section: Section,
    /// Kind and kind-specific fields (JSON: `kind` plus the fields, flattened).
    #[serde(flatten)]
    pub data: FactData,
}

impl Fact {
    /// The fact's kind.
    pub fn kind(&self) -> Kind {
        match self.data {
            FactData::Money(_) => Kind::Money,
            FactData::Count(_) => Kind::Count,
            FactData::Area(_) => Kind::Area,
            FactData::Percent(_) => Kind::Percent,
            FactData::Date(_) => Kind::Date,
            FactData::Event(_) => Kind::Event,
            FactData::Project(_) => Kind::Project,
        }
    }
}

/// The kinds of fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Kind {
    /// An amount of money.
    Money,
    /// A number of things counted with a classifier.
    Count,
    /// A land or floor area.
    Area,
    /// A percentage or percentage points.
    Percent,
    /// A date expression resolved to an interval of days.
    Date,
    /// A dated event.
    Event,
    /// A named investment or construction project.
    Project,
}

impl fmt::Display for Kind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Kind::Money => "money",
            Kind::Count => "count",
            Kind::Area => "area",
            Kind::Percent => "percent",
            Kind::Date => "date",
            Kind::Event => "event",
            Kind::Project => "project",
        })
    }
}

/// The kind-specific part of a [`Fact`], tagged by `kind` in JSON.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
#[non_exhaustive]
pub enum FactData {
    /// `kind: "money"`.
    Money(Money),
    /// `kind: "count"`.
    Count(Count),
    /// `kind: "area"`.
    Area(Area),
    /// `kind: "percent"`.
    Percent(Percent),
    /// `kind: "date"`.
    Date(DateFact),
    /// `kind: "event"`.
    Event(Event),
    /// `kind: "project"`.
    Project(Project),
}

/// How exact a quantity is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Qualifier {
    /// As stated.
    #[default]
    Exact,
    /// 约, 大约, 近, 左右, 上下.
    Approx,
    /// 余, 多, 逾, 超, 超过, 以上.
    Over,
    /// 不到, 不足, 以下.
    Under,
    /// 20至30亿元: `value` is the low end, `upper` the high end.
    Range,
}

/// ISO 4217 currency of a money fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[non_exhaustive]
pub enum Currency {
    /// 元, 人民币.
    #[serde(rename = "CNY")]
    Cny,
    /// 美元.
    #[serde(rename = "USD")]
    Usd,
    /// 欧元.
    #[serde(rename = "EUR")]
    Eur,
    /// 港元, 港币, HK$.
    #[serde(rename = "HKD")]
    Hkd,
    /// 新台币, 台币, NT$.
    #[serde(rename = "TWD")]
    Twd,
    /// 澳门元, 澳门币.
    #[serde(rename = "MOP")]
    Mop,
    /// 日元.
    #[serde(rename = "JPY")]
    Jpy,
    /// 英镑.
    #[serde(rename = "GBP")]
    Gbp,
}

/// What an amount of money is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum MoneyRole {
    /// 投资, 总投资, 计划投资, 签约额.
    Investment,
    /// 到位资金, 实际到位.
    FundsInPlace,
    /// 产值, 总产值, 增加值.
    Output,
    /// 营收, 营业收入, 销售收入.
    Revenue,
    /// 融资, 贷款, 授信.
    Financing,
    /// 税收, 税费, 纳税, 减免.
    Tax,
    /// 资产, 总资产.
    Assets,
    /// 补贴, 奖励, 专项资金.
    Subsidy,
    /// Anything else.
    Other,
}

/// What an area is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum AreaRole {
    /// 用地, 占地, 土地, 标准地, 亩 in general.
    Land,
    /// 建筑面积, 厂房, 楼宇.
    Floor,
    /// 年产750万平方米: an output, not land.
    Capacity,
    /// 绿化面积, 草皮, 公园.
    Green,
    /// Anything else.
    Other,
}

/// Direction of a percentage change.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Direction {
    /// 增长, 提高.
    Up,
    /// 下降, 减少.
    Down,
}

/// Unit of a percent fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum PercentUnit {
    /// `%`, 百分之.
    Percent,
    /// 个百分点.
    Point,
}

/// Size of a date interval.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum Granularity {
    /// One day, or an open interval ending on a day (今年以来, 截至…).
    Day,
    /// Ten days (上旬, 4月初, 6月底).
    Xun,
    /// A month or months (3月, 1—9月, 年中).
    Month,
    /// A quarter (一季度, 年初, 年底).
    Quarter,
    /// A half year.
    Half,
    /// A year.
    Year,
    /// Several years (近两年, "十三五").
    Years,
}

/// Class of an event, by its verb.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
#[non_exhaustive]
pub enum EventType {
    /// 签约, 签署, 签订.
    Signing,
    /// 开工, 动工, 奠基.
    Groundbreaking,
    /// 投产, 达产, 投用, 投入使用.
    Production,
    /// 竣工, 建成, 完工, 封顶.
    Completion,
    /// 落户, 落地, 引进, 入驻.
    Settlement,
    /// The rest (到位, 开展, 举行 …仪式).
    Other,
}

/// `kind: "money"`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Money {
    /// Amount in the currency's base unit (元, 美元 …).
    #[serde(with = "dec")]
    pub value: Decimal,
    /// Currency.
    pub currency: Currency,
    /// Unit as written (`亿元`, `万美元`, `亿`). Borrowed from a static
    /// table for the common units, so most facts allocate no unit string.
    pub unit: Cow<'static, str>,
    /// Qualifier.
    pub qualifier: Qualifier,
    /// High end of a range, in base units.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec_option")]
    pub upper: Option<Decimal>,
    /// What the money is.
    pub role: MoneyRole,
    /// The words, as written, that name what the amount measures (`总投资`,
    /// `招商引资实际到位资金`), or `None`.
    #[serde(default)]
    pub subject: Option<String>,
}

/// `kind: "count"`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Count {
    /// The number of things (an integer).
    #[serde(with = "dec")]
    pub value: Decimal,
    /// Classifier as written (`个`, `家`, `项`).
    pub classifier: Cow<'static, str>,
    /// Head noun counted (`项目`, `企业`), if found.
    pub noun: Option<Cow<'static, str>>,
    /// Qualifier.
    pub qualifier: Qualifier,
    /// High end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec_option")]
    pub upper: Option<Decimal>,
}

/// `kind: "area"`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Area {
    /// Area in m², at most two decimal places.
    #[serde(with = "dec")]
    pub value: Decimal,
    /// The number as written, scaled (`5.98万` → `59800`).
    #[serde(with = "dec")]
    pub amount: Decimal,
    /// Unit (`亩`, `平方公里`, `平方米`, `公顷`).
    pub unit: Cow<'static, str>,
    /// Qualifier.
    pub qualifier: Qualifier,
    /// High end of a range, in m².
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec_option")]
    pub upper: Option<Decimal>,
    /// What the area is.
    pub role: AreaRole,
}

/// `kind: "percent"`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Percent {
    /// `10.17` for 10.17%.
    #[serde(with = "dec")]
    pub value: Decimal,
    /// Percent or percentage points.
    pub unit: PercentUnit,
    /// Direction of change, if stated.
    pub direction: Option<Direction>,
    /// Qualifier.
    pub qualifier: Qualifier,
    /// High end of a range.
    #[serde(default, skip_serializing_if = "Option::is_none", with = "dec_option")]
    pub upper: Option<Decimal>,
    /// The words, as written, that name what the percentage measures
    /// (`覆盖率`; for a change, the quantity that changed), or `None`.
    #[serde(default)]
    pub subject: Option<String>,
    /// Id of the money or count fact of the same clause whose change this
    /// percentage is (实际到位资金389.29亿元，同比增长10.17%), or `None`.
    #[serde(default)]
    pub of: Option<usize>,
}

/// `kind: "date"`: a closed interval of days.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct DateFact {
    /// First day (inclusive); `None` for a relative date without a reference date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<NaiveDate>,
    /// Last day (inclusive); `None` for a relative date without a reference date.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<NaiveDate>,
    /// Size of the interval.
    pub granularity: Granularity,
    /// Whether resolving it needed the reference date.
    pub relative: bool,
}

/// `kind: "event"`: a clause with a date and an event verb.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Event {
    /// The verb as written (`签约`, `建成投产`).
    pub trigger: String,
    /// Class of the verb.
    #[serde(rename = "type")]
    pub event_type: EventType,
    /// Id of the event's `date` fact.
    pub date: usize,
    /// Ids of the money/count/area/percent facts of the clause or sentence.
    pub facts: Vec<usize>,
}

/// Stage of a project: the latest one its sentence says it has reached.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Stage {
    /// 拟, 计划, 将, 规划, 储备, 在谈: not begun.
    Planned,
    /// 签约, 签署, 落户, 引进.
    Signed,
    /// 开工, 动工, 奠基.
    Started,
    /// 在建, 施工, 加紧建设, 推进.
    UnderConstruction,
    /// 竣工, 建成, 封顶, 完工.
    Completed,
    /// 投产, 投入使用, 投用, 运营, 达产.
    InProduction,
}

/// `kind: "project"`: a named investment or construction project; `text`
/// and `span` are its name as written.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Project {
    /// The company named as its investor or owner in the same sentence, or
    /// the brand that heads its name, as written.
    pub enterprise: Option<String>,
    /// Id of the money fact that is its investment.
    pub investment: Option<usize>,
    /// Ids of the money/area/count/percent facts about it.
    pub facts: Vec<usize>,
    /// The latest stage its sentence says it has reached.
    pub stage: Option<Stage>,
    /// Id of the date fact tied to it.
    pub date: Option<usize>,
}

/// Decimals as JSON strings without trailing zeros (`"4972000000"`), however
/// the value was built; read back from strings (or numbers).
mod dec {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Decimal, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(&v.normalize())
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Decimal, D::Error> {
        rust_decimal::serde::str::deserialize(d)
    }
}

mod dec_option {
    use rust_decimal::Decimal;
    use serde::{Deserializer, Serializer};

    pub fn serialize<S: Serializer>(v: &Option<Decimal>, s: S) -> Result<S::Ok, S::Error> {
        match v {
            Some(v) => s.collect_str(&v.normalize()),
            None => s.serialize_none(),
        }
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<Decimal>, D::Error> {
        rust_decimal::serde::str_option::deserialize(d)
    }
}
