//! Traditional → simplified characters, for the characters the patterns
//! and cue words read: every word list of the crate is written in
//! simplified characters, and the reader maps a traditional text onto them
//! (總投資 → 总投资, 連接路 → 连接路) before any rule runs. Facts keep the
//! original text through the offset map, so a fact of a traditional article
//! is reported as written.
//!
//! The table holds only characters that simplified text does not use in
//! their own right (乾, 著, 藉 stay as they are), and both forms are
//! three-byte UTF-8, so the mapping keeps byte offsets.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::scan::CharSet;

/// The pairs, a traditional character then its simplified form, sorted by
/// the traditional character (checked by a test).
const PAIRS: &[&str] = &[
    // ○ (a white circle) written for the zero 〇 inside a Chinese numeral
    // (二○二五年): mapped only there ([`push_simplified`]).
    "○〇 ",
    "並并 佈布 佔占 併并 來来 侷局 係系 倉仓 個个 們们 側侧 傑杰 備备 傚效 傢家 傳传 ",
    "債债 僅仅 價价 儀仪 億亿 儘尽 償偿 優优 儲储 兒儿 內内 兩两 別别 則则 剛刚 創创 ",
    "劃划 劑剂 効效 動动 務务 勝胜 勞劳 勢势 勵励 勻匀 匯汇 區区 協协 卽即 厰厂 厲厉 ",
    "參参 員员 問问 啓启 啟启 單单 嘆叹 噸吨 噹当 嚮向 嚴严 囌苏 國国 圍围 園园 圓元 ",
    "圖图 團团 垻坝 執执 堅坚 報报 場场 塊块 塲场 墊垫 墾垦 壇坛 壓压 壘垒 壞坏 壟垄 ",
    "壩坝 壯壮 壽寿 奪夺 奬奖 奮奋 妳你 婦妇 學学 實实 寧宁 審审 寫写 寬宽 寳宝 寶宝 ",
    "將将 專专 尋寻 對对 導导 屆届 層层 屬属 島岛 崗岗 嶺岭 嶼屿 巖岩 帥帅 師师 帶带 ",
    "幣币 幫帮 幹干 幾几 庫库 廈厦 廟庙 廠厂 廢废 廣广 廳厅 廻回 張张 強强 彆别 彈弹 ",
    "彎弯 後后 徑径 從从 復复 徵征 徹彻 恆恒 惡恶 愛爱 態态 慣惯 慶庆 憑凭 憲宪 懇恳 ",
    "應应 懸悬 戰战 戲戏 戶户 拋抛 掃扫 掛挂 採采 揚扬 換换 揮挥 損损 搶抢 撥拨 撫抚 ",
    "擁拥 擇择 擊击 擔担 據据 擠挤 擧举 擬拟 擴扩 擺摆 擾扰 攜携 攝摄 攤摊 敵敌 數数 ",
    "斂敛 斷断 於于 時时 暈晕 暢畅 暫暂 曆历 曉晓 書书 會会 東东 桿杆 條条 棄弃 棟栋 ",
    "楊杨 業业 極极 榮荣 構构 槍枪 樁桩 樂乐 樓楼 標标 樞枢 樣样 樹树 橋桥 機机 橫横 ",
    "檔档 檢检 檯台 櫃柜 櫥橱 欄栏 權权 歐欧 歡欢 歲岁 歴历 歷历 歸归 殘残 殺杀 氣气 ",
    "氫氢 汙污 汚污 決决 沒没 沖冲 況况 淨净 減减 測测 渾浑 準准 溝沟 溫温 溼湿 滅灭 ",
    "滬沪 滯滞 漁渔 漢汉 漲涨 漸渐 漿浆 潔洁 潛潜 潤润 澤泽 濃浓 濕湿 濟济 濱滨 瀋沈 ",
    "瀏浏 灣湾 災灾 為为 無无 煙烟 煥焕 熱热 燈灯 燒烧 營营 爐炉 爭争 爲为 爾尔 牆墙 ",
    "牽牵 犧牺 狀状 猶犹 獄狱 獎奖 獨独 獲获 獸兽 獻献 現现 琺珐 環环 產产 産产 甦苏 ",
    "畝亩 畢毕 畫画 異异 當当 疇畴 疊叠 療疗 癒愈 發发 盞盏 盡尽 監监 盤盘 盧卢 睏困 ",
    "睜睁 確确 碼码 礎础 礙碍 礦矿 禍祸 禮礼 稅税 種种 稱称 穀谷 積积 穩稳 穫获 窪洼 ",
    "窮穷 竊窃 競竞 筆笔 箇个 節节 範范 築筑 簡简 簽签 籃篮 籌筹 籤签 糧粮 糰团 紀纪 ",
    "約约 紅红 納纳 純纯 級级 紡纺 細细 紹绍 組组 結结 絕绝 絡络 給给 絨绒 統统 經经 ",
    "綜综 綠绿 綫线 維维 網网 綵彩 緊紧 緑绿 線线 編编 練练 緻致 縣县 縮缩 縱纵 總总 ",
    "績绩 織织 繙翻 繞绕 繫系 繳缴 續续 纍累 纔才 罰罚 羅罗 羣群 義义 習习 聖圣 聞闻 ",
    "聯联 聲声 職职 肅肃 脅胁 腎肾 腦脑 腳脚 膚肤 臉脸 臘腊 臨临 臺台 與与 興兴 舉举 ",
    "舊旧 舖铺 艦舰 艱艰 莊庄 華华 萬万 葉叶 蓆席 蓋盖 蔘参 薦荐 藍蓝 藝艺 藥药 蘇苏 ",
    "蘭兰 處处 號号 虧亏 蝦虾 術术 衛卫 衝冲 衞卫 裏里 補补 裝装 裡里 製制 複复 覈核 ",
    "見见 規规 視视 親亲 覺觉 覽览 觀观 觸触 訂订 計计 訊讯 訓训 託托 記记 訪访 設设 ",
    "許许 証证 評评 詞词 詢询 試试 話话 該该 詳详 誇夸 認认 誕诞 誠诚 說说 説说 誰谁 ",
    "課课 調调 談谈 請请 論论 諮咨 諾诺 謀谋 講讲 謝谢 證证 識识 譜谱 議议 護护 讀读 ",
    "變变 讓让 讚赞 豬猪 貓猫 負负 財财 貢贡 貧贫 貨货 貫贯 責责 貳贰 貴贵 買买 貸贷 ",
    "費费 貼贴 貿贸 賀贺 資资 賓宾 賠赔 賣卖 質质 賬账 賴赖 賺赚 購购 賽赛 贈赠 贊赞 ",
    "贛赣 趕赶 趙赵 趨趋 踐践 踰逾 躍跃 車车 軌轨 軍军 軟软 較较 載载 輔辅 輕轻 輛辆 ",
    "輪轮 輯辑 輸输 轄辖 轉转 辦办 農农 這这 連连 週周 進进 遊游 運运 過过 達达 違违 ",
    "遞递 遠远 適适 遲迟 遷迁 選选 遺遗 遼辽 邁迈 還还 邊边 郵邮 鄉乡 鄭郑 鄰邻 醫医 ",
    "釀酿 釋释 釐厘 針针 釣钓 鈔钞 銀银 銅铜 銖铢 銳锐 銷销 鋁铝 鋪铺 鋰锂 鋼钢 錄录 ",
    "錢钱 錦锦 錫锡 錯错 錶表 鍋锅 鍾钟 鎊镑 鎖锁 鎭镇 鎮镇 鏈链 鐘钟 鐵铁 長长 門门 ",
    "閃闪 閉闭 開开 閏闰 閑闲 閒闲 間间 閘闸 閣阁 閥阀 閩闽 閱阅 閲阅 闆板 闊阔 關关 ",
    "陝陕 陣阵 陰阴 陳陈 陸陆 陽阳 隊队 階阶 際际 隣邻 隨随 險险 隱隐 隸隶 隻只 雖虽 ",
    "雙双 雜杂 雞鸡 離离 難难 雲云 電电 霧雾 靈灵 靜静 鞦秋 韆千 韓韩 響响 頁页 頂顶 ",
    "頃顷 項项 順顺 須须 預预 頒颁 頓顿 頗颇 領领 頭头 頸颈 頻频 顆颗 題题 額额 顏颜 ",
    "類类 顧顾 顯显 風风 颱台 飄飘 飛飞 飯饭 飲饮 飾饰 養养 餘余 館馆 馬马 駐驻 駛驶 ",
    "騰腾 驅驱 驗验 驚惊 體体 髮发 鬆松 鬥斗 鬪斗 魚鱼 鳥鸟 鷄鸡 麗丽 麥麦 麵面 黃黄 ",
    "點点 黨党 鼕冬 齊齐 齒齿 齡龄 齣出 龍龙 龜龟 ",
];

