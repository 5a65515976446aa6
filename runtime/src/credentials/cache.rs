//! Caching with ahead-of-expiry refresh (botocore's `RefreshableCredentials`).
//!
//! - No cached credentials, or fewer than 10 minutes left (the mandatory window):
//!   every caller waits for one refresh; a failure is returned.
//! - Between 15 and 10 minutes left (the advisory window): one caller refreshes while
//!   the others keep using the cached credentials; a failure keeps the old ones.
//! - Credentials without an expiry are cached for good.

use std::fmt;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use super::{BoxFuture, Credentials, CredentialsError, CredentialsErrorKind, ProvideCredentials};
use crate::types::DateTime;

/// A source of the current time (injectable for tests).
pub type Clock = Arc<dyn Fn() -> DateTime + Send + Sync>;

pub(crate) fn system_clock() -> Clock {
    Arc::new(DateTime::now)
}

/// botocore's `_DEFAULT_ADVISORY_REFRESH_TIMEOUT`.
const ADVISORY: Duration = Duration::from_secs(15 * 60);
/// botocore's `_DEFAULT_MANDATORY_REFRESH_TIMEOUT`.
const MANDATORY: Duration = Duration::from_secs(10 * 60);

/// Caches another provider's credentials and refreshes them ahead of expiry; concurrent
/// callers share one refresh.
pub struct CachingProvider {
    inner: Arc<dyn ProvideCredentials>,
    cached: Mutex<Option<Credentials>>,
    refresh: tokio::sync::Mutex<()>,
    clock: Clock,
    advisory: Duration,
    mandatory: Duration,
}

impl fmt::Debug for CachingProvider {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("CachingProvider")
            .field("inner", &self.inner)
            .finish_non_exhaustive()
    }
}

enum Need {
    None,
    Advisory,
    Mandatory,
}

impl CachingProvider {
    /// Caches `inner` with the system clock and botocore's 15/10 minute windows.
    pub fn new(inner: Arc<dyn ProvideCredentials>) -> CachingProvider {
        CachingProvider::with_clock(inner, system_clock())
    }

    /// Caches `inner` with `clock`.
    pub fn with_clock(inner: Arc<dyn ProvideCredentials>, clock: Clock) -> CachingProvider {
        CachingProvider {
            inner,
            cached: Mutex::new(None),
            refresh: tokio::sync::Mutex::new(()),
            clock,
            advisory: ADVISORY,
            mandatory: MANDATORY,
        }
    }

    fn current(&self) -> Option<Credentials> {
        self.cached
            .lock()
            .map(|g| g.clone())
            .unwrap_or_else(|p| p.into_inner().clone())
    }

    fn store(&self, c: Credentials) {
        match self.cached.lock() {
            Ok(mut g) => *g = Some(c),
            Err(p) => *p.into_inner() = Some(c),
        }
    }

    fn need(&self, c: &Option<Credentials>) -> Need {
        let Some(c) = c else { return Need::Mandatory };
        let Some(expiry) = c.expiry else {
            return Need::None;
        };
        let remaining = expiry.as_secs_f64() - (self.clock)().as_secs_f64();
        if remaining < self.mandatory.as_secs_f64() {
            Need::Mandatory
        } else if remaining < self.advisory.as_secs_f64() {
            Need::Advisory
        } else {
            Need::None
        }
    }

    async fn fetch(&self) -> Result<Credentials, CredentialsError> {
        let c = self.inner.provide().await?;
        if let Some(expiry) = c.expiry {
            if expiry.as_secs_f64() <= (self.clock)().as_secs_f64() {
                return Err(CredentialsError::new(
                    CredentialsErrorKind::Retrieval,
                    c.provider,
                    "the refreshed credentials are already expired",
                ));
            }
        }
        self.store(c.clone());
        Ok(c)
    }

    async fn get(&self) -> Result<Credentials, CredentialsError> {
        let cur = self.current();
        match self.need(&cur) {
            Need::None => {
                cur.ok_or_else(|| CredentialsError::not_loaded("cache", "no credentials"))
            }
            Need::Advisory => {
                let Ok(_guard) = self.refresh.try_lock() else {
                    // Someone else is refreshing: keep using what we have.
                    return cur
                        .ok_or_else(|| CredentialsError::not_loaded("cache", "no credentials"));
                };
                let again = self.current();
                if let Need::None = self.need(&again) {
                    if let Some(c) = again {
                        return Ok(c);
                    }
                }
                match self.fetch().await {
                    Ok(c) => Ok(c),
                    Err(e) => again.or(cur).ok_or(e),
                }
            }
            Need::Mandatory => {
                let _guard = self.refresh.lock().await;
                // Another caller may have refreshed while we waited.
                let again = self.current();
                match self.need(&again) {
                    Need::None | Need::Advisory => {
                        if let Some(c) = again {
                            return Ok(c);
                        }
                        self.fetch().await
                    }
                    Need::Mandatory => self.fetch().await,
                }
            }
        }
    }
}

