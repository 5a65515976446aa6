//! Request compression (botocore's `compress.py`): gzip for operations that model
//! `requestcompression`.

use std::io::Write;

/// Gzips `data` at the default level.
pub fn gzip(data: &[u8]) -> Vec<u8> {
    let mut enc = flate2::write::GzEncoder::new(Vec::with_capacity(data.len() / 2 + 64), flate2::Compression::default());
    // Writing into a Vec cannot fail.
    let _ = enc.write_all(data);
    enc.finish().unwrap_or_default()
}

#[cfg(test)]
mod tests {
    #[test]
    fn round_trip() {
        use std::io::Read;
        let data = b"hello hello hello hello".repeat(100);
        let gz = super::gzip(&data);
        assert!(gz.len() < data.len());
        let mut out = Vec::new();
        flate2::read::GzDecoder::new(&gz[..]).read_to_end(&mut out).unwrap();
        assert_eq!(out, data);
    }
}
