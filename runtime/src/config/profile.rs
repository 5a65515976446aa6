//! The shared config (`~/.aws/config`) and credentials (`~/.aws/credentials`) files,
//! parsed the way botocore's `configloader.py` does (Python's `RawConfigParser` in
//! strict mode plus botocore's nested sub-sections and profile mapping).
//!
//! What the parser accepts, exactly as `RawConfigParser` does:
//! - `[section]` headers: the name is everything between the first `[` and the last `]`,
//!   not trimmed; `[DEFAULT]` holds values every other section inherits.
//! - `key = value` or `key: value` lines (the first `=` or `:` splits); keys are
//!   lower-cased and trimmed, values trimmed.
//! - Whole-line comments starting with `#` or `;` (no inline comments).
//! - Continuation lines: a line indented deeper than its key's line continues the value
//!   (joined with `\n`); a value that starts on the next line (`s3 =` followed by
//!   indented `k = v` lines) is a nested sub-section (`PropValue::Nested`).
//! - Errors (typed, naming the file and line): text before the first section, a line
//!   that is neither a section nor an option, an empty key, a duplicate section or
//!   key in one file, invalid UTF-8, a nested line without `=`.
//!
//! Then botocore's `build_profile_map`: in the config file `[default]` and
//! `[profile NAME]` are profiles, `[sso-session NAME]` and `[services NAME]` are their
//! own maps (names split like `shlex.split`, so `[profile "my profile"]` works and
//! malformed headers are ignored); in the credentials file every section is a profile.

use std::collections::BTreeMap;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A value in a profile: a plain string or a nested sub-section (`s3 =\n  k = v`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum PropValue {
    /// A plain value (continuation lines joined with `\n`).
    Str(String),
    /// A nested sub-section: its keys (case kept, as botocore does) and values.
    Nested(BTreeMap<String, String>),
}

impl PropValue {
    /// The plain value, or `None` for a nested sub-section.
    pub fn as_str(&self) -> Option<&str> {
        match self {
            PropValue::Str(s) => Some(s),
            PropValue::Nested(_) => None,
        }
    }

    /// The nested sub-section, or `None` for a plain value.
    pub fn as_nested(&self) -> Option<&BTreeMap<String, String>> {
        match self {
            PropValue::Str(_) => None,
            PropValue::Nested(m) => Some(m),
        }
    }
}

/// Where a value was read: which file and line.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Origin {
    /// The file.
    pub file: Arc<PathBuf>,
    /// The 1-based line of the key.
    pub line: usize,
}

impl fmt::Display for Origin {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}:{}", self.file.display(), self.line)
    }
}

/// A value with where it came from. `Debug` hides the value (it may be a secret).
#[derive(Clone, PartialEq, Eq)]
pub struct Property {
    /// The value.
    pub value: PropValue,
    /// Where it was read.
    pub origin: Origin,
}

/// A section of a profile file: a profile, an `sso-session`, a `services` block, or
/// another section. Keys are lower-case. `Debug` shows keys and origins, never values
/// (profiles hold secret keys and tokens).
#[derive(Clone, Default, PartialEq, Eq)]
pub struct Section {
    props: BTreeMap<String, Property>,
}

impl fmt::Debug for Property {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Property")
            .field("value", &"** hidden **")
            .field("origin", &self.origin)
            .finish()
    }
}

impl fmt::Debug for Section {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_set().entries(self.props.keys()).finish()
    }
}

impl Section {
    /// The value of `key` (lower-case), plain or nested.
    pub fn get(&self, key: &str) -> Option<&PropValue> {
        self.props.get(key).map(|p| &p.value)
    }

    /// The plain string value of `key`; `None` when absent or nested.
    pub fn get_str(&self, key: &str) -> Option<&str> {
        self.get(key).and_then(PropValue::as_str)
    }

    /// The nested sub-section `key` (`s3`, `dynamodb`, …); `None` when absent or plain.
    pub fn get_nested(&self, key: &str) -> Option<&BTreeMap<String, String>> {
        self.get(key).and_then(PropValue::as_nested)
    }

    /// The value with its origin.
    pub fn property(&self, key: &str) -> Option<&Property> {
        self.props.get(key)
    }