impl ProvideCredentials for CachingProvider {
    fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
        Box::pin(self.get())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicI64, AtomicUsize, Ordering};

    /// Counts calls; returns credentials expiring `lifetime` seconds after the clock;
    /// sleeps a little so concurrent callers overlap; fails when `fail` is set.
    #[derive(Debug)]
    struct Counting {
        calls: AtomicUsize,
        now: Arc<AtomicI64>,
        lifetime: i64,
        fail: std::sync::atomic::AtomicBool,
    }

    impl ProvideCredentials for Counting {
        fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
            Box::pin(async move {
                let n = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
                tokio::time::sleep(Duration::from_millis(20)).await;
                if self.fail.load(Ordering::SeqCst) {
                    return Err(CredentialsError::new(
                        CredentialsErrorKind::Retrieval,
                        "test",
                        "down",
                    ));
                }
                let exp = DateTime::from_secs(self.now.load(Ordering::SeqCst) + self.lifetime);
                Ok(Credentials::new(format!("AKID{n}"), "secret", None).with_expiry(Some(exp)))
            })
        }
    }

    fn setup(lifetime: i64) -> (Arc<Counting>, Arc<AtomicI64>, Arc<CachingProvider>) {
        let now = Arc::new(AtomicI64::new(1_000_000));
        let inner = Arc::new(Counting {
            calls: AtomicUsize::new(0),
            now: now.clone(),
            lifetime,
            fail: Default::default(),
        });
        let n2 = now.clone();
        let clock: Clock = Arc::new(move || DateTime::from_secs(n2.load(Ordering::SeqCst)));
        let cache = Arc::new(CachingProvider::with_clock(inner.clone(), clock));
        (inner, now, cache)
    }

    #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
    async fn concurrent_callers_share_one_refresh() {
        let (inner, now, cache) = setup(3600);
        let mut tasks = Vec::new();
        for _ in 0..16 {
            let c = cache.clone();
            tasks.push(tokio::spawn(async move { c.provide().await }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap().unwrap().access_key_id, "AKID1");
        }
        assert_eq!(inner.calls.load(Ordering::SeqCst), 1);

        // Still fresh 40 minutes later (20 minutes left): no refresh.
        now.fetch_add(40 * 60, Ordering::SeqCst);
        assert_eq!(cache.provide().await.unwrap().access_key_id, "AKID1");
        assert_eq!(inner.calls.load(Ordering::SeqCst), 1);

        // 55 minutes in (5 minutes left, mandatory window): all callers wait for one refresh.
        now.fetch_add(15 * 60, Ordering::SeqCst);
        let mut tasks = Vec::new();
        for _ in 0..16 {
            let c = cache.clone();
            tasks.push(tokio::spawn(async move { c.provide().await }));
        }
        for t in tasks {
            assert_eq!(t.await.unwrap().unwrap().access_key_id, "AKID2");
        }
        assert_eq!(inner.calls.load(Ordering::SeqCst), 2);
    }

    #[tokio::test]
    async fn advisory_window_failure_keeps_old_credentials() {
        let (inner, now, cache) = setup(3600);
        assert_eq!(cache.provide().await.unwrap().access_key_id, "AKID1");
        // 48 minutes in: 12 minutes left, advisory window.
        now.fetch_add(48 * 60, Ordering::SeqCst);
        inner.fail.store(true, Ordering::SeqCst);
        assert_eq!(cache.provide().await.unwrap().access_key_id, "AKID1");
        assert_eq!(inner.calls.load(Ordering::SeqCst), 2);
        // Advisory refresh that succeeds replaces them.
        inner.fail.store(false, Ordering::SeqCst);
        assert_eq!(cache.provide().await.unwrap().access_key_id, "AKID3");
        // In the mandatory window a failure is an error.
        now.fetch_add(55 * 60, Ordering::SeqCst);
        inner.fail.store(true, Ordering::SeqCst);
        assert_eq!(
            cache.provide().await.unwrap_err().kind,
            CredentialsErrorKind::Retrieval
        );
    }

    #[tokio::test]
    async fn static_credentials_cached_forever_and_expired_refresh_rejected() {
        #[derive(Debug)]
        struct Once(AtomicUsize);
        impl ProvideCredentials for Once {
            fn provide(&self) -> BoxFuture<'_, Result<Credentials, CredentialsError>> {
                self.0.fetch_add(1, Ordering::SeqCst);
                Box::pin(async { Ok(Credentials::new("A", "B", None)) })
            }
        }
        let inner = Arc::new(Once(AtomicUsize::new(0)));
        let cache = CachingProvider::new(inner.clone());
        for _ in 0..5 {
            cache.provide().await.unwrap();
        }
        assert_eq!(inner.0.load(Ordering::SeqCst), 1);

        let (_inner, _now, cache) = setup(-5);
        assert_eq!(
            cache.provide().await.unwrap_err().kind,
            CredentialsErrorKind::Retrieval
        );
    }
}