/// The pairs of [`PAIRS`], sorted by the traditional character.
static TABLE: LazyLock<Vec<(char, char)>> = LazyLock::new(|| {
    PAIRS
        .iter()
        .flat_map(|row| row.split_whitespace())
        .filter_map(|p| {
            let mut cs = p.chars();
            Some((cs.next()?, cs.next()?))
        })
        .collect()
});

/// Every character [`simplified`] changes: a bitmap over the BMP answers
/// "no" for most characters at once.
static CANDIDATES: LazyLock<CharSet> = LazyLock::new(|| {
    let traditional: String = TABLE.iter().map(|p| p.0).collect();
    CharSet::new(&traditional)
});

/// `s` with its traditional characters simplified (borrowed when there are
/// none).
pub(crate) fn simplify_str(s: &str) -> Cow<'_, str> {
    if has_traditional(s) {
        let mut out = String::with_capacity(s.len());
        push_simplified(&mut out, s);
        Cow::Owned(out)
    } else {
        Cow::Borrowed(s)
    }
}

/// The first traditional character of `s` at or after byte `from`: its byte
/// offset, its length and its simplified form.
fn next_traditional(s: &str, from: usize) -> Option<(usize, usize, char)> {
    let k = CANDIDATES.find(s, from)?;
    let c = s[k..].chars().next()?;
    Some((k, c.len_utf8(), simplified(c)?))
}

