//! Counts: things counted with a classifier (16个, 38家), the head noun
//! they count (项目, 企业) and what only looks like a count (3个月, 前三名,
//! 年产10000套).

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::clause::{clause_end, is_clause_break};
use crate::fact::{Count, FactData};
use crate::scan::CharSet;

use super::{
    Candidate, Cues, FoundQuantity, PREFIX_QUALIFIER_ENDS, cue_window, ends_in, trim_spaces_end,
};

/// Forces the module's patterns (tests call this so a bad pattern fails early).
#[cfg(test)]
pub(super) fn force() {
    LazyLock::force(&CAPACITY);
}

/// Classifiers of counts, longest first. Not 年/月/天 (durations), 倍, 吨.
const CLASSIFIERS: &[&str] = &[
    "批次", "个", "家", "项", "批", "座", "栋", "幢", "条", "名", "件", "次", "种", "棵", "株",
    "所", "台", "套", "辆", "位", "户", "处", "宗", "场", "支", "只", "间", "笔", "人", "组", "类",
    "款", "张", "份", "架", "艘", "列", "块", "片",
];

/// The first characters of [`CLASSIFIERS`] (checked by a test).
pub(super) fn is_classifier_start(c: char) -> bool {
    matches!(
        c,
        '批' | '个'
            | '家'
            | '项'
            | '座'
            | '栋'
            | '幢'
            | '条'
            | '名'
            | '件'
            | '次'
            | '种'
            | '棵'
            | '株'
            | '所'
            | '台'
            | '套'
            | '辆'
            | '位'
            | '户'
            | '处'
            | '宗'
            | '场'
            | '支'
            | '只'
            | '间'
            | '笔'
            | '人'
            | '组'
            | '类'
            | '款'
            | '张'
            | '份'
            | '架'
            | '艘'
            | '列'
            | '块'
            | '片'
    ) || TRADITIONAL_CLASSIFIERS.iter().any(|(t, _)| *t == c)
}

/// Classifiers written in traditional characters and their simplified
/// form (五個廠, 5間公司): the fact's `classifier` is the simplified one.
const TRADITIONAL_CLASSIFIERS: &[(char, &str)] = &[
    ('個', "个"),
    ('間', "间"),
    ('項', "项"),
    ('條', "条"),
    ('棟', "栋"),
    ('處', "处"),
    ('場', "场"),
    ('張', "张"),
    ('筆', "笔"),
    ('輛', "辆"),
    ('組', "组"),
    ('類', "类"),
    ('隻', "只"),
    ('種', "种"),
    ('戶', "户"),
    ('塊', "块"),
    ('臺', "台"),
];

/// Traditional characters of heads, classifiers and scales and their
/// simplified form. Both forms take three bytes in UTF-8, so a text and its
/// simplified copy share byte offsets.
const TO_SIMPLIFIED: &[(char, char)] = &[
    ('項', '项'),
    ('業', '业'),
    ('廠', '厂'),
    ('經', '经'),
    ('濟', '济'),
    ('場', '场'),
    ('體', '体'),
    ('戶', '户'),
    ('單', '单'),
    ('園', '园'),
    ('區', '区'),
    ('臺', '台'),
    ('機', '机'),
    ('構', '构'),
    ('問', '问'),
    ('題', '题'),
    ('崗', '岗'),
    ('幹', '干'),
    ('專', '专'),
    ('標', '标'),
    ('產', '产'),
    ('線', '线'),
    ('車', '车'),
    ('間', '间'),
    ('樓', '楼'),
    ('學', '学'),
    ('醫', '医'),
    ('難', '难'),
    ('個', '个'),
    ('條', '条'),
    ('處', '处'),
    ('張', '张'),
    ('筆', '笔'),
    ('輛', '辆'),
    ('組', '组'),
    ('類', '类'),
    ('隻', '只'),
    ('種', '种'),
    ('塊', '块'),
    ('棟', '栋'),
    ('億', '亿'),
    ('萬', '万'),
    ('餘', '余'),
    ('與', '与'),
    ('計', '计'),
    ('達', '达'),
    ('為', '为'),
];

/// The characters [`TO_SIMPLIFIED`] changes.
static TRADITIONAL: CharSet = CharSet::changed_by(TO_SIMPLIFIED);

