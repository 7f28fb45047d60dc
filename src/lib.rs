//! # zhfacts
//!
//! Typed, exact, serialisable facts from Chinese economic prose: money,
//! counts of projects and enterprises, areas, percentages, dates resolved to
//! intervals, and dated events linked to the facts of their clause.
//!
//! ```
//! use zhfacts::{Document, Extractor, Kind};
//!
//! let input = "---\ntitle: 示例\ndate: 2022-06-15 07:27:30 +0800\n---\n\
//!              <p>4月初，襄都区举行集中签约仪式，共签约项目16个，总投资49.72亿元。</p>";
//! let doc = Document::parse(input);
//! let facts = Extractor::new().extract(&doc);
//! let kinds: Vec<Kind> = facts.iter().map(|f| f.kind()).collect();
//! assert_eq!(kinds, [Kind::Date, Kind::Count, Kind::Money, Kind::Event]);
//! for f in &facts {
//!     // Every span points into the original input, markup included.
//!     assert_eq!(&input[f.span], f.text);
//! }
//! assert_eq!(facts[2].text, "49.72亿元");
//! ```
//!
//! ## Overview
//!
//! - [`Document`] reads one input as it comes (plain text, HTML fragments,
//!   Markdown/Jekyll with YAML front matter, scraped pages), finds its
//!   [title](Document::title) and [publication date](Document::published),
//!   strips markup (tags, entities, Markdown emphasis `**`) while keeping
//!   the map back to original byte offsets, drops
//!   page furniture (navigation and adverts above the headline, copyright and
//!   link lines) and splits sentences on `。！？；` and line breaks.
//! - [`Extractor`] turns a document into a `Vec<`[`Fact`]`>` in document
//!   order. Create it once; it is `Copy` and free.
//! - [`parse_number`] and [`resolve_date`] expose the numeral parser and the
//!   date resolver for standalone strings.
//!
//! ## Fact kinds
//!
//! | kind | payload | example |
//! | --- | --- | --- |
//! | `money` | [`Money`]: value in base units, currency, unit as written, qualifier, role, subject | 总投资49.72亿元 |
//! | `count` | [`Count`]: integer value, classifier, head noun | 签约项目16个, 41家企业 |
//! | `area` | [`Area`]: m² (2 dp), amount as written, unit, role | 1000余亩, 5.98万平方米 |
//! | `percent` | [`Percent`]: value, `percent`/`point`, direction, subject, `of` | 同比增长10.17% |
//! | `date` | [`DateFact`]: inclusive `from`/`to`, granularity, relative | 4月初, 上半年 |
//! | `event` | [`Event`]: trigger, type, date id, fact ids | 4月初……签约仪式，共签约项目16个 |
//! | `project` | [`Project`]: enterprise, investment id, fact ids, [`Stage`], date id; `text` is its name | 投资33.6亿元的NMP项目 |
//!
//! Within a sentence, its dates and quantities come first, in document
//! order, then its events, then its projects; ids are indices into the
//! document's facts, and links only point at facts of the same sentence
//! (a percentage's `of` at an earlier one). One exception: a project named
//! on a heading of its own is emitted after its description, whose facts
//! it links (see below).
//!
//! ## Projects and subjects
//!
//! ```
//! use zhfacts::{Extractor, FactData, ProjectRecord, Stage};
//!
//! let text = "3月12日，投资42亿元的锦川半导体封装测试基地项目正式开工，项目占地320亩。\n\
//!             今年以来，实际到位资金31.2亿元，同比增长14.6%。";
//! let facts = Extractor::new().reference_date_str("2024-04-16")?.extract_str(text);
//! let project = facts.iter().find(|f| matches!(f.data, FactData::Project(_))).unwrap();
//! assert_eq!(project.text, "锦川半导体封装测试基地项目");
//! let row = &ProjectRecord::from_facts(&facts)[0];
//! assert_eq!((row.stage, row.investment_text.as_deref()), (Some(Stage::Started), Some("42亿元")));
//! assert_eq!(row.date_text.as_deref(), Some("3月12日"));
//!
//! let FactData::Percent(p) = &facts.iter().find(|f| f.text == "14.6%").unwrap().data else { panic!() };
//! assert_eq!(p.subject.as_deref(), Some("实际到位资金"));
//! assert_eq!(facts[p.of.unwrap()].text, "31.2亿元");
//! # Ok::<(), zhfacts::Error>(())
//! ```
//!
//! - A **project** is a name that ends in a project word (项目, 基地, 产业园,
//!   工程, 工厂, 电站, 中心 being built, 医院, 学校, a numbered 厂, a route
//!   段 …), read back to the first punctuation, 的 or verb (投资42亿元的 is
//!   not in the name), reported once per sentence that says something about
//!   it (an amount, an area, a stage verb or a date). Generic names (重点项目,
//!   10个重点产业项目, 该项目, a place and generic words such as 河北省重点项目)
//!   and counted kinds (在建项目7个) are no projects.
//! - A name alone on a numbered heading line (`01 X项目`, `（二）X项目`,
//!   `3.X项目。` opening a line) is described by the rest of its line or,
//!   when it ends the line, by the next line: one project fact with the
//!   heading's span, whose facts, stage, date and enterprise (the first
//!   company the description names) are the description's, and whose
//!   names there (the lines and centres it builds) are its parts, not
//!   projects. It is emitted when the description ends, after its facts.
//!   When that next line is a field (`项目单位：…`) or a short line with no
//!   sentence end (a WeChat post's `总投资4.8亿元`), the description runs
//!   over the block of such lines, up to a blank line or the next heading.
//! - A table of projects written as rows of cells apart by `|` (an HTML
//!   table is read so too: each cell ends with ` | `), whose header names a
//!   column of names and one of investors or amounts (`项目名称`, `投资主体`,
//!   `总投资`): each row's project takes the company of its investor column
//!   as enterprise, the money of its amount column (then an investment) as
//!   investment, and the stage of the list the line before the table opens
//!   (签约项目一览表如下：) where its own words give none; names in its other
//!   cells are parts of it.
//! - Its **stage** is the latest one its clause, else its sentence (or the
//!   clause of the list it is in: A、B等项目落户), says is reached; a stage
//!   verb after 拟, 计划, 将, 预计 … is only expected and makes it `planned`.
//! - Its **enterprise** is a company or brand heading its name (国药集团…
//!   项目), else the nearest full company name (…有限公司, …集团) before it,
//!   else the trade-named brand that opens an investing sentence (格力电器投资
//!   50亿元…); its **investment** an investment amount about it with no count
//!   of projects in between; its **facts** the quantities of its stretch of
//!   the sentence (an amount followed by 的 belongs to the next name).
//! - The **subject** of an amount or percentage is the words before it in its
//!   clause with verbs, adverbs, dates and comparisons dropped (全年实现规模以上
//!   工业总产值 → 规模以上工业总产值; 比上年同期下降 → none); a percentage with
//!   no words of its own takes the subject of the quantity of the clause
//!   before it, and when it is a change (增长, 下降 …) of a money or count
//!   fact, that fact's id is its `of`; a list heading before a colon
//!   (投资增速前二名：…) names the subject of its items; 53%的可治理沙化土地
//!   measures the noun after 的.
//! - [`ProjectRecord`] is the table view: one row per project fact with
//!   its ids resolved.
//!
//! The JSON form (field names, enums, decimals as strings without trailing
//! zeros) is the contract of `SPEC.md`; `Fact` serialises to it with serde.
//!
//! ## Numbers
//!
//! Arabic digits (half- and full-width), `.`/`．` decimals, `,` thousands
//! separators, Chinese numerals 〇零一二两三四五六七八九十百千万亿 and the
//! financial forms 壹贰叁肆伍陆柒捌玖拾佰仟 with 点 as decimal point, mixed
//! forms (1.5万, 3千万, 2亿5千万), and the colloquial 一万五 = 15000;
//! [`parse_number`] reads a sign before a standalone number (负三十二, -10000)
//! and a fraction whose value is an exact decimal (五分之一 = 0.2, 16/5 =
//! 3.2; 三分之一 has none; the extractor gives fractions in prose no fact,
//! SPEC leaves them optional). A value
//! too big for a `Decimal` is not a fact, never a panic. A scale without 元
//! is money only right after a money word (投资120亿: unit `亿`).
//!
//! ## Dates and the reference date
//!
//! Relative dates resolve against the reference date R: the one given with
//! [`Extractor::reference_date`], else the document's publication date,
//! else none (then they are facts with `relative: true` and no interval).
//!
//! | expression | from – to |
//! | --- | --- |
//! | 2020年, 2020年度 | the year |
//! | 今年/本年, 去年/上年, 前年, 明年 | R's year, −1, −2, +1 |
//! | 今年以来, 2021年以来 | Jan 1 of that year – R (`day`) |
//! | 3月以来, 去年四季度以来, 年初以来, “十四五”以来 | the first day of X – R (`day`; none when X starts after R; SPEC spells out only the year forms) |
//! | 头四个月, 今年头四个月 | as 前四个月 (only where its words start or after a year: 开业头三个月 is none) |
//! | 上半年 / 下半年 | Jan 1 – Jun 30 / Jul 1 – Dec 31 |
//! | 一季度 … 四季度, 第二季度; 前三季度 | the quarter; Jan 1 – Sep 30 |
//! | 1—9月, 1-9月, 1至9月 | Jan 1 – Sep 30 |
//! | 3月, 3月份 | the month, in R's year |
//! | 4月初/上旬, 中旬, 4月底/月末/下旬 | days 1–10, 11–20, 21–last (`xun`) |
//! | 年初 / 年中 / 年底, 年末 | Jan–Mar / Jun–Aug / Oct–Dec |
//! | 一季度末, 上季度末 / 四季度初, 本季度初 | as 3月末 / 10月初: days 21–last of the quarter's last month / 1–10 of its first (`xun`; SPEC is silent) |
//! | 3月14日, 2022年3月14日, 2022-03-14, 2022.3.14 | that day |
//! | 2019.08-2021.02, 2019/08—2021/02 (two-digit months) | Aug 1, 2019 – Feb 28, 2021 (`month`) |
//! | 截至4月28日, 截至目前 | that day, R |
//! | "十一五" … "十五五", quoted "十五" | 2006–2010 … 2026–2030, 2001–2005 (`years`) |
//! | 近两年, 近N年(来); 近年来, 多年来 | Jan 1 of R's year −(N−1) – R; N = 3 |
//! | 全年; 去年全年, 2024年全年 | the year named earlier in the sentence, else R's year; a year and its 全年 are one fact |
//! | 本周一, 上周三, 下星期五 | that day of the story's week, the week before or after (weeks start on Monday), where used for a day as 今天 is; with a bracketed day that agrees (下周一（24日）) one fact over both (下下周日 is none; SPEC is silent) |
//! | 上半年, 三季度 … after a year named whole in the sentence (2026年将…，上半年完成…) | that half or quarter of the named year (SPEC is silent; R's year would put a plan's steps in the past) |
//! | 今天/今日, 昨天/昨日, 前天, 明天/明日 | R, R−1, R−2, R+1, where used for a day (opening a clause before a time of day or a break, after 记者/已于/截至, after 于/在 before a time of day, before a verb of news: 今天的成就, 今日头条, 着眼于明天 are none); a bracketed day after one (昨日（13日）) joins the fact and, within a week of R, sets which day the story's today is; 前天中午到明天晚上 is one range (SPEC is silent) |
//! | 上一年 / 下年, 下年度 | the year before the one the sentence named, else R's / R's year +1; only at the start or after a link (比上一年, not 加上一年, 拿下年度; 下一年 is no date: it is as often "the year after" one told before) |
//! | 今明两年 / 明后两年 | R's year and the next / the next two (`years`) |
//! | 1872年4月18日, 1865年9月 (a year before 1900) | read only with its month; 1300年 alone is no fact (as often an age) |
//! | 十八日 (a day alone) | in R's month, or the month before if later than R's day |
//! | 目前 / 近日, 日前 | R / R−10 days – R |
//! | 去年同期 / 上年同月 | the sentence's last period within a year / its month, one year back; none without it |
//! | 上个月/上月, 本月/这个月/今个月, 下个月/下月 (with 15号, 初, 底 …) | R's month −1, 0, +1 (that day, that part); none as a comparison base (环比上月) |
//! | 上季度/上个季度, 本季度/这个季度, 下季度/下个季度 | R's quarter −1, 0, +1; none as a comparison base (环比上季度) or as "quarterly" after a word (线上季度) |
//!
//! A 初 that opens a word is no part of the date (今年初步实现 → 今年,
//! 5月初见成效 → 5月), and a year word whose characters belong to the
//! words around it names no year (近年中央, 每年中小企业, 线上年货节,
//! 如今年轻人, 上年纪, 全年龄段, 安全年检; but 临近年底, 电网上年投资 are
//! dates).
//!
//! Not dates: durations (5至10年的时间, 连续九年, 38天, 3个月时间, and 近两年
//! after 经过/历时/用了), numbers in names, times of day. Years inside the
//! names of awards or projects (申报2021年…项目) are kept as dates: telling
//! them from a dated statement needs more than the words around them.
//!
//! ## Events
//!
//! A clause (split on ，；：) with an event verb and a date before the verb in
//! the same clause — or a date that heads an earlier clause of the sentence
//! (4月初，…签约仪式，共签约项目16个) — is an [`Event`]. Verbs: 签约/签署/签订
//! (signing), 开工/动工/奠基 (groundbreaking), 投产/达产/投用/投入使用
//! (production), 竣工/建成/完工/封顶/完成 (completion), 落户/落地/引进/入驻
//! (settlement), 到位 and 开展/举行/召开/举办 …仪式/活动 (other). Adjacent verbs
//! are one compound event typed by the last (建成投产 → production; the
//! trigger is the compound as written). Per clause the most specific verb
//! wins (开展…签约仪式 → signing). Clauses without a verb lend their facts to
//! the preceding event of the sentence; same-type events on the same date in
//! one sentence merge. Wishes (推动项目早日投产) and quoted slogans are no
//! events.
//!
//! ## Not facts
//!
//! Numbers inside short quoted names and slogans (“1+3+9+N”, “四个一”,
//! “36524”), ordinals (第3期, 全市第一), production capacities as counts
//! (年产10000套; 年产750万平方米 is an area with role `capacity`), durations
//! (3个月, 15个工作日), the indefinite 一 (一个项目, 一批), codes, phone
//! numbers, URLs and HTML attributes, page headers (第08版), 千亿元级.
//!
//! ## Choices where the contract is silent
//!
//! - **Titles are mined, timestamps are not.** The headline (front matter
//!   `title:`, or the line above or below a page's timestamp line, `#`
//!   stripped) is returned by [`Document::title`] and is sentence 0, so a
//!   headline such as 投资１２０亿开展２０个重点项目 gives its facts (often again
//!   in the body, as a summary does); the timestamp line itself is not a
//!   date fact, and lines above the headline (navigation, adverts) are
//!   dropped.
//! - **Page furniture** is dropped by line: copyright, 相关推荐, 友情链接,
//!   来源：, URLs, Markdown links, `第08版` headers.
//! - **Sentences** end at 。！？；!? and line breaks; a run of more than 4096
//!   bytes without one is cut at a clause break, never inside a numeral.
//! - **Traditional and special forms**: 億萬圓點號 and a table of common
//!   traditional characters read as simplified; 坪 (Taiwan) is 400/121 m²,
//!   平方公尺 is m², square feet (平方英尺/平方呎) 0.09290304 m² and acres
//!   (英亩) 4046.8564224 m² (SPEC lists only 亩, 平方公里, 平方米, 公顷);
//!   x成 is x×10% (optional in SPEC); 五六个, 两三万元 and 十二三家 (12–13)
//!   are ranges; 百二万 is 120万; 来 after a round numeral is `approx` (十来家, 两百来万).
//! - **Events**: 到位 is an event only for funds (实际到位, 到位资金); 完成 only
//!   for works or investment (not targets, not 编制完成 a plan); verbs after
//!   力争/确保/争取 are targets, not events; negated (未开工) and nominal
//!   (完成度, 投产后) verbs are not events.
//! - **Area `unit`** is the unit without its scale (5.98万平方米: `平方米`,
//!   amount 59800); money `unit` keeps the scale (`亿元`, `千万元`).
//! - **Traditional characters** are read through a table of about 620
//!   traditional → simplified characters of equal UTF-8 length (every
//!   character of the crate's word lists that has a traditional form, except
//!   乾, 著, 藉, which simplified text uses as they are), so spans stay exact;
//!   `text` is always the original.
//! - **A headline's projects** are matched against the companies the first
//!   three sentences of the body name (雨润农产品全球采购中心开建 over a lead
//!   由江苏雨润集团投资建设的…: enterprise 江苏雨润集团): a headline shortens
//!   the company its lead names.
//! - **Stages** are the latest reached: a stage word hoped for (早日投产,
//!   尽快建成), put off (延期完工), qualifying a noun (竣工日期, 开工率,
//!   施工单位) or on a frame (主体完工, 主体结构封顶: `under_construction`) is
//!   not a stage reached.
//! - **A date in a ceremony's name** (2024年第二季度重大项目集中开工仪式) is
//!   not the ceremony's date when the sentence gave a day before it
//!   (5月18日上午，…).
//! - **突破** (break through) is `over`, as the gold reads it: 突破80亿元 is more than 80亿元.
//! - **Thresholds and signs of amounts**: a scale alone as a bound
//!   (亿元以上项目, 超亿元项目) is one of that scale, `over` (1亿元 or
//!   more); a minus sign after 为, 是 or a colon (净利润为-3.21亿元,
//!   余额：－1,200万元) makes the amount negative, as SPEC keeps the sign of
//!   a percentage; a dash between numbers stays a range (5-8亿元).
//! - **当天, 当日, 当晚, 同日, 同一天** opening a clause (当天下午，…, 同日，…)
//!   are the last single day named before them, in the sentence or the
//!   document; used for speed (当日申报当日批) or with no day named before,
//!   they are no date.
//! - **兆** (Taiwan, Japan) right before a currency is 10¹², as 万亿:
//!   新台幣2.16兆元 is 2.16 × 10¹² TWD, unit `兆元`; a number in 兆 with a
//!   tail (1兆2000億元) and a bare 兆 are no fact, 兆瓦 is a unit of power.
//! - **分别** before a list of changes (接待游客860万人次，实现旅游收入72.4亿元，
//!   分别增长15.1%和19.6%) pairs them in order with as many money or count
//!   facts before it: each change is `of` its own amount.
//! - **Direction from a change noun after 的** (实现了8%的增长, 录得3%的跌幅)
//!   when no cue stands before the percentage; a share of the units that
//!   grew (工业增长面达68.6%) is a level, no direction.
//! - **Percent ranges** (10—15个百分点, 百分之十至百分之二十) carry `upper`
//!   like the other quantities.
//! - **Per mille** is a percentage moved one place (千分之三 = 0.3%), 万分之
//!   two (万分之五 = 0.05%); with a numeral before them (三千分之一,
//!   百万分之五) they are shares of another whole: no fact.
//! - **A day range is one date fact** (8月11日至22日: Aug 11 – Aug 22), its
//!   second end taking the year and month of the first; times of day at its
//!   ends (4月20日11:00时至4月25日17:00时) are in its text, not its interval
//!   (…16日24时 ends on the 16th).
//! - **A date alone in the whole input** is a fact, not a timestamp line;
//!   feed and `<meta>` publication dates (`<pubDate>`, `<published>`, never
//!   `<updated>`) and a headline ending in a bracketed date give the
//!   reference date when the page head does not.
//! - **Shares** (X占Y的Z%): the subject is the part X, as the gold mostly
//!   reads it; a noun after 的 (占…30%的成本) takes precedence.
//! - **Bounds**: a subject is looked for at most 180 bytes before its
//!   number, and at most 24 project names of one sentence are read (a
//!   sentence naming more is a list or a run-on text); the memory of a
//!   document's companies holds its 32 most recent.
//! - **Forms read right or not at all** (issue 13): 元 takes 角 or the
//!   spoken 毛 after it (五元三毛 = 5.3), 美元 takes 美分 (两美元又三美分 =
//!   2.03), and a range of such amounts is one fact; 圆 is 元, and 整 after
//!   it ends the amount's text (叁仟伍佰圆整); 三成半 is 35%, 七成五 75%,
//!   8.5成 85%; a minus (-, －) that starts its words before a percentage
//!   is its sign (-4.6%, －3.5％);
//!   digit groups split by ， before a percent unit are one number, as
//!   before a money word (1，250%). No fact: an amount in two currencies
//!   (三万元欧元), a letter glued to a written-out percentage (百分之15K), a
//!   numeral beside a ， that may be a thousands separator (百分之９，９９９,
//!   233,333，333元) and a tenths digit after a space (七成 五). Dates give
//!   none where they are one piece of a form not read: 上3月 (the month
//!   before), a range to a relative word (2022年9月到下个月15号), either end
//!   of X之后Y之前.
//! - **`count.noun`** is one of a list of head nouns (项目, 企业, 公司, 经济主体,
//!   问题 …) or null; 审批项目 is its own noun, not 项目.
//!
//! ## Conformance with other libraries
//!
//! `examples/conformance.rs` runs the public test suites of Microsoft
//! Recognizers-Text (zh), JioNLP and Duckling (ZH) through this crate's API
//! where they ask for what this crate covers; the rest is counted and
//! reported as out of scope. Where a peer's convention differs on purpose,
//! cases are compared under ours. Those classes, with their counts over all
//! suites:
//!
//! | cases | passed under it | DIFFERENCE |
//! | ---: | ---: | --- |
//! | 26 | 26 | a month/day without a year takes R's year; some peers read the past or the future |
//! | 6 | 6 | 余/多 are qualifiers (`over`), not part of the number |
//! | 6 | 6 | a bare four-digit number is not a date (dates need 年/月/日) |
//! | 6 | 6 | peer intervals end exclusively; ours are inclusive |
//! | 6 | 6 | a trailing classifier (个) makes a count, not a bare number |
//! | 11 | 11 | X前, X之前, X以前, X起 give the anchor X, as the gold annotates it (as SPEC's 截至X); JioNLP: the open interval R–X or X–R, compared at its end from X |
//! | 6 | 6 | 前N个月 is Jan 1 – the end of month N of R's year (SPEC); Duckling: the N months before R |
//! | 5 | 5 | a month/day that does not exist in R's year is no date; a peer picks another year |
//! | 3 | 3 | a bare number is money only next to a money word; a peer defaults to 元 |
//! | 3 | 3 | 元 is CNY (Duckling: a generic dollar) |
//! | 3 | 3 | a range of months includes its last month (1—9月 ends on Sep 30) |
//! | 2 | 2 | 余/多 on a low end: `over`; JioNLP gives a range to the next step |
//! | 2 | 2 | JioNLP's `ret_future`: the next occurrence; we take R's year |
//! | 2 | 2 | 年初 is Jan–Mar; JioNLP: Jan–Feb |
//! | 2 | 2 | 月底/月末 are days 21–last; JioNLP: 25–last |
//! | 1 | 1 | a range whose peer keeps only the high end; we give `value`..`upper` |
//! | 1 | 1 | 近N年 starts on Jan 1 of R's year −(N−1); a peer: R − N years |
//! | 1 | 1 | a day alone later than R's day is in the month before; JioNLP: R's month |
//! | 1 | 1 | 年底/年末 are Oct–Dec; JioNLP: Nov–Dec |
//! | 1 | 1 | 今年 is the whole year; a peer: the year to date |
//! | 1 | 1 | a value past 15 significant digits is exact; a peer's is a double |
//! | 1 | 1 | 24时 ends the day it names; JioNLP: 00:00 of the next day |
//!
//! ## Guarantees
//!
//! - No panic on any input; invalid UTF-8 is an [`Error`] only at the I/O
//!   boundary ([`Document::from_bytes`], and bytes malformed in the given
//!   encoding at [`Document::from_bytes_with_encoding`]).
//! - For every fact, `&input[fact.span] == fact.text`.
//! - Linear time: the scanners are single passes (a character bitmap, a
//!   word lexicon) and the date pattern is a `regex` (no backtracking),
//!   compiled once; context checks look at a bounded window (300 bytes)
//!   around each match;
//!   a run of more than 4096 bytes without a sentence break is cut at a
//!   clause break (never inside a numeral), so one sentence's facts stay
//!   bounded.
//! - Memory: a plain-text body is borrowed, not copied;
//!   [`Extractor::extract_each`] streams facts sentence by sentence.
//!
//! ## Performance
//!
//! Reuse one [`Extractor`] (and [`Extractor::extract_into`] with one `Vec`
//! for batches). One pass over each sentence with a character-class table
//! lists where its numerals, date anchors (年, 月, 日, 季 …), clause breaks
//! and event verbs can start; word lists are matched by a first-character
//! lexicon; the date pattern runs only from the run of characters a date
//! can hold that ends at an anchor, and its capture groups are cached per
//! thread across documents (at most 4096 expressions). Units, classifiers
//! and head nouns are `Cow<'static, str>` borrowed from static tables, so a
//! fact owns little beyond its `text`. Figures are in the README.
//!
//! ## Modules
//!
//! Each module decides one thing; the crate's public types are re-exported
//! above.
//!
//! - `document`: what the text of an input is (`front`: front matter;
//!   `head`: timestamp line, headline, lead; `body`: page furniture by the
//!   shape of a line, sentences; `published`: date forms) and where its
//!   sentences are, with the section of each.
//! - `markup`: which bytes are tags and entities (and which characters
//!   are traditional), the map from the clean text back to the input, and
//!   (`markup/advert`) the elements a page marks as adverts.
//! - `scan`: the hand-written scanners of the hot path (character sets,
//!   first-character lexicons) that tell where each finder can start.
//! - `clause`: where a clause starts and ends, and whether a span sits in a
//!   short quoted name; quantities and events ask it.
//! - `number`: what a numeral is worth (Arabic, Chinese, financial digits).
//! - `date`: which words are date expressions (`date/mod.rs`), what
//!   interval each names against the reference date (`date/resolve.rs`),
//!   how it joins the sentence's other dates (`date/place.rs`), and the
//!   days named by a word (`date/near_day.rs`: 今天, 昨日; `date/weekday.rs`:
//!   本周一, 下周三; `date/that_day.rs`: 当天, 同日).
//! - `quantity`: which numerals are facts and of what kind
//!   (`quantity/mod.rs`: qualifier, range, scale, unit, the order the kinds
//!   are tried), with each kind's cues and rules in its own file:
//!   `money.rs` (currency, unit), `money_role.rs` (role cues, and the role
//!   a subject gives), `count.rs` (classifier, head noun),
//!   `area.rs` (unit, m², role), `percent.rs` (unit, direction), and
//!   `region.rs` (the currency a plain 元 means in a Taiwan, Hong Kong or
//!   Macau document).
//! - `event`: which clauses are dated events, and which facts they hold
//!   (`event/triggers.rs`: the event verbs, their types, and the matches
//!   that are no deed).
//! - `subject`: what an amount or a percentage measures, and which amount a
//!   percentage is the change of (`subject/money.rs`: the money's own;
//!   `subject/percent.rs`: the percentage's).
//! - `project`: which names are projects, and their enterprise, investment,
//!   facts, stage and date (`project/heading.rs`: a project named on a
//!   heading line and described below it); `record`: the
//!   [`ProjectRecord`] table view.
//! - `encoding`: how bytes in GBK, GB18030, Big5 or UTF-16 become text.
//! - `extractor`: the order of the finders over a document, and the facts
//!   they become (`extractor/headings.rs`: which heading's description a
//!   sentence is; `extractor/table.rs`: the rows of a table of projects).
//! - `fact`: the facts' types and their JSON form.
//! - `error`: what can go wrong with an input.