    /// Whether `key` is set.
    pub fn contains(&self, key: &str) -> bool {
        self.props.contains_key(key)
    }

    /// All keys and values.
    pub fn iter(&self) -> impl Iterator<Item = (&str, &Property)> {
        self.props.iter().map(|(k, v)| (k.as_str(), v))
    }

    /// Whether the section has no keys.
    pub fn is_empty(&self) -> bool {
        self.props.is_empty()
    }

    /// Sets a value (used by tests and by callers building profiles in memory).
    pub fn insert(&mut self, key: impl Into<String>, value: PropValue, origin: Origin) {
        self.props.insert(key.into(), Property { value, origin });
    }

    fn update_from(&mut self, other: &Section) {
        for (k, v) in &other.props {
            self.props.insert(k.clone(), v.clone());
        }
    }
}

/// What went wrong reading a profile file. Never contains values (they may be secrets).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ProfileFileError {
    /// The file.
    pub file: PathBuf,
    /// The 1-based line, when the error is tied to one.
    pub line: Option<usize>,
    /// What is wrong.
    pub kind: ProfileFileErrorKind,
}

/// The kinds of [`ProfileFileError`].
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ProfileFileErrorKind {
    /// The file could not be read (other than not existing).
    Io(String),
    /// The file is not valid UTF-8.
    InvalidUtf8,
    /// A key/value line appears before any `[section]` header.
    MissingSectionHeader,
    /// A line is neither a section header, a `key = value` line nor a comment.
    InvalidLine,
    /// A `= value` line without a key.
    EmptyKey,
    /// A section appears twice in the file.
    DuplicateSection(String),
    /// A key appears twice in one section.
    DuplicateKey {
        /// The section.
        section: String,
        /// The key.
        key: String,
    },
    /// A line of a nested sub-section has no `=`.
    InvalidNestedLine {
        /// The key whose nested block is malformed.
        key: String,
    },
}

impl fmt::Display for ProfileFileError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "unable to parse config file {}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, " (line {line})")?;
        }
        match &self.kind {
            ProfileFileErrorKind::Io(e) => write!(f, ": {e}"),
            ProfileFileErrorKind::InvalidUtf8 => write!(f, ": the file is not valid UTF-8"),
            ProfileFileErrorKind::MissingSectionHeader => {
                write!(f, ": the file contains no section header before this line")
            }
            ProfileFileErrorKind::InvalidLine => {
                write!(f, ": expected `[section]`, `key = value` or a comment")
            }
            ProfileFileErrorKind::EmptyKey => write!(f, ": a value has no key"),
            ProfileFileErrorKind::DuplicateSection(s) => {
                write!(f, ": section [{s}] already exists")
            }
            ProfileFileErrorKind::DuplicateKey { section, key } => {
                write!(f, ": key `{key}` already exists in section [{section}]")
            }
            ProfileFileErrorKind::InvalidNestedLine { key } => {
                write!(f, ": the nested block of `{key}` has a line without `=`")
            }
        }
    }
}

impl std::error::Error for ProfileFileError {}

/// One parsed INI file: its sections in file order, names as written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RawFile {
    /// `(section name, section)` in file order.
    pub sections: Vec<(String, Section)>,
}

impl RawFile {
    /// The section named exactly `name`.
    pub fn section(&self, name: &str) -> Option<&Section> {
        self.sections
            .iter()
            .find(|(n, _)| n == name)
            .map(|(_, s)| s)
    }
}

struct RawOption {
    key: String,
    line: usize,
    lines: Vec<String>,
}

/// Parses INI text like `RawConfigParser` (see the module docs). `file` names the file
/// in errors and origins. With `parse_subsections`, values that start with a newline
/// become [`PropValue::Nested`]; without, they stay strings (`"\nk = v"`).
pub fn parse_ini(
    bytes: &[u8],
    file: &Path,
    parse_subsections: bool,
) -> Result<RawFile, ProfileFileError> {
    let text = decode(bytes, file)?;
    let mut parser = IniParser::new(file);
    for (idx, line) in text.split('\n').enumerate() {
        parser.line(idx + 1, line)?;
    }
    parser.finish(parse_subsections)
}

