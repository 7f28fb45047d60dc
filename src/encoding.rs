//! Text encodings other than UTF-8: GBK/GB18030, Big5 and UTF-16, decoded
//! to UTF-8 through `encoding_rs` before a [`Document`] reads them.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use crate::document::Document;
use crate::error::{Error, ErrorKind};

/// The encoding of an input's bytes.
///
/// A [`Document`] borrows UTF-8 text, so input in another encoding is first
/// decoded to a `String` ([`Encoding::decode`]) that the document then
/// borrows; spans index that UTF-8 text, not the original bytes.
/// Malformed bytes are an error ([`ErrorKind::Malformed`]), never replaced
/// by U+FFFD: a wrong character could become a wrong fact.
///
/// ```
/// use zhfacts::{Document, Encoding, Extractor};
/// // 总投资49.72亿元 in GBK.
/// let gbk = b"\xd7\xdc\xcd\xb6\xd7\xca49.72\xd2\xda\xd4\xaa";
/// let text = Encoding::Gbk.decode(gbk)?;
/// let facts = Extractor::new().extract(&Document::parse(&text));
/// assert_eq!(facts[0].text, "49.72亿元");
/// assert_eq!(&text[facts[0].span], "49.72亿元");
/// # Ok::<(), zhfacts::Error>(())
/// ```
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[non_exhaustive]
pub enum Encoding {
    /// UTF-8 (strict; a leading BOM is kept and skipped by the document).
    Utf8,
    /// GBK (read as GB18030, its superset, as the WHATWG standard does).
    Gbk,
    /// GB18030.
    Gb18030,
    /// Big5 (with the HKSCS extensions of the WHATWG standard).
    Big5,
    /// UTF-16, little-endian (a leading BOM is dropped).
    Utf16Le,
    /// UTF-16, big-endian (a leading BOM is dropped).
    Utf16Be,
}

impl Encoding {
    /// Every encoding, in the order of [`Encoding::name`]s listed in errors.
    pub const ALL: [Encoding; 6] = [
        Encoding::Utf8,
        Encoding::Gbk,
        Encoding::Gb18030,
        Encoding::Big5,
        Encoding::Utf16Le,
        Encoding::Utf16Be,
    ];

