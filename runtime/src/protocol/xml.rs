//! Shared XML machinery of the XML protocol family (query, ec2, rest-xml): a streaming
//! reader that fills [`Reflect`] by walking a [`Schema`] (botocore's `BaseXMLResponseParser`),
//! an XML writer for rest-xml bodies (`RestXMLSerializer`), error envelopes and the
//! scalar text conversions the three protocols share.
//!
//! Reading never builds a document tree: quick-xml yields events and the schema says
//! where each element goes. Elements the schema does not know are skipped.

use std::borrow::Cow;

use base64::Engine as _;
use quick_xml::events::attributes::Attributes;
use quick_xml::events::{BytesStart, Event};
use quick_xml::Reader;

use crate::data::{Reflect, Scalar, Struct, View};
use crate::error::{ErrorMeta, SdkError, SdkErrorKind};
use crate::operation::Operation;
use crate::schema::{flags, Kind, Location, Member, Schema, TimestampFormat, XmlNamespace};
use crate::types::DateTime;

/// How deep the reader may recurse (about three levels per nested structure or list)
/// before a response is rejected: recursive shapes must not overflow the stack.
const MAX_DEPTH: usize = 200;

pub(crate) fn parse_err(msg: impl Into<String>) -> SdkError {
    SdkError::new(SdkErrorKind::ResponseParse, msg)
}

pub(crate) fn ser_err(msg: impl Into<String>) -> SdkError {
    SdkError::new(SdkErrorKind::Serialization, msg)
}

/// Standard base64 of `bytes`.
pub(crate) fn b64(bytes: &[u8]) -> String {
    base64::engine::general_purpose::STANDARD.encode(bytes)
}

/// Decodes base64 text, ignoring whitespace (as botocore's `b64decode` does).
pub(crate) fn b64_decode(text: &str) -> Result<Vec<u8>, SdkError> {
    let compact: String = text.chars().filter(|c| !c.is_ascii_whitespace()).collect();
    base64::engine::general_purpose::STANDARD
        .decode(compact.as_bytes())
        .map_err(|e| parse_err(format!("invalid base64 blob: {e}")))
}

/// A float as Python's `str(float)` writes it (`1.0`, `0.1`, `1e+16`, `Infinity`, `NaN`).
pub(crate) fn fmt_float(v: f64) -> String {
    if v.is_nan() {
        return "NaN".into();
    }
    if v.is_infinite() {
        return if v > 0.0 { "Infinity" } else { "-Infinity" }.into();
    }
    let abs = v.abs();
    if abs != 0.0 && !(1e-4..1e16).contains(&abs) {
        // Python switches to exponent notation: 1e+16, 1.5e-05.
        let s = format!("{v:e}");
        return match s.split_once('e') {
            Some((m, e)) => {
                let (sign, digits) = match e.strip_prefix('-') {
                    Some(d) => ('-', d),
                    None => ('+', e),
                };
                format!("{m}e{sign}{digits:0>2}")
            }
            None => s,
        };
    }
    if v.fract() == 0.0 {
        format!("{v:.1}")
    } else {
        format!("{v}")
    }
}

/// A member's name in XML and query: its `locationName`, else its target's, else its name.
pub(crate) fn xml_name(m: &Member) -> &'static str {
    m.location_name.or(m.target.xml_name).unwrap_or(m.name)
}

/// A member's own name: its `locationName`, else its name (Smithy's rule; botocore
/// also falls back to the target shape's `locationName`, which the reader accepts too).
pub(crate) fn own_name(m: &Member) -> &'static str {
    m.location_name.unwrap_or(m.name)
}

/// The explicit `locationName` of a member or its target, if any.
pub(crate) fn explicit_name(m: &Member) -> Option<&'static str> {
    m.location_name.or(m.target.xml_name)
}

/// The namespace of a member (its own, else its target's).
fn member_namespace(m: &Member) -> Option<XmlNamespace> {
    m.xml_namespace.or(m.target.xml_namespace)
}

/// Text of a scalar value for query parameters and XML text, `None` for containers.
pub(crate) fn scalar_text(
    kind: Kind,
    ts: TimestampFormat,
    v: &View<'_>,
) -> Result<Option<String>, SdkError> {
    Ok(Some(match v {
        View::Absent => return Ok(None),
        View::Bool(b) => if *b { "true" } else { "false" }.to_string(),
        View::Int(i) => i.to_string(),
        // A 32-bit float is written as its shortest f32 decimal (1.2, not 1.2000000476837158).
        View::Float(f) if kind == Kind::Float && f.is_finite() => {
            fmt_float((*f as f32).to_string().parse::<f64>().unwrap_or(*f))
        }
        View::Float(f) => fmt_float(*f),
        View::Str(s) => (*s).to_string(),
        View::Blob(b) => b64(b),
        View::Time(t) => match ts {
            TimestampFormat::Iso8601 => t.fmt_iso8601(),
            TimestampFormat::Rfc822 => t.fmt_http_date(),
            TimestampFormat::UnixTimestamp => t.fmt_epoch(),
        },
        View::Stream(b) => match b.bytes() {
            Some(bytes) if kind == Kind::String => String::from_utf8_lossy(bytes).into_owned(),
            Some(bytes) => b64(bytes),
            None => return Err(ser_err("a streaming body cannot be serialized inline")),
        },
        View::Doc(_) => return Err(ser_err("documents are not supported by XML protocols")),
        View::Struct(_) | View::List(_) | View::Map(_) => return Ok(None),
    }))
}