/// UTF-8 (an error names the line of the first bad byte), without a byte-order mark, with
/// universal newlines as Python's text mode: `\r\n`, `\r` and `\n` all end a line.
fn decode<'a>(bytes: &'a [u8], file: &Path) -> Result<std::borrow::Cow<'a, str>, ProfileFileError> {
    let text = std::str::from_utf8(bytes).map_err(|e| {
        let valid = bytes.get(..e.valid_up_to()).unwrap_or_default();
        ProfileFileError {
            file: file.to_path_buf(),
            line: Some(valid.iter().filter(|b| **b == b'\n').count() + 1),
            kind: ProfileFileErrorKind::InvalidUtf8,
        }
    })?;
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    Ok(if text.contains('\r') {
        text.replace("\r\n", "\n").replace('\r', "\n").into()
    } else {
        text.into()
    })
}

/// `RawConfigParser`'s line-by-line state.
struct IniParser<'a> {
    file: &'a Path,
    /// Sections in file order with their options; `[DEFAULT]` is kept apart.
    sections: Vec<(String, Vec<RawOption>)>,
    defaults: Vec<RawOption>,
    /// Which section we're in: None = before any; Some(None) = DEFAULT; Some(Some(i)).
    current: Option<Option<usize>>,
    seen_sections: Vec<String>,
    /// Whether the last non-blank line was an option (so deeper lines continue it).
    in_option: bool,
    indent_level: usize,
}

impl<'a> IniParser<'a> {
    fn new(file: &'a Path) -> Self {
        IniParser {
            file,
            sections: Vec::new(),
            defaults: Vec::new(),
            current: None,
            seen_sections: Vec::new(),
            in_option: false,
            indent_level: 0,
        }
    }

    fn err(&self, line: usize, kind: ProfileFileErrorKind) -> ProfileFileError {
        ProfileFileError {
            file: self.file.to_path_buf(),
            line: Some(line),
            kind,
        }
    }

    fn current_options(&mut self) -> Option<&mut Vec<RawOption>> {
        current_options(&mut self.sections, &mut self.defaults, self.current)
    }

    /// Appends a continuation line to the option being read.
    fn continue_option(&mut self, text: &str) {
        if let Some(opt) = self.current_options().and_then(|o| o.last_mut()) {
            opt.lines.push(text.to_string());
        }
    }

    fn line(&mut self, lineno: usize, line: &str) -> Result<(), ProfileFileError> {
        let stripped = line.trim();
        let is_comment = stripped.starts_with('#') || stripped.starts_with(';');
        let value = if is_comment { "" } else { stripped };
        if value.is_empty() {
            // Empty lines inside a value are kept (and trailing ones trimmed later);
            // comment lines are skipped without ending the value.
            if !is_comment && self.in_option {
                self.continue_option("");
            }
            return Ok(());
        }
        let cur_indent = line
            .find(|c: char| !c.is_whitespace())
            .map(|i| line[..i].chars().count())
            .unwrap_or(0);
        if self.current.is_some() && self.in_option && cur_indent > self.indent_level {
            self.continue_option(value);
            return Ok(());
        }
        self.indent_level = cur_indent;
        match section_header(value) {
            Some(header) => self.header(lineno, header),
            None => self.option(lineno, value),
        }
    }

    fn header(&mut self, lineno: usize, header: &str) -> Result<(), ProfileFileError> {
        if header == "DEFAULT" {
            self.current = Some(None);
        } else if let Some(pos) = self.sections.iter().position(|(n, _)| n == header) {
            if self.seen_sections.iter().any(|s| s == header) {
                return Err(self.err(
                    lineno,
                    ProfileFileErrorKind::DuplicateSection(header.to_string()),
                ));
            }
            self.current = Some(Some(pos));
        } else {
            self.sections.push((header.to_string(), Vec::new()));
            self.seen_sections.push(header.to_string());
            self.current = Some(Some(self.sections.len() - 1));
        }
        self.in_option = false;
        Ok(())
    }