/// `text` with the traditional characters of [`TO_SIMPLIFIED`] in their
/// simplified form, byte for byte at the same offsets.
fn simplified(text: &str) -> Cow<'_, str> {
    let map = |c: char| {
        TO_SIMPLIFIED
            .iter()
            .find(|(t, _)| *t == c)
            .map_or(c, |(_, s)| *s)
    };
    if TRADITIONAL.find(text, 0).is_none() {
        return Cow::Borrowed(text);
    }
    Cow::Owned(text.chars().map(map).collect())
}

/// The simplified form of a classifier as written.
fn simplified_classifier(classifier: &str) -> Cow<'static, str> {
    let mut cs = classifier.chars();
    if let (Some(c), None) = (cs.next(), cs.next()) {
        if let Some((_, k)) = TRADITIONAL_CLASSIFIERS.iter().find(|(t, _)| *t == c) {
            return Cow::Borrowed(k);
        }
    }
    CLASSIFIERS
        .iter()
        .find(|k| **k == classifier)
        .map_or_else(|| Cow::Owned(classifier.to_string()), |k| Cow::Borrowed(*k))
}

/// Head nouns a count can count. The first group wins over the second
/// (城中村改造项目 counts 项目, not 村); longer before shorter.
const HEADS: &[&[&str]] = &[
    &[
        "审批项目",
        "项目",
        "企业",
        "公司",
        "工厂",
        "厂家",
        "厂商",
        // Firms named by their trade (6家供应商参与投标).
        "供应商",
        "服务商",
        "经销商",
        "运营商",
        "承包商",
        "开发商",
        "投资商",
        "经济主体",
        "市场主体",
        "经营主体",
        "个体工商户",
        "工商户",
        "个体户",
    ],
    &[
        "主体",
        "商户",
        "单位",
        "园区",
        "平台",
        "中心",
        "机构",
        "问题",
        "事项",
        "岗位",
        "人才",
        "干部",
        "专利",
        "商标",
        "产品",
        "生产线",
        "车间",
        "厂房",
        "楼宇",
        "合作社",
        "基地",
        "学校",
        "医院",
        "难题",
        "村",
        "厂",
    ],
];

/// The first characters of [`HEADS`] (checked by a test).
static HEAD_STARTS: CharSet =
    CharSet::new("个审项企公工厂经市主商单园平中机问事岗人干专产生车楼合基学医难村供服运承开投");

/// The last characters of [`HEADS`] (checked by a test).
static HEAD_ENDS: CharSet =
    CharSet::new("目业司厂家商体户位区台心构题项岗才部利标品线间房宇社地校院难村");

/// [`HEADS`] indexed for [`count_noun`]'s lookups: `by_first[g]` holds the
/// heads of group `g` by first character, longest first at each character;
/// `by_last` all heads by last character, in the order of [`HEADS`]. A
/// lookup binary-searches the character instead of trying every head.
struct HeadIndex {
    by_first: Vec<Vec<(char, &'static str)>>,
    by_last: Vec<(char, &'static str)>,
}

static HEAD_INDEX: LazyLock<HeadIndex> = LazyLock::new(|| {
    let first = |h: &str| h.chars().next().unwrap_or_default();
    let last = |h: &str| h.chars().next_back().unwrap_or_default();
    let by_first = HEADS
        .iter()
        .map(|group| {
            let mut v: Vec<_> = group.iter().map(|&h| (first(h), h)).collect();
            v.sort_by_key(|&(c, h)| (c, std::cmp::Reverse(h.len())));
            v
        })
        .collect();
    let mut by_last: Vec<_> = HEADS
        .iter()
        .flat_map(|g| g.iter())
        .map(|&h| (last(h), h))
        .collect();
    // Stable: the order of HEADS stays within one last character.
    by_last.sort_by_key(|&(c, _)| c);
    HeadIndex { by_first, by_last }
});

impl HeadIndex {
    /// The first head in [`HEADS`] order that ends `text` and fits
    /// `classifier`.
    fn ending(&self, text: &str, classifier: &str) -> Option<&'static str> {
        let c = text.chars().next_back()?;
        with_char(&self.by_last, c)
            .iter()
            .map(|&(_, h)| h)
            .find(|h| text.ends_with(h) && fits(h, classifier))
    }

    /// The longest head of group `g` that starts `text` and fits
    /// `classifier`.
    fn starting(&self, g: usize, text: &str, classifier: &str) -> Option<&'static str> {
        let c = text.chars().next()?;
        with_char(&self.by_first[g], c)
            .iter()
            .map(|&(_, h)| h)
            .find(|h| text.starts_with(h) && fits(h, classifier))
    }
}

