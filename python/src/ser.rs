//! A serde serializer that hands each field of a fact (a map of scalars
//! and lists of ids) to [`Columns::put`] by name.

use std::fmt;

use serde::ser::{self, Impossible, Serialize};

use crate::columns::Columns;

/// One field value as serde hands it over; `Ints` is a list of integers
/// collected in the sink's buffer.
#[derive(Debug)]
pub enum Cell<'a> {
    Null,
    Bool(bool),
    Int(i64),
    Str(&'a str),
    Ints,
}

/// A serialisation error (a value of a shape no column takes).
#[derive(Debug)]
pub struct Error(String);

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for Error {}

impl ser::Error for Error {
    fn custom<T: fmt::Display>(msg: T) -> Error {
        Error(msg.to_string())
    }
}

fn unsupported<T>(what: &str) -> Result<T, Error> {
    Err(Error(format!(
        "a fact field is a {what}, which no column takes"
    )))
}

/// Where the sink is in a fact.
#[derive(Clone, Copy, PartialEq)]
enum Mode {
    /// At the fact itself (a map).
    Top,
    /// At a field name.
    Key,
    /// At a field value.
    Value,
    /// At an element of a list value.
    Element,
}

/// Receives a fact (a map) and puts its fields into the columns.
pub struct RowSink<'c> {
    cols: &'c mut Columns,
    mode: Mode,
    key: String,
    ints: Vec<i64>,
    /// Reused for values serde formats (decimals, dates): no allocation each.
    text: String,
}

impl<'c> RowSink<'c> {
    pub fn new(cols: &'c mut Columns) -> RowSink<'c> {
        RowSink {
            cols,
            mode: Mode::Top,
            key: String::new(),
            ints: Vec::new(),
            text: String::new(),
        }
    }

    fn put(&mut self, cell: Cell<'_>) -> Result<(), Error> {
        match (self.mode, cell) {
            (Mode::Key, Cell::Str(s)) => {
                self.key.clear();
                self.key.push_str(s);
                Ok(())
            }
            (Mode::Value, cell) => self.cols.put(&self.key, &cell, &self.ints).map_err(Error),
            (Mode::Element, Cell::Int(i)) => {
                self.ints.push(i);
                Ok(())
            }
            (_, cell) => Err(Error(format!("unexpected {cell:?} in a fact"))),
        }
    }

    /// Serialises `v` in `mode`, then returns to the mode it was in.
    fn nested<T: ?Sized + Serialize>(&mut self, mode: Mode, v: &T) -> Result<(), Error> {
        let was = std::mem::replace(&mut self.mode, mode);
        let r = v.serialize(Value(self));
        self.mode = was;
        r
    }
}

/// The serializer of a fact, a field name, a field value or a list element,
/// as the sink's mode says.
pub struct Value<'s, 'c>(pub &'s mut RowSink<'c>);

macro_rules! ints {
    ($($m:ident: $t:ty),*) => {$(
        fn $m(self, v: $t) -> Result<(), Error> {
            let v = i64::try_from(v).map_err(|e| Error(e.to_string()))?;
            self.0.put(Cell::Int(v))
        }
    )*};
}

impl<'s, 'c> ser::Serializer for Value<'s, 'c> {
    type Ok = ();
    type Error = Error;
    type SerializeSeq = Self;
    type SerializeTuple = Self;
    type SerializeTupleStruct = Impossible<(), Error>;
    type SerializeTupleVariant = Impossible<(), Error>;
    type SerializeMap = Self;
    type SerializeStruct = Self;
    type SerializeStructVariant = Impossible<(), Error>;

    ints!(serialize_i8: i8, serialize_i16: i16, serialize_i32: i32, serialize_i64: i64,
          serialize_u8: u8, serialize_u16: u16, serialize_u32: u32, serialize_u64: u64);