    fn option(&mut self, lineno: usize, value: &str) -> Result<(), ProfileFileError> {
        let Some(cur) = self.current else {
            return Err(self.err(lineno, ProfileFileErrorKind::MissingSectionHeader));
        };
        let Some(delim) = value.find(['=', ':']) else {
            return Err(self.err(lineno, ProfileFileErrorKind::InvalidLine));
        };
        let key = value[..delim].trim_end().to_lowercase();
        if key.is_empty() {
            return Err(self.err(lineno, ProfileFileErrorKind::EmptyKey));
        }
        let val = value[delim + 1..].trim().to_string();
        let section_name = match cur {
            None => "DEFAULT".to_string(),
            Some(i) => self
                .sections
                .get(i)
                .map(|(n, _)| n.clone())
                .unwrap_or_default(),
        };
        let Some(opts) = self.current_options() else {
            return Err(self.err(lineno, ProfileFileErrorKind::MissingSectionHeader));
        };
        if opts.iter().any(|o| o.key == key) {
            let kind = ProfileFileErrorKind::DuplicateKey {
                section: section_name,
                key,
            };
            return Err(self.err(lineno, kind));
        }
        opts.push(RawOption {
            key,
            line: lineno,
            lines: vec![val],
        });
        self.in_option = true;
        Ok(())
    }

    /// Every section with the `[DEFAULT]` values under its own.
    fn finish(self, parse_subsections: bool) -> Result<RawFile, ProfileFileError> {
        let origin_file = Arc::new(self.file.to_path_buf());
        let build = |opts: &[RawOption]| build_section(opts, &origin_file, parse_subsections);
        let default_section = build(&self.defaults)?;
        let mut out = RawFile::default();
        for (name, opts) in &self.sections {
            let mut section = default_section.clone();
            section.update_from(&build(opts)?);
            out.sections.push((name.clone(), section));
        }
        Ok(out)
    }
}

/// One section's options as values: continuation lines joined, trailing blank lines
/// dropped, and (with `parse_subsections`) a value starting on its next line parsed as
/// nested `k = v` lines.
fn build_section(
    opts: &[RawOption],
    file: &Arc<PathBuf>,
    parse_subsections: bool,
) -> Result<Section, ProfileFileError> {
    let mut section = Section::default();
    for opt in opts {
        let joined = opt.lines.join("\n");
        let joined = joined.trim_end().to_string();
        let origin = Origin {
            file: file.clone(),
            line: opt.line,
        };
        let value = if parse_subsections && joined.starts_with('\n') {
            PropValue::Nested(nested_value(&joined, opt, file)?)
        } else {
            PropValue::Str(joined)
        };
        section.insert(opt.key.clone(), value, origin);
    }
    Ok(section)
}

/// The `k = v` lines of a nested sub-section; a line without `=` is an error.
fn nested_value(
    joined: &str,
    opt: &RawOption,
    file: &Arc<PathBuf>,
) -> Result<BTreeMap<String, String>, ProfileFileError> {
    let mut nested = BTreeMap::new();
    for l in joined.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let Some((k, v)) = l.split_once('=') else {
            return Err(ProfileFileError {
                file: file.as_ref().clone(),
                line: Some(opt.line),
                kind: ProfileFileErrorKind::InvalidNestedLine {
                    key: opt.key.clone(),
                },
            });
        };
        nested.insert(k.trim().to_string(), v.trim().to_string());
    }
    Ok(nested)
}

fn current_options<'a>(
    sections: &'a mut [(String, Vec<RawOption>)],
    defaults: &'a mut Vec<RawOption>,
    current: Option<Option<usize>>,
) -> Option<&'a mut Vec<RawOption>> {
    match current? {
        None => Some(defaults),
        Some(i) => sections.get_mut(i).map(|(_, o)| o),
    }
}

/// `\[(?P<header>.+)\]` matched at the start: from the first `[` to the last `]`.
fn section_header(value: &str) -> Option<&str> {
    let rest = value.strip_prefix('[')?;
    let end = rest.rfind(']')?;
    let header = &rest[..end];
    if header.is_empty() {
        None
    } else {
        Some(header)
    }
}

