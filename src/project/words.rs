//! The word lists a project's name is read with: project words, generic
//! words, sectors, place endings, company endings and phases.

use std::sync::LazyLock;

use crate::scan::{Lexicon, short_find};

/// Words that end a project's name, longest first.
pub(super) const SUFFIXES: &[&str] = &[
    "产业基地",
    "生产基地",
    "产业园区",
    "产业园",
    "科创园",
    "工业园",
    "项目",
    "基地",
    "工程",
    "工厂",
    "新厂区",
    "厂区",
    "电站",
    // A plant set up or built (细胞治疗产品生产设施).
    "生产设施",
    "中心",
    "医院",
    "小学",
    "中学",
    "学校",
    "博物馆",
    "体育馆",
    "高速铁路",
    "高速公路",
    "高铁",
    "大道",
    "广场",
    "连接路",
    "段",
    "厂",
];

/// Words a generic name is made of (重点产业项目, 新建外资项目).
pub(super) const GENERIC: &[&str] = &[
    "重点",
    "重大",
    "产业",
    "签约",
    "在建",
    "新建",
    "续建",
    "新开工",
    "开工",
    "外资",
    "内资",
    "招商",
    "基础设施",
    "工业",
    "技改",
    "建设",
    "民生",
    "亿元以上",
    "该",
    "这些",
    "这个",
    "此",
    "各类",
    "一批",
    "大",
    "好",
    "新",
    "各",
    "本",
    "上述",
    "其他",
    "相关",
    "优质",
    "投资",
    "制造业",
    "实体",
    "生产",
    "服务",
    "市级",
    "省级",
    "国家级",
    "区级",
    "县级",
    "全市",
    "全省",
    "全区",
    "全县",
    "政府",
    "合作",
    "示范",
    "配套",
    "储备",
    "在谈",
    "落地",
    "入库",
    "谋划",
    "竣工",
    "投产",
    "社会",
    "城市",
    "乡村",
    "农业",
    "科技",
    "创新",
    "数字",
    "绿色",
    "文旅",
    "旅游",
    "基建",
    "交通",
    "水利",
    "能源",
    "智能",
    "总部",
    "高新技术",
    "高新",
    "技术",
    "研发",
    "金融",
    "数据",
    "物流",
    "商业",
    "中小",
    "龙头",
    "亿元",
    "千万元",
    "个",
    "批",
    "大型",
    "中型",
    "小型",
    "集中",
    "等",
    "类",
    "首期",
    "后续",
    "预备",
    "新型",
    "传统",
    "和",
    "与",
    "及",
    "、",
    "全部",
    "所有",
    "战略性",
    "新兴",
    "外商",
    "内外资",
    "主体",
    "生态",
    "标志性",
    "强化",
    "施工",
    "配套",
    "改造",
    "提升",
    "专项",
    "攻坚",
    "民营",
    "国有",
    "央企",
    "市属",
    "省属",
    "区属",
    "城建",
    "环保",
    "节能",
    "重点工业",
    "招大引强",
    "独角兽",
    "企业",
    "专精特新",
    "头部",
    "领军",
    "链主",
    "优势",
    "特色",
    "亿元级",
    "百亿级",
    "十亿级",
    "标杆",
    "样板",
    "试点",
    "一大批",
    "大批",
    "公路",
    "铁路",
    "未开工",
    "已开工",
    "审批",
    "精简",
    "孵化器",
    "创业",
    "高科技",
    "备案类",
    "一个",
    "环节",
    "高端",
    "延伸",
    "产业链",
    "链",
    "放心",
    "精品",
    "民心",
    "高效",
    "资金",
    "一号",
    "国家",
    "建筑",
    "要素",
    "科技型",
    "东南部",
    "西北部",
    "东北部",
    "西南部",
    "中部",
    "南部",
    "北部",
    "东部",
    "西部",
    // Parts and trades of building works (厂房主体工程, 消防工程, 装修工程).
    "厂房",
    "主体",
    "消防",
    "装修",
    "装饰",
    "土建",
    "安装",
    "绿化",
    "幕墙",
    "钢结构",
    "水电",
    "填海",
    "管网",
    "附属",
    "前期",
    "后期",
    "外立面",
    "室内",
    "室外",
    // Fields of engineering (细胞工程, 基因工程, 软件工程).
    "细胞",
    "基因",
    "遗传",
    "软件",
    "系统",
    "全过程",
    // Kinds of firm and project by type (龙头型, 旗舰型, 科技型).
    "龙头型",
    "旗舰型",
    "创新型",
    "外向型",
    "引领型",
    "带动型",
    "基础型",
    // Short forms of generic words (科创 of 科技创新, 双创, 文创).
    "科创",
    "双创",
    "文创",
    // Kinds of road (乡镇的油路项目).
    "油路",
    "道路",
    // Farm produce: a base of one is a kind (蔬菜基地, 蛋鸡基地).
    "蔬菜",
    "水果",
    "茶叶",
    "粮食",
    "花卉",
    "中药材",
    "食用菌",
    "蛋鸡",
    "肉鸡",
    "生猪",
    "肉牛",
    "奶牛",
    "养殖",
    "种植",
    // Verbs of investment promotion and of a project's life (新招引项目,
    // 引进项目, 拟建项目, 跟踪洽谈项目): what is done with projects, no name.
    "招引",
    "引进",
    "引入",
    "洽谈",
    "跟踪",
    "落户",
    "入驻",
    "实施",
    "拟建",
    "计划",
    "完工",
    "建成",
    "推进",
    "盘活",
    "谋划中",
    // A batch, and the state of a project in a programme or a report
    // (首批资助项目, 本次募投项目, 获批项目, 进度滞后项目): which of the
    // projects, no name.
    "首批",
    "部分",
    // Sums (以上合计项目, 上述总计项目).
    "合计",
    "总计",
    "以上",
    // Kinds of renewal (棚改项目, 老旧小区改造项目, 城中村改造项目).
    "棚改",
    "棚户区",
    "老旧小区",
    "城中村",
    // Kinds of school (九年一贯制公办学校, 民办小学).
    "九年一贯制",
    "公办",
    "民办",
    "寄宿制",
    // Kinds of works by what they serve (水源工程, 供水工程).
    "水源",
    "供水",
    // Kinds of rural commerce (冷库和直播基地, 电商产业园).
    "直播",
    "电商",
    "冷库",
    "第一批",
    "第二批",
    "第三批",
    "本批",
    "本次",
    "募投",
    "资助",
    "获批",
    "入选",
    "申报",
    "扶持",
    "进度",
    "滞后",
    "振兴",
    // Kinds of tourism (山地旅游项目, 滨海度假项目).
    "山地",
    "滨海",
    "康养",
    "避暑",
    "休闲",
    "度假",
];