    /// The lower-case name: `utf-8`, `gbk`, `gb18030`, `big5`, `utf-16le`,
    /// `utf-16be` (what [`Encoding::from_str`] reads and the CLI prints).
    pub const fn name(self) -> &'static str {
        match self {
            Encoding::Utf8 => "utf-8",
            Encoding::Gbk => "gbk",
            Encoding::Gb18030 => "gb18030",
            Encoding::Big5 => "big5",
            Encoding::Utf16Le => "utf-16le",
            Encoding::Utf16Be => "utf-16be",
        }
    }

    fn codec(self) -> &'static encoding_rs::Encoding {
        match self {
            Encoding::Utf8 => encoding_rs::UTF_8,
            Encoding::Gbk => encoding_rs::GBK,
            Encoding::Gb18030 => encoding_rs::GB18030,
            Encoding::Big5 => encoding_rs::BIG5,
            Encoding::Utf16Le => encoding_rs::UTF_16LE,
            Encoding::Utf16Be => encoding_rs::UTF_16BE,
        }
    }

    /// Decodes `bytes` to UTF-8 text: borrowed when the input is UTF-8.
    ///
    /// # Errors
    ///
    /// - for [`Encoding::Utf8`], [`ErrorKind::NotUtf8`] with the offset of
    ///   the first bad byte and, when the bytes look like another encoding
    ///   (a UTF-16 BOM, or bytes that decode cleanly as GBK or Big5), that
    ///   encoding as a hint;
    /// - for the others, [`ErrorKind::Malformed`] with the offset of the
    ///   first byte that is not valid in that encoding.
    ///
    /// ```
    /// use zhfacts::{Encoding, ErrorKind};
    /// assert_eq!(Encoding::Big5.decode(b"\xa4\xe9 ok")?, "日 ok");
    /// let err = Encoding::Utf8.decode(b"\xd7\xdc\xcd\xb6\xd7\xca").unwrap_err();
    /// assert_eq!(
    ///     err.kind(),
    ///     &ErrorKind::NotUtf8 { offset: 0, likely: Some(Encoding::Gbk) }
    /// );
    /// assert_eq!(
    ///     err.to_string(),
    ///     "input is not valid UTF-8 at byte offset 0; it looks like gbk (use --encoding gbk)"
    /// );
    /// # Ok::<(), zhfacts::Error>(())
    /// ```
    pub fn decode(self, bytes: &[u8]) -> Result<Cow<'_, str>, Error> {
        if self == Encoding::Utf8 {
            return match std::str::from_utf8(bytes) {
                Ok(s) => Ok(Cow::Borrowed(s)),
                Err(e) => Err(not_utf8(bytes, e.valid_up_to())),
            };
        }
        let bytes = match self {
            Encoding::Utf16Le => bytes.strip_prefix(b"\xff\xfe").unwrap_or(bytes),
            Encoding::Utf16Be => bytes.strip_prefix(b"\xfe\xff").unwrap_or(bytes),
            _ => bytes,
        };
        decode_strict(self, bytes, true).map(Cow::Owned)
    }

    /// The encoding `bytes` that are not UTF-8 most likely have: UTF-16 by
    /// its BOM, else GBK or Big5 when the bytes decode cleanly in it (when
    /// both do, the one whose text has more common characters), else none.
    ///
    /// ```
    /// use zhfacts::Encoding;
    /// assert_eq!(Encoding::sniff(b"\xff\xfe\x3b\x60"), Some(Encoding::Utf16Le));
    /// assert_eq!(Encoding::sniff(b"\xa4\xe9\xb4\xc1"), Some(Encoding::Big5));
    /// assert_eq!(Encoding::sniff(b"\xff\xff"), None);
    /// ```
    pub fn sniff(bytes: &[u8]) -> Option<Encoding> {
        if bytes.starts_with(b"\xff\xfe") {
            return Some(Encoding::Utf16Le);
        }
        if bytes.starts_with(b"\xfe\xff") {
            return Some(Encoding::Utf16Be);
        }
        // A bounded sample: the guess needs no more, and stays linear; a
        // character cut at its end is not an error (`last` is false).
        let sample = &bytes[..bytes.len().min(64 << 10)];
        let last = sample.len() == bytes.len();
        let score = |e: Encoding| decode_strict(e, sample, last).ok().map(|t| common(&t));
        match (score(Encoding::Gbk), score(Encoding::Big5)) {
            (Some(g), Some(b)) if b > g => Some(Encoding::Big5),
            (Some(_), _) => Some(Encoding::Gbk),
            (None, Some(_)) => Some(Encoding::Big5),
            (None, None) => None,
        }
    }
}

impl fmt::Display for Encoding {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.name())
    }
}

impl FromStr for Encoding {
    type Err = Error;

    /// Reads a name of [`Encoding::name`], case-insensitively (`utf8`,
    /// `utf16le`, `utf16be` without the hyphen too).
    ///
    /// ```
    /// use zhfacts::Encoding;
    /// assert_eq!("GBK".parse::<Encoding>()?, Encoding::Gbk);
    /// assert!("latin1".parse::<Encoding>().is_err());
    /// # Ok::<(), zhfacts::Error>(())
    /// ```
    fn from_str(s: &str) -> Result<Encoding, Error> {
        let lower = s.trim().to_ascii_lowercase();
        let name = match lower.as_str() {
            "utf8" => "utf-8",
            "utf16le" => "utf-16le",
            "utf16be" => "utf-16be",
            other => other,
        };
        Encoding::ALL
            .into_iter()
            .find(|e| e.name() == name)
            .ok_or_else(|| {
                Error::new(ErrorKind::UnknownEncoding {
                    input: s.to_string(),
                })
            })
    }
}

impl<'a> Document<'a> {
    /// Decodes `bytes` from `encoding` into `buf` (cleared first) and reads
    /// the document from it. The document borrows `buf`, so its spans index
    /// the decoded UTF-8 text, which [`Document::input`] returns.
    ///
    /// # Errors
    ///
    /// Those of [`Encoding::decode`].
    ///
    /// ```
    /// use zhfacts::{Document, Encoding, Extractor};
    /// let utf16: Vec<u8> = "签约项目16个".encode_utf16().flat_map(u16::to_le_bytes).collect();
    /// let mut text = String::new();
    /// let doc = Document::from_bytes_with_encoding(&utf16, Encoding::Utf16Le, &mut text)?;
    /// let facts = Extractor::new().extract(&doc);
    /// assert_eq!(&doc.input()[facts[0].span], "16个");
    /// # Ok::<(), zhfacts::Error>(())
    /// ```
    pub fn from_bytes_with_encoding(
        bytes: &[u8],
        encoding: Encoding,
        buf: &'a mut String,
    ) -> Result<Document<'a>, Error> {
        let text = encoding.decode(bytes)?;
        buf.clear();
        buf.push_str(&text);
        Ok(Document::parse(buf))
    }
}