/// Splits like Python's `shlex.split` (POSIX mode, no comments): whitespace separates
/// words, `'…'` and `"…"` quote, `\` escapes outside single quotes. `None` for an
/// unclosed quote or a trailing backslash.
pub fn shlex_split(s: &str) -> Option<Vec<String>> {
    let mut words = Vec::new();
    let mut cur = String::new();
    let mut in_word = false;
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        match c {
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut cur));
                    in_word = false;
                }
            }
            '\\' => {
                cur.push(chars.next()?);
                in_word = true;
            }
            '\'' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '\'' => break,
                        c => cur.push(c),
                    }
                }
            }
            '"' => {
                in_word = true;
                loop {
                    match chars.next()? {
                        '"' => break,
                        '\\' => {
                            let n = chars.next()?;
                            if !matches!(n, '"' | '\\' | '$' | '`' | '\n') {
                                cur.push('\\');
                            }
                            cur.push(n);
                        }
                        c => cur.push(c),
                    }
                }
            }
            c => {
                cur.push(c);
                in_word = true;
            }
        }
    }
    if in_word {
        words.push(cur);
    }
    Some(words)
}

/// A config file mapped like botocore's `build_profile_map`.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct ProfileSet {
    /// Profiles by name (`default`, or `NAME` from `[profile NAME]` / credentials `[NAME]`).
    pub profiles: BTreeMap<String, Section>,
    /// `[sso-session NAME]` sections.
    pub sso_sessions: BTreeMap<String, Section>,
    /// `[services NAME]` sections (their values are nested per-service blocks).
    pub services: BTreeMap<String, Section>,
    /// Any other section, by its raw name.
    pub other: BTreeMap<String, Section>,
}

fn second_word(name: &str) -> Option<String> {
    let parts = shlex_split(name)?;
    if parts.len() == 2 {
        parts.into_iter().nth(1)
    } else {
        None
    }
}

impl ProfileSet {
    /// botocore's `build_profile_map` over a parsed config file.
    pub fn from_config_file(raw: &RawFile) -> ProfileSet {
        let mut set = ProfileSet::default();
        for (name, section) in &raw.sections {
            if name.starts_with("profile") {
                if let Some(n) = second_word(name) {
                    set.profiles.insert(n, section.clone());
                }
            } else if name.starts_with("sso-session") {
                if let Some(n) = second_word(name) {
                    set.sso_sessions.insert(n, section.clone());
                }
            } else if name.starts_with("services") {
                if let Some(n) = second_word(name) {
                    set.services.insert(n, section.clone());
                }
            } else if name == "default" {
                set.profiles.insert(name.clone(), section.clone());
            } else {
                set.other.insert(name.clone(), section.clone());
            }
        }
        set
    }

    /// botocore's `Session.full_config`: the config file's map, then every section of
    /// the credentials file merged into the profile of the same name (credentials-file
    /// keys win key by key).
    pub fn merge_credentials_file(&mut self, creds: &RawFile) {
        for (name, section) in &creds.sections {
            self.profiles
                .entry(name.clone())
                .or_default()
                .update_from(section);
        }
    }

    /// The profile `name`.
    pub fn profile(&self, name: &str) -> Option<&Section> {
        self.profiles.get(name)
    }
}

/// Reads a file; `Ok(None)` when it does not exist or is not a regular file
/// (botocore's `ConfigNotFound`, which callers skip).
pub fn read_optional(path: &Path) -> Result<Option<Vec<u8>>, ProfileFileError> {
    if !path.is_file() {
        return Ok(None);
    }
    std::fs::read(path).map(Some).map_err(|e| ProfileFileError {
        file: path.to_path_buf(),
        line: None,
        kind: ProfileFileErrorKind::Io(e.kind().to_string()),
    })
}

/// botocore's `raw_config_parse` on a path: `Ok(None)` if the file does not exist.
pub fn raw_config_parse(
    path: &Path,
    parse_subsections: bool,
) -> Result<Option<RawFile>, ProfileFileError> {
    match read_optional(path)? {
        None => Ok(None),
        Some(bytes) => parse_ini(&bytes, path, parse_subsections).map(Some),
    }
}

/// botocore's `load_config` on a path: `Ok(None)` if the file does not exist.
pub fn load_config(path: &Path) -> Result<Option<ProfileSet>, ProfileFileError> {
    Ok(raw_config_parse(path, true)?.map(|raw| ProfileSet::from_config_file(&raw)))
}