mod clause;
mod date;
mod document;
mod encoding;
mod error;
mod event;
mod extractor;
mod fact;
mod markup;
mod number;
mod project;
mod quantity;
mod record;
mod scan;
mod subject;

pub use crate::date::resolve_date;
pub use crate::document::{Document, DropReason, Dropped, Published, Section, Sentence};
pub use crate::encoding::Encoding;
pub use crate::error::{Error, ErrorKind};
pub use crate::extractor::Extractor;
pub use crate::fact::{
    Area, AreaRole, Count, Currency, DateFact, Direction, Event, EventType, Fact, FactData,
    Granularity, Kind, Money, MoneyRole, Percent, PercentUnit, Project, Qualifier, Span, Stage,
};
pub use crate::number::parse_number;
pub use crate::record::ProjectRecord;
/// The calendar date type of date facts and reference dates (re-exported).
///
/// ```
/// use zhfacts::{Extractor, NaiveDate};
/// let ex = Extractor::new().reference_date(NaiveDate::from_ymd_opt(2023, 1, 5));
/// assert_eq!(ex.reference_date_str("2023-01-05").unwrap(), ex);
/// ```
pub use chrono::NaiveDate;
/// The exact decimal type of fact values (re-exported: no other dependency
/// is needed to read or build one).
///
/// ```
/// use zhfacts::{Decimal, Extractor, FactData};
/// let facts = Extractor::new().extract_str("总投资49.72亿元");
/// let FactData::Money(m) = &facts[0].data else { panic!() };
/// assert_eq!(m.value, Decimal::new(4_972_000_000, 0));
/// ```
pub use rust_decimal::Decimal;

#[cfg(doctest)]
#[doc = include_str!("../README.md")]
struct ReadmeDoctests;

/// Compiles one of the crate's patterns (each is compiled once, behind a
/// `LazyLock`). The lazy DFA gets room for all of its states: with the
/// default 2 MB cache the date pattern's DFA, which spans much of the CJK
/// block, is cleared and rebuilt over and over, halving its speed.
pub(crate) fn compile(pattern: &str) -> regex::Regex {
    regex::RegexBuilder::new(pattern)
        .dfa_size_limit(32 << 20)
        .build()
        .expect("the crate's patterns are valid")
}