/// The strict UTF-8 error, with the encoding the bytes most likely have.
fn not_utf8(bytes: &[u8], offset: usize) -> Error {
    Error::new(ErrorKind::NotUtf8 {
        offset,
        likely: Encoding::sniff(bytes),
    })
}

/// Decodes without replacement: the first malformed sequence is an error
/// naming its byte offset. With `last` false, a sequence cut at the end of
/// `bytes` is left undecoded rather than an error.
fn decode_strict(encoding: Encoding, bytes: &[u8], last: bool) -> Result<String, Error> {
    use encoding_rs::DecoderResult;
    let mut decoder = encoding.codec().new_decoder_without_bom_handling();
    let cap = decoder
        .max_utf8_buffer_length_without_replacement(bytes.len())
        .unwrap_or(bytes.len().saturating_mul(3));
    let mut out = String::with_capacity(cap);
    let (result, read) = decoder.decode_to_string_without_replacement(bytes, &mut out, last);
    match result {
        DecoderResult::InputEmpty => Ok(out),
        DecoderResult::Malformed(bad, unread) => {
            // `read` is past the bad sequence and the bytes read after it.
            let offset = read.saturating_sub(bad as usize + unread as usize);
            Err(Error::new(ErrorKind::Malformed { encoding, offset }))
        }
        // The buffer is sized for the worst case; never reached.
        DecoderResult::OutputFull => Err(Error::new(ErrorKind::Malformed {
            encoding,
            offset: read,
        })),
    }
}

/// How many characters of `text` are among the most common of Chinese
/// economic prose, in either script: a decoding in the wrong encoding gives
/// rare characters.
fn common(text: &str) -> usize {
    const COMMON: &str = "的一是在了不和有大中人上年月日元个家项为國国这這业業发發展经經济濟投资資亿億万萬企目区區市县縣省建设設产產新工作总總计計";
    text.chars().filter(|&c| COMMON.contains(c)).count()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn malformed_bytes_name_their_offset() {
        // 总 then a lead byte with an invalid trail.
        let err = Encoding::Gbk.decode(b"\xd7\xdcab\x81\x20").unwrap_err();
        assert_eq!(
            err.kind(),
            &ErrorKind::Malformed {
                encoding: Encoding::Gbk,
                offset: 4
            }
        );
        let err = Encoding::Utf16Le.decode(b"\x3b\x60\x00").unwrap_err();
        assert!(err.to_string().contains("utf-16le"), "{err}");
    }

    #[test]
    fn gbk_and_big5_are_told_apart() {
        let text = "今年以来，全市共签约项目16个，总投资49.72亿元。";
        let (gbk, _, bad) = encoding_rs::GBK.encode(text);
        assert!(!bad);
        assert_eq!(Encoding::sniff(&gbk), Some(Encoding::Gbk));
        let trad = "今年以來，全市共簽約項目16個，總投資49.72億元。";
        let (big5, _, bad) = encoding_rs::BIG5.encode(trad);
        assert!(!bad);
        assert_eq!(Encoding::sniff(&big5), Some(Encoding::Big5));
        assert_eq!(Encoding::Big5.decode(&big5).unwrap(), trad);
    }

    #[test]
    fn utf16_boms_are_dropped_and_sniffed() {
        let be: Vec<u8> = "\u{feff}共计"
            .encode_utf16()
            .flat_map(u16::to_be_bytes)
            .collect();
        assert_eq!(Encoding::Utf16Be.decode(&be).unwrap(), "共计");
        assert_eq!(
            Encoding::Utf8.decode(&be).unwrap_err().kind(),
            &ErrorKind::NotUtf8 {
                offset: 0,
                likely: Some(Encoding::Utf16Be)
            }
        );
    }

    #[test]
    fn names_round_trip() {
        for e in Encoding::ALL {
            assert_eq!(e.name().parse::<Encoding>().unwrap(), e);
        }
    }
}