/// botocore's `multi_file_load_config`: files in precedence order, missing ones
/// skipped; a profile (or other section) comes whole from the first file that has it.
pub fn multi_file_load_config(paths: &[&Path]) -> Result<ProfileSet, ProfileFileError> {
    let mut merged = ProfileSet::default();
    for path in paths {
        let Some(set) = load_config(path)? else {
            continue;
        };
        for (k, v) in set.profiles {
            merged.profiles.entry(k).or_insert(v);
        }
        for (k, v) in set.sso_sessions {
            merged.sso_sessions.entry(k).or_insert(v);
        }
        for (k, v) in set.services {
            merged.services.entry(k).or_insert(v);
        }
        for (k, v) in set.other {
            merged.other.entry(k).or_insert(v);
        }
    }
    Ok(merged)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cfg(name: &str) -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR"))
            .join("../models/tests/cfg")
            .join(name)
    }

    fn s<'a>(sec: &'a Section, k: &str) -> &'a str {
        sec.get_str(k).unwrap_or("<missing>")
    }

    // Expectations below come from botocore's tests/unit/test_configloader.py.

    #[test]
    fn config_not_found() {
        assert_eq!(
            raw_config_parse(&cfg("aws_config_notfound"), true),
            Ok(None)
        );
    }

    #[test]
    fn config_parse_error() {
        let e = raw_config_parse(&cfg("aws_config_bad"), true).unwrap_err();
        assert_eq!(e.kind, ProfileFileErrorKind::MissingSectionHeader);
        assert_eq!(e.line, Some(1));
        assert!(e.to_string().contains("aws_config_bad"));
    }

    #[test]
    fn config_parse_error_bad_unicode() {
        let e = raw_config_parse(&cfg("aws_config_badbytes"), true).unwrap_err();
        assert_eq!(e.kind, ProfileFileErrorKind::InvalidUtf8);
        assert!(e.to_string().contains("aws_config_badbytes"));
        assert_eq!(e.line, Some(1));
    }

    #[test]
    fn config_raw_sections() {
        let raw = raw_config_parse(&cfg("aws_config"), true).unwrap().unwrap();
        assert!(raw.section("default").is_some());
        assert!(raw.section("profile \"personal\"").is_some());
    }

    #[test]
    fn profile_map_conversion() {
        let set = load_config(&cfg("aws_config")).unwrap().unwrap();
        let names: Vec<_> = set.profiles.keys().cloned().collect();
        assert_eq!(names, ["default", "personal"]);
    }

    #[test]
    fn bad_profiles_are_ignored() {
        let set = load_config(&cfg("aws_bad_profile")).unwrap().unwrap();
        assert_eq!(set.profiles.len(), 3);
        assert!(set.profiles.contains_key("my profile"));
        assert!(set.profiles.contains_key("personal1"));
        assert!(set.profiles.contains_key("default"));
    }

    #[test]
    fn nested_hierarchy_parsing() {
        let set = load_config(&cfg("aws_config_nested")).unwrap().unwrap();
        let d = set.profile("default").unwrap();
        assert_eq!(s(d, "aws_access_key_id"), "foo");
        assert_eq!(s(d, "region"), "us-west-2");
        assert_eq!(d.get_nested("s3").unwrap()["signature_version"], "s3v4");
        assert_eq!(
            d.get_nested("cloudwatch").unwrap()["signature_version"],
            "v4"
        );
    }

    #[test]
    fn nested_hierarchy_with_no_subsection_parsing() {
        let raw = raw_config_parse(&cfg("aws_config_nested"), false)
            .unwrap()
            .unwrap();
        let d = raw.section("default").unwrap();
        assert_eq!(s(d, "aws_access_key_id"), "foo");
        assert_eq!(s(d, "region"), "us-west-2");
        assert_eq!(s(d, "cloudwatch"), "\nsignature_version = v4");
        assert_eq!(
            s(d, "s3"),
            "\nsignature_version = s3v4\naddressing_style = path"
        );
    }

    #[test]
    fn nested_bad_config() {
        let e = load_config(&cfg("aws_config_nested_bad")).unwrap_err();
        assert_eq!(
            e.kind,
            ProfileFileErrorKind::InvalidNestedLine { key: "s3".into() }
        );
        assert_eq!(e.line, Some(4));
    }

    #[test]
    fn multi_file_load() {
        let set = multi_file_load_config(&[
            &cfg("aws_config_other"),
            &cfg("aws_config"),
            &cfg("aws_third_config"),
            &cfg("aws_config_notfound"),
        ])
        .unwrap();
        let d = set.profile("default").unwrap();
        assert_eq!(s(d, "aws_access_key_id"), "other_foo");
        assert_eq!(s(d, "aws_secret_access_key"), "other_bar");
        let p = set.profile("personal").unwrap();
        assert_eq!(s(p, "aws_access_key_id"), "fie");
        assert_eq!(s(p, "aws_secret_access_key"), "baz");
        assert_eq!(s(p, "aws_security_token"), "fiebaz");
        let t = set.profile("third").unwrap();
        assert_eq!(s(t, "aws_access_key_id"), "third_fie");
        assert_eq!(s(t, "aws_secret_access_key"), "third_baz");
        assert_eq!(s(t, "aws_security_token"), "third_fiebaz");
    }

    #[test]
    fn unicode_path() {
        let dir = std::env::temp_dir().join(format!("kumo-cfg-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("aws_config_unicode\u{2713}");
        std::fs::write(
            &path,
            "[default]\naws_access_key_id = foo\naws_secret_access_key = bar\n\n[profile \"personal\"]\naws_access_key_id = fie\naws_secret_access_key = baz\naws_security_token = fiebaz\n",
        )
        .unwrap();
        let set = load_config(&path).unwrap().unwrap();
        assert!(set.profiles.contains_key("default"));
        assert!(set.profiles.contains_key("personal"));
        assert_eq!(load_config(&dir.join("\u{2713}")), Ok(None));
        let _ = std::fs::remove_dir_all(&dir);
    }

    #[test]
    fn sso_session_config() {
        let set = load_config(&cfg("aws_sso_session_config"))
            .unwrap()
            .unwrap();
        assert!(set.profiles.contains_key("default"));
        let sso = set.sso_sessions.get("sso").unwrap();
        assert_eq!(s(sso, "sso_region"), "us-east-1");
        assert_eq!(s(sso, "sso_start_url"), "https://example.com");
    }

    #[test]
    fn services_config() {
        let set = load_config(&cfg("aws_services_config")).unwrap().unwrap();
        assert!(set.profiles.contains_key("default"));
        let svc = set.services.get("my-services").unwrap();
        assert_eq!(
            svc.get_nested("s3").unwrap()["endpoint_url"],
            "https://localhost:5678/"
        );
        assert_eq!(
            svc.get_nested("dynamodb").unwrap()["endpoint_url"],
            "https://localhost:8888/"
        );
    }

    // The remaining files of models/tests/cfg are used by botocore's session and
    // credentials tests; these check what those tests rely on.

    #[test]
    fn other_cfg_files() {
        let nocreds = load_config(&cfg("aws_config_nocreds")).unwrap().unwrap();
        assert_eq!(
            s(nocreds.profile("default").unwrap(), "region"),
            "us-west-2"
        );
        assert!(!nocreds
            .profile("default")
            .unwrap()
            .contains("aws_access_key_id"));

        let foo = load_config(&cfg("foo_config")).unwrap().unwrap();
        assert_eq!(
            s(foo.profile("default").unwrap(), "foo_region"),
            "us-west-1"
        );
        assert_eq!(s(foo.profile("foo").unwrap(), "aws_access_key_id"), "fie");

        // `aws_credentials` has no section header: a parse error in botocore too.
        let e = raw_config_parse(&cfg("aws_credentials"), true).unwrap_err();
        assert_eq!(e.kind, ProfileFileErrorKind::MissingSectionHeader);

        // boto (v2) files: the `Credentials` section is not a profile.
        let boto = load_config(&cfg("boto_config")).unwrap().unwrap();
        assert!(boto.profiles.is_empty());
        assert_eq!(
            s(boto.other.get("Credentials").unwrap(), "aws_access_key_id"),
            "foo"
        );
        let empty = load_config(&cfg("boto_config_empty")).unwrap().unwrap();
        assert!(empty.other.get("Credentials").unwrap().is_empty());
    }

    fn parse(text: &str) -> Result<RawFile, ProfileFileError> {
        parse_ini(text.as_bytes(), Path::new("mem"), true)
    }

    #[test]
    fn configparser_rules() {
        // Keys lower-cased, ':' delimiter, first delimiter splits, values trimmed.
        let f = parse("[a]\nKey: v:1 = 2\nx=  y  \n").unwrap();
        let a = f.section("a").unwrap();
        assert_eq!(s(a, "key"), "v:1 = 2");
        assert_eq!(s(a, "x"), "y");
        // Continuation lines and comments inside them; trailing blanks trimmed.
        let f = parse("[a]\nk = one\n  two\n# c\n\n  three\n\n\n[b]\n").unwrap();
        assert_eq!(s(f.section("a").unwrap(), "k"), "one\ntwo\n\nthree");
        // Inline `#` is part of the value.
        let f = parse("[a]\nk = v # not a comment\n").unwrap();
        assert_eq!(s(f.section("a").unwrap(), "k"), "v # not a comment");
        // DEFAULT values are inherited.
        let f = parse("[DEFAULT]\nr = 1\n[a]\nk = v\n[b]\nr = 2\n").unwrap();
        assert_eq!(s(f.section("a").unwrap(), "r"), "1");
        assert_eq!(s(f.section("b").unwrap(), "r"), "2");
        assert!(f.section("DEFAULT").is_none());
        // CRLF line endings.
        let f = parse("[a]\r\nk = v\r\n").unwrap();
        assert_eq!(s(f.section("a").unwrap(), "k"), "v");
        // Errors.
        assert_eq!(
            parse("[a]\nnovalue\n").unwrap_err().kind,
            ProfileFileErrorKind::InvalidLine
        );
        assert_eq!(
            parse("[a]\n = v\n").unwrap_err().kind,
            ProfileFileErrorKind::EmptyKey
        );
        assert_eq!(
            parse("[a]\n[a]\n").unwrap_err().kind,
            ProfileFileErrorKind::DuplicateSection("a".into())
        );
        let e = parse("[a]\nk=1\nK=2\n").unwrap_err();
        assert_eq!(
            e.kind,
            ProfileFileErrorKind::DuplicateKey {
                section: "a".into(),
                key: "k".into()
            }
        );
        assert_eq!(e.line, Some(3));
        let e = parse_ini(b"[a]\nk = 1\nv = \xff\n", Path::new("f"), true).unwrap_err();
        assert_eq!(
            (e.kind, e.line),
            (ProfileFileErrorKind::InvalidUtf8, Some(3))
        );
    }

    #[test]
    fn debug_hides_values() {
        let f =
            parse("[default]\naws_secret_access_key = s3cr3t\ns3 =\n  k = hidden-too\n").unwrap();
        let set = ProfileSet::from_config_file(&f);
        let d = format!(
            "{f:?}{set:?}{:?}",
            set.profile("default").unwrap().property("s3")
        );
        assert!(d.contains("aws_secret_access_key"));
        assert!(!d.contains("s3cr3t") && !d.contains("hidden-too"), "{d}");
    }

    #[test]
    fn shlex() {
        assert_eq!(
            shlex_split("profile \"my profile\""),
            Some(vec!["profile".into(), "my profile".into()])
        );
        assert_eq!(
            shlex_split("profile 'a b' c"),
            Some(vec!["profile".into(), "a b".into(), "c".into()])
        );
        assert_eq!(shlex_split("profile \"x"), None);
        assert_eq!(shlex_split("a\\ b"), Some(vec!["a b".into()]));
    }

    #[test]
    fn credentials_file_merge() {
        let mut set = ProfileSet::from_config_file(
            &parse("[profile dev]\nregion = r\naws_access_key_id = a\n").unwrap(),
        );
        set.merge_credentials_file(
            &parse("[dev]\naws_access_key_id = b\n[profile x]\nk = v\n").unwrap(),
        );
        let dev = set.profile("dev").unwrap();
        assert_eq!(s(dev, "region"), "r");
        assert_eq!(s(dev, "aws_access_key_id"), "b");
        // In the credentials file the section name is the profile name, as written.
        assert!(set.profile("profile x").is_some());
    }
}