    fn serialize_bool(self, v: bool) -> Result<(), Error> {
        self.0.put(Cell::Bool(v))
    }
    fn serialize_f32(self, _: f32) -> Result<(), Error> {
        unsupported("float")
    }
    fn serialize_f64(self, _: f64) -> Result<(), Error> {
        unsupported("float")
    }
    fn serialize_char(self, v: char) -> Result<(), Error> {
        self.serialize_str(v.encode_utf8(&mut [0; 4]))
    }
    fn serialize_str(self, v: &str) -> Result<(), Error> {
        self.0.put(Cell::Str(v))
    }
    fn collect_str<T: ?Sized + fmt::Display>(self, v: &T) -> Result<(), Error> {
        use std::fmt::Write;
        let mut text = std::mem::take(&mut self.0.text);
        text.clear();
        let r = write!(text, "{v}")
            .map_err(|e| Error(e.to_string()))
            .and_then(|()| self.0.put(Cell::Str(&text)));
        self.0.text = text;
        r
    }
    fn serialize_bytes(self, _: &[u8]) -> Result<(), Error> {
        unsupported("byte string")
    }
    fn serialize_none(self) -> Result<(), Error> {
        self.0.put(Cell::Null)
    }
    fn serialize_some<T: ?Sized + Serialize>(self, v: &T) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_unit(self) -> Result<(), Error> {
        self.0.put(Cell::Null)
    }
    fn serialize_unit_struct(self, _: &'static str) -> Result<(), Error> {
        self.0.put(Cell::Null)
    }
    fn serialize_unit_variant(
        self,
        _: &'static str,
        _: u32,
        variant: &'static str,
    ) -> Result<(), Error> {
        self.0.put(Cell::Str(variant))
    }
    fn serialize_newtype_struct<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        v.serialize(self)
    }
    fn serialize_newtype_variant<T: ?Sized + Serialize>(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: &T,
    ) -> Result<(), Error> {
        unsupported("enum with data")
    }
    fn serialize_seq(self, _: Option<usize>) -> Result<Self, Error> {
        if self.0.mode != Mode::Value {
            return unsupported("nested list");
        }
        self.0.ints.clear();
        Ok(self)
    }
    fn serialize_tuple(self, len: usize) -> Result<Self, Error> {
        self.serialize_seq(Some(len))
    }
    fn serialize_tuple_struct(
        self,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleStruct, Error> {
        unsupported("tuple struct")
    }
    fn serialize_tuple_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeTupleVariant, Error> {
        unsupported("tuple variant")
    }
    fn serialize_map(self, _: Option<usize>) -> Result<Self, Error> {
        if self.0.mode != Mode::Top {
            return unsupported("nested map");
        }
        Ok(self)
    }
    fn serialize_struct(self, _: &'static str, len: usize) -> Result<Self, Error> {
        self.serialize_map(Some(len))
    }
    fn serialize_struct_variant(
        self,
        _: &'static str,
        _: u32,
        _: &'static str,
        _: usize,
    ) -> Result<Self::SerializeStructVariant, Error> {
        unsupported("struct variant")
    }
}

impl ser::SerializeSeq for Value<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.0.nested(Mode::Element, v)
    }
    fn end(self) -> Result<(), Error> {
        self.0.put(Cell::Ints)
    }
}

impl ser::SerializeTuple for Value<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_element<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        ser::SerializeSeq::serialize_element(self, v)
    }
    fn end(self) -> Result<(), Error> {
        ser::SerializeSeq::end(self)
    }
}

impl ser::SerializeMap for Value<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_key<T: ?Sized + Serialize>(&mut self, key: &T) -> Result<(), Error> {
        self.0.nested(Mode::Key, key)
    }
    fn serialize_value<T: ?Sized + Serialize>(&mut self, v: &T) -> Result<(), Error> {
        self.0.nested(Mode::Value, v)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}

impl ser::SerializeStruct for Value<'_, '_> {
    type Ok = ();
    type Error = Error;
    fn serialize_field<T: ?Sized + Serialize>(
        &mut self,
        name: &'static str,
        v: &T,
    ) -> Result<(), Error> {
        self.0.nested(Mode::Key, name)?;
        self.0.nested(Mode::Value, v)
    }
    fn end(self) -> Result<(), Error> {
        Ok(())
    }
}