/// Converts element text to the scalar the schema asks for; `None` leaves the field unset.
pub(crate) fn text_to_scalar(
    schema: &Schema,
    text: Cow<'_, str>,
) -> Result<Option<Scalar>, SdkError> {
    let t = text.trim();
    let bad = |what: &str| parse_err(format!("invalid {what} {t:?} for {}", schema.name));
    Ok(Some(match schema.kind {
        Kind::String => Scalar::Str(text.into_owned()),
        Kind::BigInteger | Kind::BigDecimal => Scalar::Str(t.to_string()),
        _ if t.is_empty() && schema.kind != Kind::Blob => return Ok(None),
        Kind::Boolean => Scalar::Bool(t == "true"),
        Kind::Byte | Kind::Short | Kind::Integer | Kind::Long => {
            Scalar::Int(t.parse::<i64>().map_err(|_| bad("integer"))?)
        }
        Kind::Float | Kind::Double => Scalar::Float(parse_float(t).ok_or_else(|| bad("number"))?),
        Kind::Blob => Scalar::Blob(b64_decode(t)?),
        Kind::Timestamp => Scalar::Time(DateTime::parse_any(t).map_err(|_| bad("timestamp"))?),
        Kind::Document | Kind::Structure | Kind::Union | Kind::List | Kind::Map => {
            return Err(parse_err(format!(
                "{} cannot be read from text",
                schema.name
            )))
        }
    }))
}

fn parse_float(t: &str) -> Option<f64> {
    match t {
        "NaN" => Some(f64::NAN),
        "Infinity" => Some(f64::INFINITY),
        "-Infinity" => Some(f64::NEG_INFINITY),
        _ => t.parse().ok(),
    }
}

fn set(target: &mut dyn Reflect, v: Scalar, what: &str) -> Result<(), SdkError> {
    target
        .assign(v)
        .map_err(|e| parse_err(format!("{what}: {e}")))
}

// ---------------------------------------------------------------------------------------
// Reading
// ---------------------------------------------------------------------------------------

/// An element start tag, borrowed from the document when possible: its local name
/// (namespace prefix removed) and, read on demand, its attributes.
#[derive(Clone, Debug)]
pub(crate) struct Tag<'a> {
    /// The tag's content between `<` and `>` (name and attributes).
    raw: Cow<'a, str>,
    /// Length of the qualified name in `raw`.
    qname_len: usize,
    /// Where the local name starts in `raw`.
    local_start: usize,
    /// `<a/>`: there is nothing to consume.
    pub empty: bool,
}

impl Tag<'_> {
    /// The local name (`Foo` of `<ns:Foo>`).
    pub(crate) fn name(&self) -> &str {
        self.raw.get(self.local_start..self.qname_len).unwrap_or("")
    }

    /// The value of attribute `name` (`xsi:type`): matched as written, else by its local
    /// part (namespace declarations excluded).
    pub(crate) fn attr(&self, name: &str) -> Result<Option<String>, SdkError> {
        let local = name.rsplit(':').next().unwrap_or(name);
        let mut by_local = None;
        for a in Attributes::new(&self.raw, self.qname_len) {
            let a = a.map_err(xml_err)?;
            let key = a.key.as_ref();
            if key == name.as_bytes() {
                return Ok(Some(a.unescape_value().map_err(xml_err)?.into_owned()));
            }
            if by_local.is_none()
                && !key.starts_with(b"xmlns")
                && key.rsplit(|c| *c == b':').next() == Some(local.as_bytes())
            {
                by_local = Some(a.unescape_value().map_err(xml_err)?.into_owned());
            }
        }
        Ok(by_local)
    }
}

/// A pull reader over one XML document.
pub(crate) struct XmlReader<'a> {
    r: Reader<&'a [u8]>,
    src: &'a [u8],
}

fn xml_err(e: impl std::fmt::Display) -> SdkError {
    parse_err(format!("invalid XML: {e}"))
}

impl XmlReader<'_> {
    /// [`xml_err`] at the reader's position.
    fn err_here(&self, e: impl std::fmt::Display) -> SdkError {
        xml_err(e).at_byte(self.position())
    }
}

