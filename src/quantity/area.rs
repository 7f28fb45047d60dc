//! Areas: land, floor, green and capacity areas (1000余亩, 5.98万平方米),
//! converted to m², and their role from the cue words around them.

use std::borrow::Cow;
use std::sync::LazyLock;

use rust_decimal::Decimal;

use crate::clause::is_clause_break;
use crate::fact::{Area, AreaRole, FactData};

use super::{Candidate, Cues, FoundQuantity, Unit, cue_window, is_list_gap};

/// Forces the module's patterns (tests call this so a bad pattern fails early).
#[cfg(test)]
pub(super) fn force() {
    LazyLock::force(&AREA);
    LazyLock::force(&AREA_AFTER);
}

/// Area units, longest first, with their size in m² (亩 = 10000/15 m²).
pub(super) fn area_units() -> &'static [(&'static str, &'static str, Decimal)] {
    static UNITS: LazyLock<Vec<(&str, &str, Decimal)>> = LazyLock::new(|| {
        vec![
            ("平方公里", "平方公里", Decimal::from(1_000_000)),
            ("平方千米", "平方千米", Decimal::from(1_000_000)),
            ("平方米", "平方米", Decimal::ONE),
            // Taiwan's metre is 公尺; Hong Kong and overseas news count
            // square feet (0.09290304 m²) and acres (4046.8564224 m²), which
            // hold 亩 but are no 亩.
            ("平方公尺", "平方公尺", Decimal::ONE),
            ("平方英尺", "平方英尺", Decimal::new(9_290_304, 8)),
            ("平方英呎", "平方英呎", Decimal::new(9_290_304, 8)),
            ("平方呎", "平方呎", Decimal::new(9_290_304, 8)),
            ("英亩", "英亩", Decimal::new(40_468_564_224, 7)),
            ("英畝", "英畝", Decimal::new(40_468_564_224, 7)),
            ("平米", "平米", Decimal::ONE),
            ("公顷", "公顷", Decimal::from(10_000)),
            ("亩", "亩", Decimal::from(10_000) / Decimal::from(15)),
            // Taiwan's 坪 = 400/121 m².
            ("坪", "坪", Decimal::from(400) / Decimal::from(121)),
            ("㎡", "㎡", Decimal::ONE),
            ("m²", "m²", Decimal::ONE),
            ("km²", "km²", Decimal::from(1_000_000)),
        ]
    });
    &UNITS
}

static AREA: LazyLock<Cues<AreaRole>> = LazyLock::new(|| Cues::new(AREA_CUES));
static AREA_AFTER: LazyLock<Cues<AreaRole>> = LazyLock::new(|| Cues::new(AFTER_AREA_CUES));