/// The entries of `index` (sorted by character) for character `c`.
fn with_char<'i>(index: &'i [(char, &'static str)], c: char) -> &'i [(char, &'static str)] {
    let a = index.partition_point(|&(k, _)| k < c);
    let b = a + index[a..].partition_point(|&(k, _)| k == c);
    &index[a..b]
}

/// The last characters of the connecting words of [`count_noun`].
static CONNECTIVE_ENDS: CharSet = CharSet::new("计到至有共达为已了就数量");

/// Words between a head noun and its number: 共计, 累计达到, 已有 …, and
/// the words for how many (企业总数达到1126户, 项目数量为12个).
const CONNECTIVES: &[&str] = &[
    "共计", "合计", "累计", "总计", "达到", "增至", "共有", "已有", "就有", "共", "有", "达", "为",
    "计", "已", "了", "就", "总数", "数量", "总量",
];

/// Stages a count of projects may name between its noun and its number.
const STAGE_VERBS: &[&str] = &[
    "开工建设",
    "开工",
    "竣工",
    "完工",
    "建成",
    "投产",
    "签约",
    "落地",
    "开建",
    "动工",
];

/// Whether `classifier` can count `noun`: 15条…企业门店 does not count firms.
fn fits(noun: &str, classifier: &str) -> bool {
    match noun {
        "企业" | "公司" | "工厂" | "厂家" | "厂商" | "厂" | "供应商" | "服务商" | "经销商"
        | "运营商" | "承包商" | "开发商" | "投资商" => {
            matches!(classifier, "家" | "个" | "批" | "所" | "间" | "户")
        }
        "经济主体" | "市场主体" | "经营主体" | "主体" | "商户" | "个体工商户" | "工商户"
        | "个体户" => {
            matches!(classifier, "家" | "个" | "户" | "批")
        }
        "项目" | "审批项目" => matches!(classifier, "个" | "项" | "批" | "宗"),
        _ => true,
    }
}

static CAPACITY: LazyLock<Cues<()>> = LazyLock::new(|| Cues::new(CAPACITY_WORDS));

/// Whether a capacity word followed by `gap` bounds the count in
/// `classifier` after it: nothing is counted between them, or what is is
/// an earlier item of the same list (年产设备20000台、机械5000台). Another
/// number after it is the capacity's own (年产20万吨饲料加工项目等8个项目:
/// the 8 projects exist).
fn capacity_reaches(gap: &str, classifier: &str) -> bool {
    if !gap.contains(crate::number::is_numeral_char) {
        return true;
    }
    gap.match_indices(classifier)
        .any(|(j, w)| gap[j + w.len()..].starts_with(['、', '，', ',', '和', '及', '与']))
}

/// Words before a count that make it a production capacity (年产10000套).
const CAPACITY_WORDS: &[(&str, ())] = &[
    ("年产", ()),
    ("年生产", ()),
    ("产能", ()),
    ("生产能力", ()),
    ("年加工", ()),
    ("年处理", ()),
    ("年出栏", ()),
    ("月产", ()),
    ("日产", ()),
    ("月生产", ()),
    ("日生产", ()),
    ("月加工", ()),
    ("日加工", ()),
    ("日处理", ()),
    ("月处理", ()),
];

/// A count with its classifier (`classifier`, ending at `end`). `None` for
/// what only looks like one: a fraction, the indefinite 一, durations
/// (3个月), ranks (前三名), names (四套班子), capacities (年产10000套).
/// What follows 次 in the words it makes with a numeral (三次产业, 二次开发,
/// 一次能源, 三次分配): a kind or an order, not a number of times.
/// What a numbered session is (四次会议, 三次全会, 二次全体会议).
const SESSIONS: &[&str] = &["会议", "全会", "全体会议", "大会", "常委会"];

const ORDINAL_CI_WORDS: &[&str] = &["产业", "开发", "创业", "能源", "供水", "分配", "污染", "元"];

pub(super) fn with_classifier(
    c: &Candidate<'_, '_>,
    end: usize,
    classifier: &str,
) -> Option<(usize, FactData)> {
    let Candidate {
        s,
        a,
        start,
        tok,
        value,
        qualifier,
        upper,
        prev_end,
        ..
    } = *c;
    if !value.fract().is_zero() {
        return None;
    }
    // 五個廠: the rules read the classifier and the words in simplified form.
    let classifier_out = simplified_classifier(classifier);
    let classifier: &str = &classifier_out;
    let s_simple = simplified(s);
    let s: &str = &s_simple;
    // 一个项目, 一批: the indefinite "one" is not a count.
    if matches!(tok, "一" | "壹") {
        return None;
    }
    let after = &s[end..];
    // 3个月, 一个多月, 15个工作日, 20个交易日: durations. 25个基点: a
    // change of a rate (hundredths of a percentage point), not things.
    if classifier == "个"
        && (after.starts_with(['月', '年', '小', '星', '周', '季'])
            || [
                "工作日",
                "交易日",
                "营业日",
                "自然日",
                "日历日",
                "多月",
                "基点",
            ]
            .iter()
            .any(|w| after.starts_with(w)))
    {
        return None;
    }
    // 896万人次, 1200架次, 3万辆次: visits and trips (a person or a plane
    // counted each time), counted in 人次, not how many people or planes.
    let times = after.starts_with('次')
        && matches!(
            classifier,
            "人" | "架" | "辆" | "台" | "户" | "件" | "艘" | "列" | "位" | "名"
        );
    // 前三名, 后二名: ranks. 四套班子: a name.
    if classifier == "名" && trim_spaces_end(&s[..start]).ends_with(['前', '后', '第']) {
        return None;
    }
    if classifier == "套" && (after.starts_with("班子") || after.starts_with("人马")) {
        return None;
    }
    // 每千人口, 每万人: the base of a rate, not people counted.
    if trim_spaces_end(&s[..start]).ends_with('每') {
        return None;
    }
    // 两位数增长, 三位数: the number of digits of a rate, not people.
    if classifier == "位"
        && after.starts_with('数')
        && !after['数'.len_utf8()..].starts_with(['字', '据', '码', '学', '控', '智', '值', '量'])
    {
        return None;
    }
    // 十六届人大四次会议, 十三届三次全会: the number of a session of a
    // congress or a committee (after its 届), not a count of meetings.
    if classifier == "次"
        && SESSIONS.iter().any(|w| after.starts_with(w))
        && s[..start].chars().rev().take(10).any(|c| c == '届')
    {
        return None;
    }
    // 三次产业, 二次开发, 三次分配: words made with 次, not a count of times.
    if classifier == "次" && ORDINAL_CI_WORDS.iter().any(|w| after.starts_with(w)) {
        return None;
    }
    // 伍家岗, 三家村, 十里铺: a numeral written out with 家 and a place
    // word right after is part of a place name, not a count.
    if classifier == "家"
        && !tok.chars().any(crate::number::is_arabic)
        && after.starts_with(|ch: char| PLACE_ENDS.contains(ch))
    {
        return None;
    }
    // 年产10000套: a capacity, not things that exist.
    let window = cue_window(s, start, prev_end);
    if let Some(((), gap)) = CAPACITY.last(window)
        && capacity_reaches(&window[window.len() - gap..], classifier)
    {
        return None;
    }
    let noun = count_noun(s, a, end, classifier);
    let (end, classifier_out) = if times {
        let both = format!("{classifier}次");
        (end + '次'.len_utf8(), Cow::Owned(both))
    } else {
        (end, classifier_out.clone())
    };
    Some((
        end,
        FactData::Count(Count {
            value: value.normalize(),
            classifier: classifier_out,
            noun,
            qualifier,
            upper,
        }),
    ))
}

/// An elided head takes the noun of the count it continues: in
/// `1133个重大项目开工1116个` and `新增企业38家，总数达到55家` the second count
/// has no noun of its own, nothing follows its classifier but the end of
/// the clause (or an adverb, 其中3个已开工), and an earlier count of the
/// sentence with the same classifier names the noun.
pub(super) fn inherit_head(s: &str, q: &mut FoundQuantity, earlier: &[FoundQuantity]) {
    if !head_elided(s, q) {
        return;
    }
    let FactData::Count(c) = &mut q.data else {
        return;
    };
    let noun = earlier.iter().rev().find_map(|e| match &e.data {
        FactData::Count(k) if k.classifier == c.classifier => Some(k.noun.clone()),
        _ => None,
    });
    if let Some(Some(noun)) = noun {
        c.noun = Some(noun);
    }
}

/// A count's classifier and noun, carried to the next sentence.
pub(crate) type CountHead = (
    std::borrow::Cow<'static, str>,
    std::borrow::Cow<'static, str>,
);

/// Like [`inherit_head`], from the counts of the sentence before when it
/// ended in ；(其中10亿元以上项目9个；截至9月底，已开工15个): `carried` holds
/// their classifiers and nouns, in order; a count of `s` that found a head
/// there keeps it.
pub(crate) fn inherit_carried(s: &str, quantities: &mut [FoundQuantity], carried: &[CountHead]) {
    for q in quantities.iter_mut() {
        if !head_elided(s, q) {
            continue;
        }
        if let FactData::Count(c) = &mut q.data {
            let noun = carried.iter().rev().find(|(k, _)| *k == c.classifier);
            c.noun = noun.map(|(_, n)| n.clone());
        }
    }
}

/// Whether count `q` of `s` has no noun and its head is elided: a break
/// follows it and a verb or connective of [`CONTINUING`] stands before it.
fn head_elided(s: &str, q: &FoundQuantity) -> bool {
    let FactData::Count(c) = &q.data else {
        return false;
    };
    if c.noun.is_some() {
        return false;
    }
    let after = s[q.end..].trim_start_matches(['以', '上', '左', '右', '多', '余']);
    let elided = after
        .chars()
        .next()
        .is_none_or(|ch| is_clause_break(ch) || crate::scan::one_of!("已均将正都全）)", ch));
    // What stands before the number is a verb or a connective, not a
    // noun of its own (典型案例10余个 counts 案例, no head of ours).
    let before = trim_spaces_end(&s[..q.start]);
    elided && CONTINUING.iter().any(|w| before.ends_with(w))
}

/// Words right before a count whose head is elided: connectives and the
/// verbs a count of projects or firms continues with.
const CONTINUING: &[&str] = &[
    "其中", "总数", "总量", "共计", "合计", "累计", "达到", "增至", "共有", "已有", "共", "有",
    "达", "为", "计", "开工", "竣工", "投产", "签约", "落地", "建成", "完成", "新增", "增加",
    "引进", "净增",
];

/// Characters that end place names after N家 (伍家岗, 三家村, 五家渠):
/// villages, streets, hills and waters, never a thing counted by 家.
static PLACE_ENDS: CharSet =
    CharSet::new("岗崗村庄莊湾灣巷坝壩寨沟溝桥橋坡嘴屯营營洼窪铺鋪堡垸岭嶺峪冲圩埠渠河塘坪坳墩");

/// Whether `after` (what follows the 个 of `10个亿元以上项目`) is a money
/// threshold that classes the things counted: a scale and a currency word,
/// 以上/及以上 and a counted noun before the clause ends. `30个亿`,
/// `投资50个亿元` and `10个亿元以上，` are money; this is not.
pub(super) fn threshold_class_after(after: &str) -> bool {
    let rest = after.trim_start_matches(['亿', '万', '千', '百', '億', '萬']);
    if rest.len() == after.len() {
        return false;
    }
    let Some(rest) = rest.strip_prefix(['元', '圆']) else {
        return false;
    };
    let Some(rest) = ["及以上", "以上"].iter().find_map(|w| rest.strip_prefix(w)) else {
        return false;
    };
    let rest = rest.strip_prefix('的').unwrap_or(rest);
    let head: String = rest
        .chars()
        .take_while(|c| !is_clause_break(*c) && !matches!(c, '、' | '和' | '及'))
        .take(10)
        .collect();
    let index = &*HEAD_INDEX;
    head.char_indices()
        .any(|(i, _)| (0..HEADS.len()).any(|g| index.starting(g, &head[i..], "个").is_some()))
}

/// The words `before` a count's number up to where its noun ends: past a
/// qualifier (项目不少于20个), connecting words (共计, 累计达到), a closing
/// quote (“红旗项目”3个) and the stage the projects reached (签约项目已开工23个).
fn noun_end(before: &str) -> &str {
    let mut back = trim_spaces_end(before);
    // 项目不少于20个: the noun is before the qualifier.
    if let Some((_, n)) = super::prefix_qualifier(back) {
        back = trim_spaces_end(&back[..back.len() - n]);
    }
    if ends_in(back, &PREFIX_QUALIFIER_ENDS) {
        for w in ["约", "近", "超过", "超", "逾", "不足", "不到"] {
            back = back.strip_suffix(w).unwrap_or(back);
        }
    }
    // 共计, 累计达到, 已有 …: connecting words between the noun and the number.
    while ends_in(back, &CONNECTIVE_ENDS) {
        let before = back.len();
        for w in CONNECTIVES {
            if let Some(r) = back.strip_suffix(w) {
                back = r;
                break;
            }
        }
        if back.len() == before {
            break;
        }
    }
    // 评选出“红旗项目”3个: a label in quotes is the noun counted.
    let back = back.strip_suffix(['”', '"', '」', '’']).unwrap_or(back);
    // 签约项目已开工23个, 重点项目竣工8个: the projects that reached a stage.
    STAGE_VERBS
        .iter()
        .find_map(|v| back.strip_suffix(v))
        .map(|b| b.strip_suffix('已').unwrap_or(b))
        .filter(|b| b.ends_with("项目"))
        .unwrap_or(back)
}

/// The head noun counted: right before the number (签约项目16个), else after
/// the classifier (10个重点产业项目).
fn count_noun(s: &str, a: usize, end: usize, classifier: &str) -> Option<Cow<'static, str>> {
    let mut after = &s[end..];
    for w in ["以上", "左右", "多"] {
        if let Some(r) = after.strip_prefix(w) {
            after = r;
        }
    }
    let back = noun_end(&s[..a]);
    let index = &*HEAD_INDEX;
    let before = ends_in(back, &HEAD_ENDS)
        .then(|| index.ending(back, classifier))
        .flatten();
    // 临江化工园区21个安全技改项目: when the noun before the number is a
    // place, a noun phrase right after the classifier names what is counted.
    let place_before = before.is_some_and(|h| {
        [
            "园区",
            "开发区",
            "高新区",
            "经开区",
            "基地",
            "产业园",
            "工业园",
        ]
        .contains(&h)
    });
    let phrase_after = place_before
        && after.chars().next().is_some_and(crate::scan::is_han)
        && !["的", "以", "左", "多", "余", "和", "及", "、"]
            .iter()
            .any(|w| after.starts_with(w));
    if let Some(h) = before.filter(|_| !phrase_after) {
        return Some(Cow::Borrowed(h));
    }
    // Forward: up to a clause break or the next count (1个, 3家).
    let mut fwd_end = after.len();
    for (i, c) in after.char_indices().take(32) {
        fwd_end = i + c.len_utf8();
        // 、 right after the classifier starts the next item of a list
        // (家庭农场156家、合作社42家); further on it may join the noun's
        // modifiers (156个制造业、服务业…企业).
        if is_clause_break(c) || matches!(c, '（' | '(' | '“' | '”' | ' ') || (i == 0 && c == '、')
        {
            fwd_end = i;
            break;
        }
        if c.is_ascii_digit() {
            let rest = after[i..]
                .trim_start_matches(|d: char| d.is_ascii_digit() || d == '.')
                .trim_start_matches(['余', '多']);
            if CLASSIFIERS.iter().any(|k| rest.starts_with(k)) {
                fwd_end = i;
                break;
            }
        }
    }
    // The first head of the first group found; else of the second group.
    // At one place the longest head wins.
    let fwd = &after[..fwd_end];
    let mut second: Option<&str> = None;
    for (i, c) in fwd.char_indices() {
        // 四十二户优质住宅提供公司: 户 counts households, firms only when
        // named right before the number or right after the classifier.
        if classifier == "户" && i > 0 {
            break;
        }
        if !HEAD_STARTS.contains(c) {
            continue;
        }
        let rest = &fwd[i..];
        for g in 0..HEADS.len() {
            if g > 0 && second.is_some() {
                continue;
            }
            match index.starting(g, rest, classifier) {
                Some(h) if g == 0 => return Some(Cow::Borrowed(h)),
                Some(h) => second = Some(h),
                None => {}
            }
        }
    }
    if let Some(h) = second.or(before) {
        return Some(Cow::Borrowed(h));
    }
    // 银川市2个，银川市一体化绿色交通建设项目: the next clause names it.
    if fwd_end == 0 && after.starts_with(['，', ',', '：', ':']) && fits("项目", classifier) {
        let next = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let clause = &next[..clause_end(next, 0)];
        if clause.chars().count() <= 40 && clause.ends_with("项目") {
            return Some(Cow::Borrowed("项目"));
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    facts!(
        counts_nouns,
        "10个重点产业项目，储备在谈项目200余个，41家国内外知名汽车零部件生产企业，新增高新技术企业38家，两家企业",
        [
            "10个=count:10 个 Exact 项目",
            "200余个=count:200 个 Over 项目",
            "41家=count:41 家 Exact 企业",
            "38家=count:38 家 Exact 企业",
            "两家=count:2 家 Exact 企业",
        ]
    );

    facts!(
        count_approval_items_are_not_projects,
        "精简审批项目24项",
        ["24项=count:24 项 Exact 审批项目"]
    );

    facts!(
        count_over_after,
        "引进项目30个以上，十多家企业",
        [
            "30个以上=count:30 个 Over 项目",
            "十多家=count:10 家 Over 企业",
        ]
    );

    no_fact!(
        count_indefinite_one,
        "一个产业可以兴起一座城，一个项目可以打造一批企业"
    );

    no_fact!(count_capacity, "年产10000套的综合配电柜项目");

    no_fact!(
        count_durations,
        "集中利用3个月时间，开工比预期提前了一个多月，15个工作日"
    );

    no_fact!(count_ordinals, "第3期，第一名，全市第一，全省第四，前三名");

    no_fact!(
        count_quoted_names,
        "“1+3+9+N”体系，“四个一”机制，“36524”服务，“两个不能”"
    );

    no_fact!(ranks_and_names, "排名后三名，区四套班子，一成不变");

    no_fact!(
        words_made_with_ci,
        "三次产业结构为6:40:54，推进二次开发，一次能源消费"
    );

    facts!(
        times_are_still_counted,
        "召开调度会三次",
        ["三次=count:3 次 Exact -"]
    );

    facts!(
        count_after_jiu_you,
        "配套产品生产厂家就有两百多家",
        ["两百多家=count:200 家 Over 厂家"]
    );

    #[test]
    fn head_starts_cover_the_table() {
        for h in HEADS.iter().flat_map(|g| g.iter()) {
            assert!(HEAD_STARTS.contains(h.chars().next().unwrap()), "{h}");
        }
    }

    /// The indexed lookups of `count_noun` give what trying every head in
    /// table order gives: backward the first head in order that ends the
    /// text, forward per group the longest that starts it; both filtered by
    /// `fits`. Texts: every pair of heads, and each head cut short.
    #[test]
    fn head_index_agrees_with_the_table() {
        let all: Vec<&str> = HEADS.iter().flat_map(|g| g.iter().copied()).collect();
        let mut texts: Vec<String> = Vec::new();
        for a in &all {
            texts.push(a.chars().skip(1).collect());
            for b in &all {
                texts.push(format!("{a}{b}"));
            }
        }
        let index = &*HEAD_INDEX;
        for t in &texts {
            for k in CLASSIFIERS {
                let linear = all.iter().find(|h| t.ends_with(**h) && fits(h, k));
                assert_eq!(index.ending(t, k), linear.copied(), "{t} {k}");
                for (g, group) in HEADS.iter().enumerate() {
                    let linear = group
                        .iter()
                        .filter(|h| t.starts_with(**h) && fits(h, k))
                        .max_by_key(|h| h.len());
                    assert_eq!(
                        index.starting(g, t, k),
                        linear.copied(),
                        "{t} {k} group {g}"
                    );
                }
            }
        }
    }

    #[test]
    fn classifier_starts_cover_the_table() {
        for k in CLASSIFIERS {
            assert!(is_classifier_start(k.chars().next().unwrap()), "{k}");
            // unit_at relies on this: only 批次 is longer than one character.
            assert!(*k == "批次" || k.chars().count() == 1, "{k}");
        }
    }

    #[test]
    fn prefilters_cover_their_words() {
        let last = |w: &str| w.chars().next_back().unwrap();
        for w in CONNECTIVES {
            assert!(CONNECTIVE_ENDS.contains(last(w)), "{w}");
        }
        for h in HEADS.iter().flat_map(|g| g.iter()) {
            assert!(HEAD_ENDS.contains(last(h)), "{h}");
        }
    }
}
