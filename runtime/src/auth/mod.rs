//! Request authentication: SigV4 signing and presigning (botocore's `botocore.auth`), bearer tokens.