/// [`GENERIC`] longest first, so 科技型 goes before 科技.
pub(super) static GENERIC_LONGEST_FIRST: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    let mut v: Vec<&'static str> = GENERIC
        .iter()
        .copied()
        .filter(|g| g.chars().count() > 1)
        .collect();
    v.sort_by_key(|w| std::cmp::Reverse(w.len()));
    v
});

/// The one-character words of [`GENERIC`], in its order (新, 大, 该 …).
pub(super) static GENERIC_ONE_CHAR: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    GENERIC
        .iter()
        .copied()
        .filter(|g| g.chars().count() == 1)
        .collect()
});

/// Sectors of industry: one named alone before 项目 (新材料项目, 新能源项目)
/// is a kind of project, not one.
pub(super) const SECTORS: &[&str] = &[
    "新材料",
    "新能源",
    "生物医药",
    "电子信息",
    "装备制造",
    "高端装备",
    "大数据",
    "人工智能",
    "新一代信息技术",
    "文化旅游",
    "现代物流",
    "现代农业",
    "节能环保",
    "新能源汽车",
    "集成电路",
    "医疗器械",
    "食品加工",
    "农产品加工",
    "光伏",
    "氢能",
    "储能",
    "锂电",
    "半导体",
];

/// Place-name endings: a name that is only a place and generic words
/// (河北省重点项目, 县（区）重大项目) is generic.
pub(super) const PLACE_ENDS: &[&str] =
    &["省", "市", "县", "区", "（区）", "镇", "乡", "州", "自治区"];

/// Company-name endings.
pub(super) const COMPANY_ENDS: &[&str] =
    &["股份有限公司", "有限责任公司", "有限公司", "集团", "公司"];

/// Every occurrence of a [`COMPANY_ENDS`] word in `s` (有限公司 and the 公司
/// in it both), as `(start, end)`, in one pass.
pub(super) fn company_words(s: &str) -> impl Iterator<Item = (usize, usize)> + '_ {
    COMPANY_END_WORDS.occurrences(s).map(|(a, b, _)| (a, b))
}

/// Whether `s` may hold a [`COMPANY_ENDS`] word: every one holds 公司 or
/// 集团, which two quick searches find (a test checks the list).
pub(super) fn may_hold_company_word(s: &str) -> bool {
    short_find(s, "公司").is_some() || short_find(s, "集团").is_some()
}

/// [`COMPANY_ENDS`] as a lexicon (the word index is that of the list).
pub(super) static COMPANY_END_WORDS: LazyLock<Lexicon> =
    LazyLock::new(|| Lexicon::new(COMPANY_ENDS.iter().copied()));

/// Phases that name a part of a project on their own.
pub(super) const PHASES: &[&str] = &["一期", "二期", "三期", "四期", "首期"];
