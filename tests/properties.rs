//! Property tests: for generated inputs that mix Chinese text, digits of both
//! widths, numerals, units, markup, front matter, emoji, control characters
//! and lone combining marks, every guarantee holds.

use proptest::prelude::*;

use crate::util::{check_invariants, extract};

const PIECES: &[&str] = &[
    "总投资",
    "签约项目",
    "共",
    "约",
    "近",
    "超过",
    "余",
    "多",
    "以上",
    "左右",
    "至",
    "—",
    "-",
    "、",
    "16",
    "49.72",
    "１２．５",
    "61,771",
    "0",
    "9999999999999999999999999999999",
    "三点五",
    "两万五千",
    "十二",
    "一千零五",
    "百分之",
    "亿元",
    "万元",
    "亿",
    "万",
    "元",
    "美元",
    "亩",
    "平方米",
    "平方公里",
    "公顷",
    "%",
    "％",
    "个百分点",
    "个",
    "家",
    "项",
    "成",
    "年产",
    "第",
    "“",
    "”",
    "\"",
    "今年以来",
    "2022年",
    "3月14日",
    "4月初",
    "上半年",
    "一季度",
    "1—9月",
    "截至",
    "目前",
    "近两年",
    "“十三五”期间",
    "签约",
    "开工",
    "建成投产",
    "落户",
    "举行",
    "仪式",
    "，",
    "。",
    "；",
    "\n",
    "\r\n",
    " ",
    "\u{3000}",
    "<p>",
    "</p>",
    "<br>",
    "<",
    ">",
    "&nbsp;",
    "&amp;",
    "&#",
    "&#x4E07;",
    "<!--",
    "-->",
    "<script>",
    "---\n",
    "title: 标题\n",
    "date: 2022-06-15 07:27:30 +0800\n",
    "2022-09-27 05:49:11\n",
    "👍🏽",
    "\u{0}",
    "\u{7}",
    "\u{301}",
    "\u{feff}",
    "\u{202e}",
    "億元",
    "萬",
    "項目",
    "增长",
    "下降",
];

fn document() -> impl Strategy<Value = String> {
    prop::collection::vec(prop::sample::select(PIECES), 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn generated_documents_keep_the_guarantees(input in document()) {
        check_invariants(&input, &extract(&input));
    }

    #[test]
    fn arbitrary_strings_keep_the_guarantees(input in any::<String>()) {
        check_invariants(&input, &extract(&input));
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        match zhfacts::Document::from_bytes(&bytes) {
            Ok(doc) => check_invariants(doc.input(), &zhfacts::Extractor::new().extract(&doc)),
            Err(e) => {
                let utf8 = matches!(e.kind(), zhfacts::ErrorKind::InvalidUtf8 { .. });
                prop_assert!(utf8, "unexpected error {}", e);
            }
        }
    }
}