const AREA_CUES: &[(&str, AreaRole)] = &[
    ("用地", AreaRole::Land),
    ("占地", AreaRole::Land),
    ("土地", AreaRole::Land),
    ("标准地", AreaRole::Land),
    ("出让", AreaRole::Land),
    ("收储", AreaRole::Land),
    ("征地", AreaRole::Land),
    // Land taken for renewal (累计完成征收面积12.7万平方米; 征收房屋 is floor).
    ("征收", AreaRole::Land),
    ("房屋征收", AreaRole::Floor),
    ("住宅征收", AreaRole::Floor),
    ("供地", AreaRole::Land),
    ("拿地", AreaRole::Land),
    ("耕地", AreaRole::Land),
    ("林地", AreaRole::Land),
    ("农田", AreaRole::Land),
    ("基本农田", AreaRole::Land),
    ("农用地", AreaRole::Land),
    ("园地", AreaRole::Land),
    ("宅基地", AreaRole::Land),
    ("播种面积", AreaRole::Land),
    ("种植面积", AreaRole::Land),
    ("地块", AreaRole::Land),
    // A parcel of land in land registry words (宗地面积, 净用地).
    ("宗地", AreaRole::Land),
    ("净地", AreaRole::Land),
    ("流转", AreaRole::Land),
    // Desert, sand and erosion put under control: neither land for use
    // nor green space (沙化土地, not 土地).
    ("荒漠化", AreaRole::Other),
    ("石漠化", AreaRole::Other),
    ("石漠化土地", AreaRole::Other),
    ("沙化", AreaRole::Other),
    ("沙化土地", AreaRole::Other),
    ("防沙", AreaRole::Other),
    ("治沙", AreaRole::Other),
    ("水土流失", AreaRole::Other),
    ("建筑面积", AreaRole::Floor),
    // Real estate: floor space sold, built, started or finished.
    ("商品房", AreaRole::Floor),
    ("商品住宅", AreaRole::Floor),
    ("住宅", AreaRole::Floor),
    ("住房", AreaRole::Floor),
    ("竣工", AreaRole::Floor),
    ("销售面积", AreaRole::Floor),
    ("施工面积", AreaRole::Floor),
    ("竣工面积", AreaRole::Floor),
    ("新开工面积", AreaRole::Floor),
    ("开工面积", AreaRole::Floor),
    ("待售面积", AreaRole::Floor),
    ("办公楼", AreaRole::Floor),
    ("商业营业用房", AreaRole::Floor),
    ("商铺", AreaRole::Floor),
    ("保障房", AreaRole::Floor),
    ("安置房", AreaRole::Floor),
    ("标准厂房", AreaRole::Floor),
    ("厂房", AreaRole::Floor),
    ("楼宇", AreaRole::Floor),
    ("违建", AreaRole::Floor),
    ("建筑", AreaRole::Floor),
    ("房屋", AreaRole::Floor),
    ("写字楼", AreaRole::Floor),
    ("车间", AreaRole::Floor),
    ("仓库", AreaRole::Floor),
    ("库房", AreaRole::Floor),
    ("冷库", AreaRole::Floor),
    // Farm buildings (建有标准化猪舍11.6万平方米).
    ("猪舍", AreaRole::Floor),
    ("牛舍", AreaRole::Floor),
    ("羊舍", AreaRole::Floor),
    ("鸡舍", AreaRole::Floor),
    ("禽舍", AreaRole::Floor),
    ("圈舍", AreaRole::Floor),
    ("畜舍", AreaRole::Floor),
    // Floor space by its use (仓储面积, 新增商业面积, 营业面积, 展览面积).
    ("仓储", AreaRole::Floor),
    ("楼面", AreaRole::Floor),
    ("商业面积", AreaRole::Floor),
    ("营业面积", AreaRole::Floor),
    ("经营面积", AreaRole::Floor),
    ("办公面积", AreaRole::Floor),
    ("展览面积", AreaRole::Floor),
    ("展示面积", AreaRole::Floor),
    ("年产", AreaRole::Capacity),
    ("产能", AreaRole::Capacity),
    ("年生产", AreaRole::Capacity),
    ("生产能力", AreaRole::Capacity),
    ("月产", AreaRole::Capacity),
    ("日产", AreaRole::Capacity),
    ("绿化", AreaRole::Green),
    ("草皮", AreaRole::Green),
    ("草坪", AreaRole::Green),
    ("公园", AreaRole::Green),
    ("绿地", AreaRole::Green),
    ("植树", AreaRole::Green),
    ("造林", AreaRole::Green),
    ("森林", AreaRole::Green),
    ("人工林", AreaRole::Green),
    ("林草", AreaRole::Green),
];

const AFTER_AREA_CUES: &[(&str, AreaRole)] = &[
    ("公园", AreaRole::Green),
    ("绿地", AreaRole::Green),
    ("厂房", AreaRole::Floor),
    ("楼", AreaRole::Floor),
    ("车间", AreaRole::Floor),
    ("用地", AreaRole::Land),
    ("土地", AreaRole::Land),
];

/// An area with its unit `name` (`m2` square metres each) ending at
/// `end`, widened to a range; values in m², rounded to 2 places. `None`
/// when a value overflows.
pub(super) fn with_unit(
    c: &mut Candidate<'_, '_>,
    end: usize,
    name: &'static str,
    m2: Decimal,
) -> Option<(usize, FactData)> {
    let same = |u| matches!(u, Unit::Area(x, _, _) if x == name);
    let end = c.widen_to_range(end, same);
    let role = area_role(c, end, name);
    let to_m2 = |v: Decimal| v.checked_mul(m2).map(|x| x.round_dp(2).normalize());
    let upper = match c.upper {
        Some(u) => Some(to_m2(u)?),
        None => None,
    };
    let area = Area {
        value: to_m2(c.value)?,
        amount: c.value,
        unit: Cow::Borrowed(name),
        qualifier: c.qualifier,
        upper,
        role,
    };
    Some((end, FactData::Area(area)))
}

/// The role of the area of `c` ending at `end`: the last cue before it in
/// its clause, a cue right after it, that of the previous area of a list
/// (沙化土地面积减少500万公顷、433万公顷) or of the area it restates in
/// brackets (出让面积12.6亩（8400平方米）), else land for 亩, 公顷 and 平方公里.
fn area_role(c: &Candidate<'_, '_>, end: usize, unit: &str) -> AreaRole {
    let s = c.s;
    let window = cue_window(s, c.start, c.prev_end);
    let prev_role = || match c.prev.map(|p| &p.data) {
        Some(FactData::Area(a)) => Some(a.role),
        _ => None,
    };
    AREA.last(window)
        .map(|(r, _)| r)
        .or_else(|| {
            crate::clause::is_restatement(window)
                .then(prev_role)
                .flatten()
        })
        .or_else(|| topic_role(s, window))
        .or_else(|| {
            // 35216.8平方米 | 城镇住宅用地: the cell after it names its use.
            let rest = s[end..].trim_start_matches([' ', '|', '｜']);
            let after: String = rest
                .chars()
                .take_while(|&c| !is_clause_break(c) && c != '、')
                .take(8)
                .collect();
            AREA_AFTER.first(&after)
        })
        .or_else(|| is_list_gap(window).then(prev_role).flatten())
        .unwrap_or(if matches!(unit, "平方米" | "平米" | "㎡" | "m²") {
            AreaRole::Other
        } else {
            AreaRole::Land
        })
}

