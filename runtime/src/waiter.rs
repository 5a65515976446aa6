//! Waiters: one generic polling loop driven by `waiters-2.json` as data.
//!
//! A generated crate holds a `static` [`WaiterSpec`] per waiter and a thin
//! `Client::wait_until_<name>` method that calls [`Handle::wait`]. The loop follows
//! botocore's `Waiter.wait`: call the operation; take the first acceptor that matches
//! the response (output or service error); `success` returns, `failure` fails with
//! [`SdkErrorKind::Waiter`], `retry` (or no match on a successful response) sleeps
//! `delay` and tries again, up to `max_attempts` calls. A service error that no
//! acceptor matches ends the wait with that error, as botocore raises it.

use std::time::Duration;

use crate::client::Handle;
use crate::data::Struct;
use crate::error::{Error, ErrorMeta, OperationError, SdkError, SdkErrorKind};
use crate::jmespath::{Expr, Value};
use crate::operation::Operation;

/// What an acceptor leads to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum State {
    /// The wait is over and succeeded.
    Success,
    /// The wait is over and failed.
    Failure,
    /// Keep polling.
    Retry,
}

/// How an acceptor looks at a response.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Matcher {
    /// The expression's result equals `expected`.
    Path,
    /// The expression gives a non-empty list whose every element equals `expected`.
    PathAll,
    /// The expression gives a list with some element equal to `expected`.
    PathAny,
    /// The HTTP status equals `expected`.
    Status,
    /// The error code equals `expected`; `true`: any error; `false`: no error.
    Error,
}

/// An acceptor's expected value.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Expected {
    /// A string.
    Str(&'static str),
    /// A boolean.
    Bool(bool),
    /// An integer (statuses, counts).
    Int(i64),
    /// A number with a fraction.
    Float(f64),
}

impl Expected {
    fn matches(&self, v: &Value) -> bool {
        match (self, v) {
            (Expected::Str(s), Value::String(x)) => s == x,
            (Expected::Bool(b), Value::Bool(x)) => b == x,
            (Expected::Int(i), Value::Number(x)) => (*i as f64) == *x,
            (Expected::Float(f), Value::Number(x)) => f == x,
            _ => false,
        }
    }
}

/// One acceptor of a waiter.
#[derive(Debug)]
pub struct Acceptor {
    /// Where a match leads.
    pub state: State,
    /// How the response is examined.
    pub matcher: Matcher,
    /// The expression for the path matchers (empty for `status` and `error`).
    pub argument: &'static str,
    /// The value to compare with.
    pub expected: Expected,
}

/// One waiter of `waiters-2.json`.
#[derive(Debug)]
pub struct WaiterSpec {
    /// The waiter's name in the model (`TableExists`).
    pub name: &'static str,
    /// The operation polled.
    pub operation: &'static Operation,
    /// Seconds between attempts.
    pub delay: u32,
    /// Calls before giving up.
    pub max_attempts: u32,
    /// The acceptors, tried in order.
    pub acceptors: &'static [Acceptor],
}

/// Overrides of a waiter's timing (boto3's `WaiterConfig`).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct WaiterConfig {
    /// Time between attempts (the spec's `delay` seconds when `None`).
    pub delay: Option<Duration>,
    /// Calls before giving up (the spec's `max_attempts` when `None`).
    pub max_attempts: Option<u32>,
}

impl WaiterConfig {
    /// Sets the delay between attempts.
    pub fn delay(mut self, d: Duration) -> Self {
        self.delay = Some(d);
        self
    }
    /// Sets the maximum number of calls.
    pub fn max_attempts(mut self, n: u32) -> Self {
        self.max_attempts = Some(n);
        self
    }
}

/// One response as the acceptors see it.
pub enum Response<'a> {
    /// A successful call: its output and HTTP status.
    Output(&'a dyn Struct, u16),
    /// A service error response.
    Error(&'a ErrorMeta),
}

/// What to do after a response.
#[derive(Debug)]
pub enum Step {
    /// The waiter succeeded.
    Success,
    /// The waiter failed or gave up.
    Fail(SdkError),
    /// A service error that no acceptor matched: return it.
    Unmatched,
    /// Sleep this long and call again.
    Retry(Duration),
}

/// The non-generic state of a wait: acceptor expressions and the attempt count.
pub struct WaitState {
    spec: &'static WaiterSpec,
    exprs: Vec<Option<Expr>>,
    delay: Duration,
    max_attempts: u32,
    attempts: u32,
}

impl std::fmt::Debug for WaitState {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("WaitState")
            .field("waiter", &self.spec.name)
            .field("attempts", &self.attempts)
            .finish_non_exhaustive()
    }
}