impl<'a> XmlReader<'a> {
    pub(crate) fn new(body: &'a [u8]) -> XmlReader<'a> {
        XmlReader {
            r: Reader::from_reader(body),
            src: body,
        }
    }

    /// The byte offset of the reader in the document.
    fn position(&self) -> usize {
        usize::try_from(self.r.buffer_position()).unwrap_or(usize::MAX)
    }

    /// Builds a [`Tag`] from a start event just read, borrowing its bytes from the
    /// document (they end right before the `>` or `/>` the reader stopped after).
    fn tag(&self, e: &BytesStart<'_>, empty: bool) -> Result<Tag<'a>, SdkError> {
        let content: &[u8] = e;
        let end = self.position().saturating_sub(if empty { 2 } else { 1 });
        let raw: Cow<'a, str> = match end
            .checked_sub(content.len())
            .and_then(|start| self.src.get(start..end))
        {
            Some(b) if b == content => Cow::Borrowed(
                std::str::from_utf8(b).map_err(|_| parse_err("XML tag is not UTF-8"))?,
            ),
            _ => Cow::Owned(
                std::str::from_utf8(content)
                    .map_err(|_| parse_err("XML tag is not UTF-8"))?
                    .to_string(),
            ),
        };
        let qname_len = e.name().as_ref().len();
        let local_len = e.local_name().as_ref().len();
        Ok(Tag {
            raw,
            qname_len,
            local_start: qname_len - local_len.min(qname_len),
            empty,
        })
    }

    /// The document's root element, or `None` when the document has none (empty body).
    pub(crate) fn root(&mut self) -> Result<Option<Tag<'a>>, SdkError> {
        loop {
            match self.r.read_event().map_err(|e| self.err_here(e))? {
                Event::Start(e) => return Ok(Some(self.tag(&e, false)?)),
                Event::Empty(e) => return Ok(Some(self.tag(&e, true)?)),
                Event::Eof => return Ok(None),
                Event::End(_) => return Err(parse_err("invalid XML: unexpected end tag")),
                Event::Text(t) => {
                    let raw = t.into_inner();
                    if !raw.iter().all(u8::is_ascii_whitespace) {
                        return Err(parse_err("invalid XML: text outside the root element"));
                    }
                }
                _ => {}
            }
        }
    }

    /// The next child element of `parent`; `None` once its end tag was consumed.
    pub(crate) fn next_child(&mut self, parent: &Tag<'_>) -> Result<Option<Tag<'a>>, SdkError> {
        if parent.empty {
            return Ok(None);
        }
        loop {
            match self.r.read_event().map_err(|e| self.err_here(e))? {
                Event::Start(e) => return Ok(Some(self.tag(&e, false)?)),
                Event::Empty(e) => return Ok(Some(self.tag(&e, true)?)),
                Event::End(_) => return Ok(None),
                Event::Eof => return Err(parse_err("invalid XML: unexpected end of document")),
                _ => {}
            }
        }
    }

    /// Skips the rest of element `tag`.
    pub(crate) fn skip(&mut self, tag: &Tag<'_>) -> Result<(), SdkError> {
        if tag.empty {
            return Ok(());
        }
        let mut depth = 0usize;
        loop {
            match self.r.read_event().map_err(|e| self.err_here(e))? {
                Event::Start(_) => depth += 1,
                Event::End(_) => {
                    if depth == 0 {
                        return Ok(());
                    }
                    depth -= 1;
                }
                Event::Eof => return Err(parse_err("invalid XML: unexpected end of document")),
                _ => {}
            }
        }
    }

    /// The text of element `tag` (child elements are skipped), consuming it; borrowed
    /// from the document when it is one plain run of text.
    pub(crate) fn text(&mut self, tag: &Tag<'_>) -> Result<Cow<'a, str>, SdkError> {
        let mut out: Cow<'a, str> = Cow::Borrowed("");
        if tag.empty {
            return Ok(out);
        }
        fn append<'a>(out: &mut Cow<'a, str>, piece: Cow<'a, str>) {
            if out.is_empty() {
                *out = piece;
            } else {
                out.to_mut().push_str(&piece);
            }
        }
        let mut depth = 0usize;
        loop {
            match self.r.read_event().map_err(|e| self.err_here(e))? {
                Event::Text(t) if depth == 0 => {
                    append(&mut out, t.xml10_content().map_err(xml_err)?)
                }
                Event::CData(t) if depth == 0 => append(&mut out, t.decode().map_err(xml_err)?),
                Event::GeneralRef(r) if depth == 0 => {
                    if let Some(c) = r.resolve_char_ref().map_err(xml_err)? {
                        out.to_mut().push(c);
                    } else {
                        let name = r.decode().map_err(xml_err)?;
                        let v = quick_xml::escape::resolve_predefined_entity(&name).ok_or_else(
                            || parse_err(format!("invalid XML: unknown entity &{name};")),
                        )?;
                        out.to_mut().push_str(v);
                    }
                }
                Event::Start(_) => depth += 1,
                Event::End(_) => {
                    if depth == 0 {
                        return Ok(out);
                    }
                    depth -= 1;
                }
                Event::Eof => return Err(parse_err("invalid XML: unexpected end of document")),
                _ => {}
            }
        }
    }
}

/// The element name under which a structure member appears: a flattened list with a
/// named element appears under the element's name (botocore's `_member_key_name`).
/// Smithy names a flattened list's elements after the member instead; the reader
/// accepts both.
fn member_key(m: &Member) -> &'static str {
    if m.target.kind == Kind::List && m.flattened() {
        if let Some(n) = m.target.members.first().and_then(explicit_name) {
            return n;
        }
    }
    xml_name(m)
}

/// Whether a response member is read from the body: everything but headers and the
/// status code (botocore's `KNOWN_LOCATIONS`; a `uri` member of an output is body data).
pub(crate) fn read_from_body(m: &Member) -> bool {
    !matches!(
        m.location,
        Location::Header | Location::Headers | Location::StatusCode
    ) && !m.has(flags::EVENT_HEADER)
}

/// Fills structure `out` (of `schema`) from element `tag`, consuming it.
pub(crate) fn read_struct(
    rd: &mut XmlReader<'_>,
    tag: &Tag<'_>,
    schema: &'static Schema,
    out: &mut dyn Struct,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(parse_err("XML nests too deeply"));
    }
    for (i, m) in schema.members.iter().enumerate() {
        if read_from_body(m) && m.has(flags::XML_ATTRIBUTE) {
            if let Some(v) = tag.attr(xml_name(m))? {
                if let Some(s) = text_to_scalar(m.target, Cow::Owned(v))? {
                    if let Some(f) = out.field_mut(i) {
                        set(f, s, m.name)?;
                    }
                }
            }
        }
    }
    let body_member = |m: &Member| read_from_body(m) && !m.has(flags::XML_ATTRIBUTE);
    let mut known_set = false;
    while let Some(child) = rd.next_child(tag)? {
        let members = schema.members.iter().enumerate();
        let found = members
            .clone()
            .find(|(_, m)| body_member(m) && own_name(m) == child.name())
            .or_else(|| {
                members
                    .clone()
                    .find(|(_, m)| body_member(m) && member_key(m) == child.name())
            });
        match found.and_then(|(i, m)| Some((m, out.field_mut(i)?))) {
            Some((m, f)) => {
                read_member(rd, &child, m, f, depth + 1)
                    .map_err(|e| e.within(m.name).at_byte(rd.position()))?;
                known_set = true;
            }
            None => {
                // A union keeps a member it does not know, unless a known one is set.
                if schema.kind == Kind::Union && !known_set {
                    out.unknown_member(child.name());
                }
                rd.skip(&child)?;
            }
        }
    }
    Ok(())
}

