//! Retries: legacy, standard and adaptive modes (botocore's `retries/`).
