//! The library's error type.

use std::fmt;

use crate::encoding::Encoding;

/// An error from zhfacts: only at the I/O boundary and for bad options.
///
/// Odd numerals, overflowing numbers or unmatched clauses are never errors:
/// they are simply not facts.
///
/// ```
/// use zhfacts::{Document, ErrorKind};
/// let err = Document::from_bytes(b"ok\xff").unwrap_err();
/// assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 2 });
/// assert_eq!(err.to_string(), "input is not valid UTF-8 at byte offset 2");
/// ```
#[derive(Clone, PartialEq, Eq, thiserror::Error)]
#[error("{kind}")]
pub struct Error {
    kind: ErrorKind,
}

impl Error {
    pub(crate) fn new(kind: ErrorKind) -> Error {
        Error { kind }
    }

    /// What went wrong.
    pub fn kind(&self) -> &ErrorKind {
        &self.kind
    }
}

impl fmt::Debug for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Error({:?})", self.kind)
    }
}

/// The kinds of [`Error`].
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[non_exhaustive]
pub enum ErrorKind {
    /// The input bytes are not UTF-8; `offset` is the first bad byte.
    #[error("input is not valid UTF-8 at byte offset {offset}")]
    InvalidUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
    },
    /// The input bytes are not UTF-8 ([`Encoding::decode`] with
    /// [`Encoding::Utf8`]); `likely` is the encoding they seem to be in
    /// ([`Encoding::sniff`]), named in the message with the flag to use.
    #[error("input is not valid UTF-8 at byte offset {offset}{}", hint(*.likely))]
    NotUtf8 {
        /// Byte offset of the first invalid byte.
        offset: usize,
        /// The encoding the bytes most likely have, if any.
        likely: Option<Encoding>,
    },
    /// The input bytes are not valid in the encoding they were said to have.
    #[error("input is not valid {encoding} at byte offset {offset}")]
    Malformed {
        /// The encoding given.
        encoding: Encoding,
        /// Byte offset of the first malformed sequence.
        offset: usize,
    },
    /// An encoding name that is not one of [`Encoding::name`].
    #[error("unknown encoding {input:?}: expected utf-8, gbk, gb18030, big5, utf-16le or utf-16be")]
    UnknownEncoding {
        /// What was given.
        input: String,
    },
    /// A reference date string is not `YYYY-MM-DD`.
    #[error("invalid reference date {input:?}: expected YYYY-MM-DD")]
    InvalidReferenceDate {
        /// What was given.
        input: String,
    },
}

/// `; it looks like gbk (use --encoding gbk)`, or nothing.
fn hint(likely: Option<Encoding>) -> String {
    match likely {
        Some(e) => format!("; it looks like {e} (use --encoding {e})"),
        None => String::new(),
    }
}