/// Reads element `tag` as the value of member `m` into `f`.
fn read_member(
    rd: &mut XmlReader<'_>,
    tag: &Tag<'_>,
    m: &Member,
    f: &mut dyn Reflect,
    depth: usize,
) -> Result<(), SdkError> {
    match m.target.kind {
        Kind::List if m.flattened() => {
            let list = f
                .as_list()
                .ok_or_else(|| parse_err(format!("{} is not a list", m.name)))?;
            let elem = list_element(m.target)?;
            read_value(rd, tag, elem, list.push(), depth)
        }
        Kind::Map if m.flattened() => {
            let map = f
                .as_map()
                .ok_or_else(|| parse_err(format!("{} is not a map", m.name)))?;
            read_map_entry(rd, tag, m.target, map, depth)
        }
        _ => read_value(rd, tag, m, f, depth),
    }
}

fn list_element(list: &'static Schema) -> Result<&'static Member, SdkError> {
    list.members
        .first()
        .ok_or_else(|| parse_err(format!("list {} has no member", list.name)))
}

fn read_map_entry(
    rd: &mut XmlReader<'_>,
    entry: &Tag<'_>,
    map_schema: &'static Schema,
    map: &mut dyn crate::data::MapMut,
    depth: usize,
) -> Result<(), SdkError> {
    let (Some(km), Some(vm)) = (map_schema.members.first(), map_schema.members.get(1)) else {
        return Err(parse_err(format!(
            "map {} has no key/value",
            map_schema.name
        )));
    };
    let key_name = explicit_name(km).unwrap_or("key");
    let value_name = explicit_name(vm).unwrap_or("value");
    let mut key: Option<String> = None;
    // A value that comes before its key is skipped and re-read from its byte span once
    // the key is known (XML does not order an entry's children).
    let mut early: Option<(Tag<'_>, usize, usize)> = None;
    while let Some(child) = rd.next_child(entry)? {
        if child.name() == key_name && key.is_none() {
            key = Some(rd.text(&child)?.into_owned());
        } else if child.name() == value_name {
            match &key {
                Some(k) => {
                    let slot = map.entry(k.clone());
                    read_value(rd, &child, vm, slot, depth + 1)
                        .map_err(|e| e.within(k).at_byte(rd.position()))?;
                }
                None => {
                    let start = rd.position();
                    rd.skip(&child)?;
                    early = Some((child, start, rd.position()));
                }
            }
        } else {
            rd.skip(&child)?;
        }
    }
    if let Some((tag, start, end)) = early {
        let k = key.ok_or_else(|| {
            parse_err(format!(
                "map {} entry has a value but no key",
                map_schema.name
            ))
        })?;
        // The span ends with the value's end tag: give it a start tag to close.
        let span = rd
            .src
            .get(start..end)
            .ok_or_else(|| parse_err("invalid XML: element span out of range"))?;
        let doc = [b"<v>".as_slice(), span].concat();
        let mut sub = XmlReader::new(&doc);
        sub.r.config_mut().check_end_names = false;
        if sub.root()?.is_some() {
            read_value(&mut sub, &tag, vm, map.entry(k.clone()), depth + 1)
                .map_err(|e| e.within(&k).at_byte(start))?;
        }
    }
    Ok(())
}

/// Reads element `tag` as a value of member `m`'s target into `f` (non-flattened).
pub(crate) fn read_value(
    rd: &mut XmlReader<'_>,
    tag: &Tag<'_>,
    m: &Member,
    f: &mut dyn Reflect,
    depth: usize,
) -> Result<(), SdkError> {
    if depth > MAX_DEPTH {
        return Err(parse_err("XML nests too deeply"));
    }
    let target = m.target;
    match target.kind {
        Kind::Structure | Kind::Union => {
            let s = f
                .as_struct()
                .ok_or_else(|| parse_err(format!("{} is not a structure", m.name)))?;
            read_struct(rd, tag, target, s, depth + 1)
        }
        Kind::List => {
            let elem = list_element(target)?;
            let list = f
                .as_list()
                .ok_or_else(|| parse_err(format!("{} is not a list", m.name)))?;
            let mut i = 0usize;
            while let Some(child) = rd.next_child(tag)? {
                read_value(rd, &child, elem, list.push(), depth + 1)
                    .map_err(|e| e.within(&format!("[{i}]")).at_byte(rd.position()))?;
                i += 1;
            }
            Ok(())
        }
        Kind::Map => {
            let map = f
                .as_map()
                .ok_or_else(|| parse_err(format!("{} is not a map", m.name)))?;
            while let Some(child) = rd.next_child(tag)? {
                read_map_entry(rd, &child, target, map, depth + 1)?;
            }
            Ok(())
        }
        _ => {
            let text = rd.text(tag)?;
            if let Some(s) = text_to_scalar(target, text)? {
                set(f, s, m.name)?;
            }
            Ok(())
        }
    }
}

/// What an XML error body says: `<ErrorResponse><Error>…</Error><RequestId/>`,
/// EC2's `<Response><Errors><Error>…</Error></Errors><RequestID/>` or S3's bare `<Error>`.
#[derive(Default, Debug)]
pub(crate) struct ErrorEnvelope {
    pub code: Option<String>,
    pub message: Option<String>,
    pub request_id: Option<String>,
    pub host_id: Option<String>,
    /// `<Type>` (`Sender` / `Receiver`).
    pub error_type: Option<String>,
    /// The error element's other members (S3's `BucketName`, `Resource`, …).
    pub extra: Vec<(String, String)>,
}

/// At most this many extra members of an error element are kept.
const MAX_EXTRA_ERROR_MEMBERS: usize = 64;

fn read_error_fields(
    rd: &mut XmlReader<'_>,
    tag: &Tag<'_>,
    env: &mut ErrorEnvelope,
) -> Result<(), SdkError> {
    while let Some(child) = rd.next_child(tag)? {
        match child.name() {
            "Code" => env.code = Some(rd.text(&child)?.into_owned()),
            "Message" => env.message = Some(rd.text(&child)?.into_owned()),
            "RequestId" | "RequestID" => env.request_id = Some(rd.text(&child)?.into_owned()),
            "HostId" => env.host_id = Some(rd.text(&child)?.into_owned()),
            "Type" => env.error_type = Some(rd.text(&child)?.into_owned()),
            _ if env.extra.len() < MAX_EXTRA_ERROR_MEMBERS => {
                let name = child.name().to_string();
                let text = rd.text(&child)?.into_owned();
                env.extra.push((name, text));
            }
            _ => rd.skip(&child)?,
        }
    }
    Ok(())
}

/// Reads the error envelope of an XML error body.
pub(crate) fn read_error_envelope(body: &[u8]) -> Result<ErrorEnvelope, SdkError> {
    let mut env = ErrorEnvelope::default();
    let mut rd = XmlReader::new(body);
    let Some(root) = rd.root()? else {
        return Ok(env);
    };
    if root.name() == "Error" {
        read_error_fields(&mut rd, &root, &mut env)?;
        return Ok(env);
    }
    while let Some(child) = rd.next_child(&root)? {
        match child.name() {
            "Error" => read_error_fields(&mut rd, &child, &mut env)?,
            "Errors" => {
                while let Some(e) = rd.next_child(&child)? {
                    if e.name() == "Error" && env.code.is_none() {
                        read_error_fields(&mut rd, &e, &mut env)?;
                    } else {
                        rd.skip(&e)?;
                    }
                }
            }
            "RequestId" | "RequestID" => env.request_id = Some(rd.text(&child)?.into_owned()),
            _ => rd.skip(&child)?,
        }
    }
    Ok(env)
}

/// Positions `rd` on the element holding a modelled error's members: `ErrorResponse/Error`,
/// `Response/Errors/Error`, or the root itself (S3's `<Error>`).
pub(crate) fn find_error_element<'b>(rd: &mut XmlReader<'b>) -> Result<Option<Tag<'b>>, SdkError> {
    let Some(root) = rd.root()? else {
        return Ok(None);
    };
    if root.name() != "ErrorResponse" && root.name() != "Response" {
        return Ok(Some(root));
    }
    while let Some(child) = rd.next_child(&root)? {
        match child.name() {
            "Error" => return Ok(Some(child)),
            "Errors" => {
                while let Some(e) = rd.next_child(&child)? {
                    if e.name() == "Error" {
                        return Ok(Some(e));
                    }
                    rd.skip(&e)?;
                }
            }
            _ => rd.skip(&child)?,
        }
    }
    Ok(None)
}

