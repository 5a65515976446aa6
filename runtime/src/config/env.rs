//! Environment access: the [`Env`] seam through which every environment variable and the
//! home directory are read (botocore's `os.environ` / `os.path.expanduser`), so tests never
//! touch the process environment, and [`expand_path`] for configured file paths.

use std::collections::HashMap;
use std::fmt;
use std::path::PathBuf;

/// Where configuration reads environment variables and the home directory.
pub trait Env: Send + Sync + fmt::Debug {
    /// The variable's value; `None` when unset (or not valid UTF-8).
    fn var(&self, name: &str) -> Option<String>;
    /// The user's home directory (for `~` in paths and `~/.aws/...`).
    fn home_dir(&self) -> Option<PathBuf>;
}

/// The real process environment.
#[derive(Clone, Copy, Debug, Default)]
pub struct ProcessEnv;

impl Env for ProcessEnv {
    fn var(&self, name: &str) -> Option<String> {
        std::env::var(name).ok()
    }
    fn home_dir(&self) -> Option<PathBuf> {
        std::env::var_os("HOME")
            .or_else(|| std::env::var_os("USERPROFILE"))
            .filter(|h| !h.is_empty())
            .map(PathBuf::from)
    }
}

/// An environment held in a map, for tests and embedding. `Debug` shows the variable
/// names only (values may be secrets).
#[derive(Clone, Default)]
pub struct MapEnv {
    vars: HashMap<String, String>,
    home: Option<PathBuf>,
}

impl MapEnv {
    /// An empty environment with no home directory.
    pub fn new() -> MapEnv {
        MapEnv::default()
    }
    /// Sets a variable.
    pub fn with(mut self, name: impl Into<String>, value: impl Into<String>) -> MapEnv {
        self.vars.insert(name.into(), value.into());
        self
    }
    /// Sets the home directory.
    pub fn with_home(mut self, home: impl Into<PathBuf>) -> MapEnv {
        self.home = Some(home.into());
        self
    }
}

impl fmt::Debug for MapEnv {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let mut keys: Vec<_> = self.vars.keys().collect();
        keys.sort();
        f.debug_struct("MapEnv")
            .field("vars", &keys)
            .field("home", &self.home)
            .finish()
    }
}

impl Env for MapEnv {
    fn var(&self, name: &str) -> Option<String> {
        self.vars.get(name).cloned()
    }
    fn home_dir(&self) -> Option<PathBuf> {
        self.home.clone()
    }
}

/// Expands `$VAR`/`${VAR}` (unknown variables stay as written, like Python's
/// `os.path.expandvars`) and then a leading `~` (like `os.path.expanduser`).
pub fn expand_path(path: &str, env: &dyn Env) -> PathBuf {
    let mut out = String::with_capacity(path.len());
    let mut rest = path;
    while let Some(pos) = rest.find('$') {
        out.push_str(&rest[..pos]);
        let after = &rest[pos + 1..];
        let (name, consumed) = if let Some(inner) = after.strip_prefix('{') {
            match inner.find('}') {
                Some(end) => (&inner[..end], end + 2),
                None => ("", 0),
            }
        } else {
            let end = after
                .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_'))
                .unwrap_or(after.len());
            (&after[..end], end)
        };
        match (name.is_empty(), env.var(name)) {
            (false, Some(v)) => out.push_str(&v),
            _ => out.push_str(&rest[pos..pos + 1 + consumed]),
        }
        rest = &after[consumed..];
    }
    out.push_str(rest);
    if out == "~" || out.starts_with("~/") || out.starts_with("~\\") {
        if let Some(home) = env.home_dir() {
            let tail = out.get(2..).unwrap_or("");
            return if tail.is_empty() {
                home
            } else {
                home.join(tail)
            };
        }
    }
    PathBuf::from(out)
}

/// `None` for an unset or empty value.
pub(super) fn nonempty(v: Option<String>) -> Option<String> {
    v.filter(|s| !s.is_empty())
}
