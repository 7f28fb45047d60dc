//! The library's error type.

use std::fmt;

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
    /// A reference date string is not `YYYY-MM-DD`.
    #[error("invalid reference date {input:?}: expected YYYY-MM-DD")]
    InvalidReferenceDate {
        /// What was given.
        input: String,
    },
}