/// Fills a modelled error's body members from an XML error response.
pub(crate) fn read_error_members(body: &[u8], target: &mut dyn Struct) -> Result<(), SdkError> {
    if body.iter().all(u8::is_ascii_whitespace) {
        return Ok(());
    }
    let mut rd = XmlReader::new(body);
    if let Some(tag) = find_error_element(&mut rd)? {
        let schema = target.schema();
        read_struct(&mut rd, &tag, schema, target, 0)?;
    }
    Ok(())
}

/// Builds [`ErrorMeta`] and the modelled error index for an XML error response.
pub(crate) fn error_meta(
    op: &Operation,
    head: &http::response::Parts,
    body: &[u8],
) -> (ErrorMeta, Option<usize>) {
    let status = head.status.as_u16();
    let header = |n: &str| {
        head.headers
            .get(n)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string)
    };
    let trimmed = trim_ascii(body);
    let generic = trimmed.is_empty() || (status >= 500 && trimmed.starts_with(b"<html>"));
    let env = if generic {
        ErrorEnvelope::default()
    } else {
        // A body that is not XML still leaves the status code to go by (botocore does the same).
        read_error_envelope(body).unwrap_or_default()
    };
    let code = match env.code.filter(|c| !c.is_empty()) {
        Some(c) => c,
        None => status.to_string(),
    };
    let message = env.message.or_else(|| {
        if generic || code == status.to_string() {
            head.status.canonical_reason().map(str::to_string)
        } else {
            None
        }
    });
    let request_id = header("x-amzn-requestid")
        .or_else(|| header("x-amz-request-id"))
        .or(env.request_id);
    let extended_request_id = header("x-amz-id-2").or(env.host_id);
    let index = op
        .errors
        .iter()
        .position(|e| e.error_code.unwrap_or(e.name) == code);
    (
        ErrorMeta {
            code,
            message,
            error_type: env.error_type,
            extra: env.extra,
            request_id,
            extended_request_id,
            status,
            ..ErrorMeta::default()
        },
        index,
    )
}