/// Words of a clause that names an area and nothing else it measures.
const BARE_AREAS: &[&str] = &[
    "面积",
    "总面积",
    "成交面积",
    "销售面积",
    "交易面积",
    "网签面积",
    "签约面积",
];

/// The words of a clause that names only an area ([`BARE_AREAS`], then a
/// verb of being), when `window` is one.
fn bare_area(window: &str) -> bool {
    let mut words = window.trim();
    for w in ["达到", "达", "为", "约", "共", "合计", "计"] {
        words = words.strip_suffix(w).unwrap_or(words);
    }
    BARE_AREAS.contains(&words)
}

/// The role the last area cue of sentence `s` names (商品房 in 新建商品房共成交
/// 9862套，同比增长7.3%；), for the sentence after a ；to take.
pub(crate) fn topic_of(s: &str) -> Option<AreaRole> {
    let from = crate::clause::boundary_back(s, s.len(), crate::clause::REACH);
    AREA.last(&s[from..]).map(|(r, _)| r)
}

/// Gives a sentence that opens with a bare area (成交面积103.6万平方米，…) the
/// role `topic` of the sentence before it, ended by ；, names.
pub(crate) fn inherit_topic(s: &str, topic: AreaRole, quantities: &mut [FoundQuantity]) {
    let Some(q) = quantities.first_mut() else {
        return;
    };
    let start = crate::clause::item_mark_len(s);
    if let FactData::Area(a) = &mut q.data {
        if s.get(start..q.start).is_some_and(bare_area) {
            a.role = topic;
        }
    }
}

/// 新建商品住宅成交4862套，成交面积51.37万平方米: a clause that names only
/// an area ([`BARE_AREAS`], then a verb of being) measures the thing the
/// sentence names before it: the nearest cue there. `window` ends at the area
/// and holds no cue of its own (保洁总面积 names its own thing).
fn topic_role(s: &str, window: &str) -> Option<AreaRole> {
    let at = window.as_ptr() as usize - s.as_ptr() as usize;
    if !bare_area(window) || !crate::clause::opens_clause(s, at) {
        return None;
    }
    // The nearest cue of the sentence before it (新建商品房共成交9862套，同比增长
    // 7.3%，环比增长21.5%；成交面积103.6万平方米: 商品房), within reach.
    topic_of(s[..at].trim_end_matches(|c| is_clause_break(c) || c == ' '))
}

#[cfg(test)]
mod tests {
    facts!(
        area_roles,
        "整理出让标准地1000余亩，闲置土地506亩，增加的3.27平方公里空间，绿化面积达5.98万平方米，新建3个12000平方米口袋公园，违建总面积86548.25平方米，保洁总面积500万平方米",
        [
            "1000余亩=area:666666.67 1000 亩 Over Land",
            "506亩=area:337333.33 506 亩 Exact Land",
            "3.27平方公里=area:3270000 3.27 平方公里 Exact Land",
            "5.98万平方米=area:59800 59800 平方米 Exact Green",
            "3个=count:3 个 Exact -",
            "12000平方米=area:12000 12000 平方米 Exact Green",
            "86548.25平方米=area:86548.25 86548.25 平方米 Exact Floor",
            "500万平方米=area:5000000 5000000 平方米 Exact Other",
        ]
    );

    facts!(
        area_restated_in_brackets,
        "出让面积12.6亩（8400平方米），建筑面积3万平方米（合45亩）。绿地面积约2公顷（20000平方米）",
        [
            "12.6亩=area:8400 12.6 亩 Exact Land",
            "8400平方米=area:8400 8400 平方米 Exact Land",
            "3万平方米=area:30000 30000 平方米 Exact Floor",
            "45亩=area:30000 45 亩 Exact Floor",
            "约2公顷=area:20000 2 公顷 Approx Green",
            "20000平方米=area:20000 20000 平方米 Exact Green",
        ]
    );

    facts!(
        area_capacity,
        "投资15亿元、年产750万平方米的电路板项目",
        [
            "15亿元=money:1500000000 亿元 Cny Exact Investment",
            "750万平方米=area:7500000 7500000 平方米 Exact Capacity",
        ]
    );

    facts!(
        area_units,
        "200公顷，两万五千平方米，5万亩",
        [
            "200公顷=area:2000000 200 公顷 Exact Land",
            "两万五千平方米=area:25000 25000 平方米 Exact Other",
            "5万亩=area:33333333.33 50000 亩 Exact Land",
        ]
    );
}