/// Whether `s` holds a traditional character of the table.
pub(crate) fn has_traditional(s: &str) -> bool {
    next_traditional(s, 0).is_some()
}

/// Appends `s` to `out` with its traditional characters simplified; the
/// runs between them are copied whole. Returns how many of the characters
/// simplified are common ones that tell the script ([`SCRIPT_PAIRS`]).
pub(crate) fn push_simplified(out: &mut String, s: &str) -> usize {
    let mut run = 0;
    let mut telling = 0;
    while let Some((k, len, simple)) = next_traditional(s, run) {
        out.push_str(&s[run..k]);
        if simple == '〇' && !zero_circle(s, k, len) {
            out.push('○');
            run = k + len;
            continue;
        }
        out.push(simple);
        telling += usize::from(s[k..].starts_with(|c| SCRIPT_TRADITIONAL.contains(c)));
        run = k + len;
    }
    out.push_str(&s[run..]);
    telling
}

/// Whether the ○ at `s[k..k + len]` is a zero: a Chinese digit (or another
/// ○) stands before it, and a digit or a date unit after it (二○二五年,
/// 一九九○年). A ○ used as a mark (○ 重点项目, 某○○公司) stays.
fn zero_circle(s: &str, k: usize, len: usize) -> bool {
    let digit = |c: char| crate::scan::one_of!("〇零一二三四五六七八九○", c);
    s[..k].chars().next_back().is_some_and(digit)
        && s[k + len..]
            .chars()
            .next()
            .is_some_and(|c| digit(c) || crate::scan::one_of!("年月日号", c))
}

/// Common characters written differently in the two scripts, the
/// traditional form then the simplified one: how often each form occurs
/// tells which script a document is written in (every traditional form is
/// in the table, checked by a test).
pub(crate) const SCRIPT_PAIRS: &[(char, char)] = &[
    ('億', '亿'),
    ('萬', '万'),
    ('會', '会'),
    ('經', '经'),
    ('發', '发'),
    ('這', '这'),
    ('們', '们'),
    ('國', '国'),
    ('為', '为'),
    ('與', '与'),
    ('說', '说'),
    ('對', '对'),
    ('時', '时'),
    ('開', '开'),
    ('實', '实'),
    ('現', '现'),
    ('區', '区'),
    ('後', '后'),
    ('來', '来'),
    ('過', '过'),
    ('還', '还'),
    ('長', '长'),
    ('間', '间'),
    ('關', '关'),
    ('業', '业'),
];

/// The traditional and the simplified characters of [`SCRIPT_PAIRS`].
static SCRIPT_TRADITIONAL: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new(&SCRIPT_PAIRS.iter().map(|p| p.0).collect::<String>()));
pub(crate) static SCRIPT_SIMPLIFIED: LazyLock<CharSet> =
    LazyLock::new(|| CharSet::new(&SCRIPT_PAIRS.iter().map(|p| p.1).collect::<String>()));

/// The simplified form of traditional character `c`, if the table has it.
fn simplified(c: char) -> Option<char> {
    let i = TABLE.binary_search_by_key(&c, |p| p.0).ok()?;
    Some(TABLE[i].1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn table_is_sorted_unique_and_keeps_lengths() {
        for p in PAIRS.iter().flat_map(|row| row.split_whitespace()) {
            assert_eq!(p.chars().count(), 2, "{p:?}");
        }
        for w in TABLE.windows(2) {
            assert!(w[0].0 < w[1].0, "{w:?}");
        }
        for &(t, s) in TABLE.iter() {
            assert_ne!(t, s);
            assert_eq!(t.len_utf8(), s.len_utf8(), "{t}{s}");
            // A simplified form is never itself mapped again.
            assert!(simplified(s).is_none(), "{t}{s}");
        }
    }

    /// The characters that tell the script are simplified by the table to
    /// their pair (so counting them as they are simplified counts them all).
    #[test]
    fn script_pairs_are_in_the_table() {
        for &(t, s) in super::SCRIPT_PAIRS {
            assert_eq!(simplified(t), Some(s), "{t}{s}");
        }
        let mut out = String::new();
        // 爲 is simplified to 为 but is not one of the pairs.
        assert_eq!(push_simplified(&mut out, "億萬元，總投資爲的億"), 3);
        assert_eq!(out, "亿万元，总投资为的亿");
    }

    #[test]
    fn words_of_projects_and_cues_map() {
        for (t, s) in [
            ("屯門至赤鱲角連接路", "屯门至赤鱲角连接路"),
            ("總投資12億元，簽約項目8個", "总投资12亿元，签约项目8个"),
            ("動土典禮", "动土典礼"),
            ("園區廠房竣工", "园区厂房竣工"),
            ("新臺幣三百圓", "新台币三百元"),
        ] {
            assert_eq!(simplify_str(t), s);
        }
        // Characters simplified text uses as they are stay.
        assert_eq!(simplify_str("乾隆年间著名的"), "乾隆年间著名的");
        assert!(matches!(simplify_str("总投资12亿元"), Cow::Borrowed(_)));
    }
}