fn trim_ascii(b: &[u8]) -> &[u8] {
    let start = b
        .iter()
        .position(|c| !c.is_ascii_whitespace())
        .unwrap_or(b.len());
    let end = b
        .iter()
        .rposition(|c| !c.is_ascii_whitespace())
        .map_or(start, |e| e + 1);
    b.get(start..end).unwrap_or(&[])
}

// ---------------------------------------------------------------------------------------
// Writing
// ---------------------------------------------------------------------------------------

/// Escapes text or attribute content (`&`, `<`, `>`, `"`, `'`, and CR/LF/TAB in attributes).
fn escape_into(out: &mut String, s: &str, attr: bool) {
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' if attr => out.push_str("&quot;"),
            '\r' => out.push_str("&#xD;"),
            '\n' if attr => out.push_str("&#xA;"),
            '\t' if attr => out.push_str("&#x9;"),
            c => out.push(c),
        }
    }
}

/// An XML document being written (rest-xml bodies).
#[derive(Default)]
pub(crate) struct XmlWriter {
    pub out: String,
}

impl XmlWriter {
    fn open(&mut self, name: &str, ns: Option<XmlNamespace>, attrs: &[(&str, Cow<'_, str>)]) {
        self.out.push('<');
        self.out.push_str(name);
        if let Some(ns) = ns {
            self.out.push_str(" xmlns");
            if let Some(p) = ns.prefix {
                self.out.push(':');
                self.out.push_str(p);
            }
            self.out.push_str("=\"");
            escape_into(&mut self.out, ns.uri, true);
            self.out.push('"');
        }
        for (k, v) in attrs {
            self.out.push(' ');
            self.out.push_str(k);
            self.out.push_str("=\"");
            escape_into(&mut self.out, v, true);
            self.out.push('"');
        }
        self.out.push('>');
    }

    fn close(&mut self, name: &str) {
        self.out.push_str("</");
        self.out.push_str(name);
        self.out.push('>');
    }

    fn leaf(&mut self, name: &str, ns: Option<XmlNamespace>, text: &str) {
        self.open(name, ns, &[]);
        escape_into(&mut self.out, text, false);
        self.close(name);
    }

    /// Writes structure `value` as element `name` with namespace `ns`; only body
    /// members are written (`body_only`) when this is the top-level input.
    pub(crate) fn structure(
        &mut self,
        name: &str,
        ns: Option<XmlNamespace>,
        schema: &'static Schema,
        value: &dyn Struct,
        body_only: bool,
    ) -> Result<(), SdkError> {
        let mut attrs: Vec<(&str, Cow<'_, str>)> = Vec::new();
        for (i, m) in schema.members.iter().enumerate() {
            if !m.has(flags::XML_ATTRIBUTE) || (body_only && m.location != Location::Body) {
                continue;
            }
            let Some(f) = value.field(i) else { continue };
            let ts = m.timestamp_format_or(TimestampFormat::Iso8601);
            if let Some(t) = scalar_text(m.target.kind, ts, &f.view())? {
                attrs.push((xml_name(m), Cow::Owned(t)));
            }
        }
        self.open(name, ns, &attrs);
        for (i, m) in schema.members.iter().enumerate() {
            if m.has(flags::XML_ATTRIBUTE) || (body_only && m.location != Location::Body) {
                continue;
            }
            let Some(f) = value.field(i) else { continue };
            self.member(m, &f.view())?;
        }
        self.close(name);
        Ok(())
    }

    /// Writes member `m` with value `v` (nothing when absent).
    pub(crate) fn member(&mut self, m: &Member, v: &View<'_>) -> Result<(), SdkError> {
        self.value(own_name(m), m, v)
    }

    /// Writes `v` as element `name`, typed by member `m`.
    pub(crate) fn value(&mut self, name: &str, m: &Member, v: &View<'_>) -> Result<(), SdkError> {
        let ns = member_namespace(m);
        match v {
            View::Absent => Ok(()),
            View::Struct(s) => self.structure(name, ns, m.target, *s, false),
            View::List(l) => {
                let elem = m
                    .target
                    .members
                    .first()
                    .ok_or_else(|| ser_err(format!("list {} has no member", m.target.name)))?;
                if m.flattened() {
                    for i in 0..l.len() {
                        if let Some(e) = l.at(i) {
                            self.value(name, elem, &e.view())?;
                        }
                    }
                } else {
                    let elem_name = explicit_name(elem).unwrap_or("member");
                    self.open(name, ns, &[]);
                    for i in 0..l.len() {
                        if let Some(e) = l.at(i) {
                            self.value(elem_name, elem, &e.view())?;
                        }
                    }
                    self.close(name);
                }
                Ok(())
            }
            View::Map(map) => {
                let (Some(km), Some(vm)) = (m.target.members.first(), m.target.members.get(1))
                else {
                    return Err(ser_err(format!("map {} has no key/value", m.target.name)));
                };
                let key_name = explicit_name(km).unwrap_or("key");
                let value_name = explicit_name(vm).unwrap_or("value");
                let flat = m.flattened();
                if !flat {
                    self.open(name, ns, &[]);
                }
                for (k, val) in map.entries() {
                    let entry = if flat { name } else { "entry" };
                    self.open(entry, None, &[]);
                    self.leaf(key_name, member_namespace(km), k);
                    self.value(value_name, vm, &val.view())?;
                    self.close(entry);
                }
                if !flat {
                    self.close(name);
                }
                Ok(())
            }
            other => {
                let ts = m.timestamp_format_or(TimestampFormat::Iso8601);
                if let Some(t) = scalar_text(m.target.kind, ts, other)? {
                    self.leaf(name, ns, &t);
                }
                Ok(())
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parse_errors_name_the_member_path_and_byte() {
        use crate::dynamic::DynStruct;
        use crate::protocol::path_fixture::OUTPUT;
        let body = b"<Out><Reservations><item><Instances><item/><item/><item/>\
<item><LaunchTime>yesterday</LaunchTime></item></Instances></item></Reservations></Out>";
        let mut out = DynStruct::new(&OUTPUT);
        let mut rd = XmlReader::new(body);
        let root = rd.root().expect("root").expect("element");
        let e = read_struct(&mut rd, &root, &OUTPUT, &mut out, 0).expect_err("bad timestamp");
        assert_eq!(e.kind(), crate::error::SdkErrorKind::ResponseParse);
        assert_eq!(
            e.member_path(),
            Some("Reservations[0].Instances[3].LaunchTime")
        );
        let at = e.byte_offset().expect("offset");
        assert!(
            body[..at].ends_with(b"yesterday</LaunchTime>"),
            "offset {at} is right after the bad element"
        );

        let body = b"<Out><Tags><entry><key>owner</key><value>x</value></entry></Tags></Out>";
        let mut out = DynStruct::new(&OUTPUT);
        let mut rd = XmlReader::new(body);
        let root = rd.root().expect("root").expect("element");
        let e = read_struct(&mut rd, &root, &OUTPUT, &mut out, 0).expect_err("not an integer");
        assert_eq!(e.member_path(), Some("Tags.owner"));

        // Malformed XML: the offset where the reader stopped.
        let body = b"<Out><Tags></Wrong></Out>";
        let mut out = DynStruct::new(&OUTPUT);
        let mut rd = XmlReader::new(body);
        let root = rd.root().expect("root").expect("element");
        let e = read_struct(&mut rd, &root, &OUTPUT, &mut out, 0).expect_err("mismatched tag");
        assert!(
            e.byte_offset().is_some_and(|o| o > 5 && o <= body.len()),
            "{e:?}"
        );
    }
    use crate::schema::prelude as p;

    static NODE: Schema = Schema::structure("Node", &[Member::new("Child", &NODE)]);

    #[derive(Default)]
    struct Node {
        child: Option<Box<Node>>,
    }
    impl Struct for Node {
        fn schema(&self) -> &'static Schema {
            &NODE
        }
        fn field(&self, i: usize) -> Option<&dyn Reflect> {
            (i == 0).then_some(&self.child as &dyn Reflect)
        }
        fn field_mut(&mut self, i: usize) -> Option<&mut dyn Reflect> {
            (i == 0).then_some(&mut self.child as &mut dyn Reflect)
        }
    }
    crate::struct_data!(Node);

    fn parse_node(xml: &str) -> Result<Node, SdkError> {
        let mut rd = XmlReader::new(xml.as_bytes());
        let root = rd.root()?.ok_or_else(|| parse_err("empty"))?;
        let mut n = Node::default();
        read_struct(&mut rd, &root, &NODE, &mut n, 0)?;
        Ok(n)
    }

    #[test]
    fn recursive_shapes_have_a_depth_limit() {
        let nest = |d: usize| {
            format!(
                "<Node>{}{}</Node>",
                "<Child>".repeat(d),
                "</Child>".repeat(d)
            )
        };
        let mut n = parse_node(&nest(30)).unwrap();
        let mut depth = 0;
        while let Some(c) = n.child.take() {
            n = *c;
            depth += 1;
        }
        assert_eq!(depth, 30);
        let err = parse_node(&nest(10_000)).err().unwrap();
        assert!(err.message().contains("deeply"), "{err}");
    }

    #[test]
    fn floats_like_python() {
        assert_eq!(fmt_float(1.0), "1.0");
        assert_eq!(fmt_float(1.5), "1.5");
        assert_eq!(fmt_float(0.1), "0.1");
        assert_eq!(fmt_float(1e16), "1e+16");
        assert_eq!(fmt_float(1.5e-5), "1.5e-05");
        assert_eq!(fmt_float(f64::NEG_INFINITY), "-Infinity");
    }

    #[test]
    fn text_with_entities_and_cdata() {
        let mut rd = XmlReader::new(
            b"<?xml version=\"1.0\"?><a x=\"1&amp;2\">a&lt;b&#x41;<![CDATA[<c>]]><d/>e</a>",
        );
        let root = rd.root().unwrap().unwrap();
        assert_eq!(root.attr("x").unwrap().as_deref(), Some("1&2"));
        assert_eq!(root.name(), "a");
        assert!(matches!(root.raw, Cow::Borrowed("a x=\"1&amp;2\"")));
        assert_eq!(rd.text(&root).unwrap(), "a<bA<c>e");
        let mut rd = XmlReader::new(b"<p:r xmlns:p=\"u\"><p:e a='1'/><f>x</f></p:r>");
        let root = rd.root().unwrap().unwrap();
        assert_eq!(root.name(), "r");
        let e = rd.next_child(&root).unwrap().unwrap();
        assert!(e.empty && matches!(e.raw, Cow::Borrowed("p:e a='1'")));
        assert_eq!(
            (e.name(), e.attr("a").unwrap().as_deref()),
            ("e", Some("1"))
        );
        let f = rd.next_child(&root).unwrap().unwrap();
        assert!(matches!(rd.text(&f).unwrap(), Cow::Borrowed("x")));
        assert!(rd.next_child(&root).unwrap().is_none());
    }

    #[test]
    fn map_value_before_key() {
        static M: Schema = Schema::map(
            "M",
            &[
                Member::new("key", &p::STRING),
                Member::new("value", &p::INTEGER),
            ],
        );
        static MM: Member = Member::new("m", &M);
        let xml = b"<m><entry><value>1</value><key>a</key></entry><entry><key>b</key><value>2</value></entry><entry>\n <value> 3 </value>\n <key>c</key>\n</entry></m>";
        let mut rd = XmlReader::new(xml);
        let root = rd.root().unwrap().unwrap();
        let mut out: std::collections::HashMap<String, i32> = Default::default();
        read_value(&mut rd, &root, &MM, &mut out, 0).unwrap();
        assert_eq!(out.get("a"), Some(&1));
        assert_eq!(out.get("b"), Some(&2));
        assert_eq!(out.get("c"), Some(&3));
        assert_eq!(out.len(), 3);
        let mut rd = XmlReader::new(b"<m><entry><value>1</value></entry></m>");
        let root = rd.root().unwrap().unwrap();
        let e = read_value(&mut rd, &root, &MM, &mut out, 0).expect_err("an entry without a key");
        assert_eq!(e.kind(), SdkErrorKind::ResponseParse, "{e}");
    }

    #[test]
    fn scalars_from_text() {
        assert_eq!(
            text_to_scalar(&p::INTEGER, " 42 ".into()).unwrap(),
            Some(Scalar::Int(42))
        );
        let e = text_to_scalar(&p::INTEGER, "x".into()).expect_err("not a number");
        assert_eq!(e.kind(), SdkErrorKind::ResponseParse, "{e}");
        assert_eq!(text_to_scalar(&p::BOOLEAN, "".into()).unwrap(), None);
        assert_eq!(
            text_to_scalar(&p::BLOB, "dmFsdWU=".into()).unwrap(),
            Some(Scalar::Blob(b"value".to_vec()))
        );
    }

    #[test]
    fn error_envelopes() {
        let q = read_error_envelope(
            b"<ErrorResponse><Error><Type>Sender</Type><Code>C</Code><Message>M</Message></Error><RequestId>r</RequestId></ErrorResponse>",
        )
        .unwrap();
        assert_eq!(
            (
                q.code.as_deref(),
                q.message.as_deref(),
                q.request_id.as_deref()
            ),
            (Some("C"), Some("M"), Some("r"))
        );
        let e = read_error_envelope(
            b"<Response><Errors><Error><Code>C2</Code><Message>M2</Message></Error></Errors><RequestID>r2</RequestID></Response>",
        )
        .unwrap();
        assert_eq!(
            (e.code.as_deref(), e.request_id.as_deref()),
            (Some("C2"), Some("r2"))
        );
        let s3 = read_error_envelope(b"<Error><Code>NoSuchKey</Code><Message>m</Message><RequestId>x</RequestId><HostId>h</HostId></Error>").unwrap();
        assert_eq!(
            (s3.code.as_deref(), s3.host_id.as_deref()),
            (Some("NoSuchKey"), Some("h"))
        );
        let e = read_error_envelope(b"<a><b></a>").expect_err("mismatched tags");
        assert_eq!(e.kind(), SdkErrorKind::ResponseParse, "{e}");
    }
}
