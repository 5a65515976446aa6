//! The HTTP seam: the client trait, the hyper/rustls client and request/response types.