impl WaitState {
    /// Parses the acceptors' expressions.
    pub fn new(spec: &'static WaiterSpec, config: WaiterConfig) -> Result<WaitState, SdkError> {
        let exprs = spec
            .acceptors
            .iter()
            .map(|a| match a.matcher {
                Matcher::Path | Matcher::PathAll | Matcher::PathAny => Expr::parse(a.argument)
                    .map(Some)
                    .map_err(|e| waiter_err(spec, e.to_string())),
                Matcher::Status | Matcher::Error => Ok(None),
            })
            .collect::<Result<_, _>>()?;
        Ok(WaitState {
            spec,
            exprs,
            delay: config
                .delay
                .unwrap_or(Duration::from_secs(u64::from(spec.delay))),
            max_attempts: config.max_attempts.unwrap_or(spec.max_attempts).max(1),
            attempts: 0,
        })
    }

    fn matches(&self, i: usize, a: &Acceptor, r: &Response<'_>) -> Result<bool, SdkError> {
        Ok(match (a.matcher, r) {
            (Matcher::Status, Response::Output(_, status)) => {
                a.expected.matches(&Value::Number(f64::from(*status)))
            }
            (Matcher::Status, Response::Error(m)) => {
                a.expected.matches(&Value::Number(f64::from(m.status)))
            }
            (Matcher::Error, Response::Output(..)) => a.expected == Expected::Bool(false),
            (Matcher::Error, Response::Error(m)) => match a.expected {
                Expected::Bool(b) => b,
                Expected::Str(code) => m.code == code,
                _ => false,
            },
            // Path matchers never match an error response.
            (_, Response::Error(_)) => false,
            (m, Response::Output(out, _)) => {
                let Some(Some(expr)) = self.exprs.get(i) else {
                    return Ok(false);
                };
                // A type error (`length(null)` when an empty list was omitted from the
                // response) is no match rather than the end of the wait.
                let Ok(v) = expr.search(*out) else {
                    return Ok(false);
                };
                match m {
                    Matcher::PathAll => match v {
                        Value::List(l) => !l.is_empty() && l.iter().all(|x| a.expected.matches(x)),
                        _ => false,
                    },
                    Matcher::PathAny => match v {
                        Value::List(l) => l.iter().any(|x| a.expected.matches(x)),
                        _ => false,
                    },
                    _ => a.expected.matches(&v),
                }
            }
        })
    }

    /// Decides what follows `response`, counting it as one attempt.
    pub fn step(&mut self, response: Response<'_>) -> Step {
        self.attempts += 1;
        let mut matched = None;
        for (i, a) in self.spec.acceptors.iter().enumerate() {
            match self.matches(i, a, &response) {
                Ok(true) => {
                    matched = Some(a);
                    break;
                }
                Ok(false) => {}
                Err(e) => return Step::Fail(e),
            }
        }
        match matched {
            Some(a) if a.state == State::Success => return Step::Success,
            Some(a) if a.state == State::Failure => {
                let what = match a.matcher {
                    Matcher::Status => format!("status {:?}", a.expected),
                    Matcher::Error => format!("error {:?}", a.expected),
                    _ => format!(
                        "for expression {:?} we matched expected path {:?}",
                        a.argument, a.expected
                    ),
                };
                return Step::Fail(waiter_err(
                    self.spec,
                    format!("encountered a terminal failure state: {what}"),
                ));
            }
            Some(_) => {}
            None if matches!(response, Response::Error(_)) => return Step::Unmatched,
            None => {}
        }
        if self.attempts >= self.max_attempts {
            return Step::Fail(waiter_err(
                self.spec,
                format!("max attempts exceeded ({})", self.attempts),
            ));
        }
        Step::Retry(self.delay)
    }
}

fn waiter_err(spec: &WaiterSpec, msg: String) -> SdkError {
    SdkError::new(
        SdkErrorKind::Waiter,
        format!("waiter {} failed: {msg}", spec.name),
    )
}

impl Handle {
    /// Polls `spec.operation` with `input` until an acceptor reaches a final state.
    ///
    /// Returns the output of the call that succeeded, or `None` when the success was an
    /// error response (for example `BucketNotExists` on a 404); a service error that no
    /// acceptor matches is returned as is.
    pub async fn wait<I, O, E>(
        &self,
        spec: &'static WaiterSpec,
        input: I,
        config: WaiterConfig,
    ) -> Result<Option<O>, Error<E>>
    where
        I: Struct + Clone,
        O: Struct + Default,
        E: OperationError,
    {
        let mut state = WaitState::new(spec, config)?;
        loop {
            let result = self
                .invoke_with_meta::<I, O, E>(spec.operation, input.clone())
                .await;
            let step = match &result {
                Ok((out, meta)) => state.step(Response::Output(out, meta.status)),
                Err(Error::Service(s)) => state.step(Response::Error(&s.meta)),
                Err(Error::Sdk(_)) => Step::Unmatched,
            };
            match step {
                Step::Success => return Ok(result.ok().map(|(o, _)| o)),
                Step::Fail(e) => return Err(Error::Sdk(e)),
                Step::Unmatched => return result.map(|(o, _)| Some(o)),
                Step::Retry(d) => tokio::time::sleep(d).await,
            }
        }
    }
}

#[cfg(test)]
mod tests;
