//! A checked cursor over the build-time packs (the embedded dataset and the country shapes):
//! every read is bounds-checked, so a truncated or corrupt pack is an error naming the pack and
//! the byte, never a panic.

/// Reads a pack front to back. `name` opens every error ("packed dataset: unexpected end at
/// byte 12").
pub struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    name: &'static str,
}

impl<'a> Reader<'a> {
    pub fn new(bytes: &'a [u8], name: &'static str) -> Reader<'a> {
        Reader { bytes, at: 0, name }
    }

    /// An error at the current byte.
    pub fn error(&self, what: &str) -> String {
        format!("{}: {what} at byte {}", self.name, self.at)
    }

    /// Whether every byte has been read (anything left over is a corrupt pack).
    pub fn at_end(&self) -> bool {
        self.at == self.bytes.len()
    }

    pub fn take(&mut self, n: usize) -> Result<&'a [u8], String> {
        let end = self
            .at
            .checked_add(n)
            .ok_or_else(|| self.error("length out of range"))?;
        let raw = self
            .bytes
            .get(self.at..end)
            .ok_or_else(|| self.error("unexpected end"))?;
        self.at = end;
        Ok(raw)
    }

    pub fn byte(&mut self) -> Result<u8, String> {
        let b = *self
            .bytes
            .get(self.at)
            .ok_or_else(|| self.error("unexpected end"))?;
        self.at += 1;
        Ok(b)
    }

    /// An unsigned LEB128 number.
    pub fn varint(&mut self) -> Result<u64, String> {
        let mut value = 0u64;
        for shift in (0..64).step_by(7) {
            let byte = self.byte()?;
            value |= u64::from(byte & 0x7f) << shift;
            if byte < 0x80 {
                return Ok(value);
            }
        }
        Err(self.error("varint too long"))
    }

    /// A count of items that follow: each takes at least a byte, so a larger count is corrupt
    /// (and must not reserve memory for it).
    pub fn count(&mut self) -> Result<usize, String> {
        let n = usize::try_from(self.varint()?).map_err(|_| self.error("length out of range"))?;
        if n > self.bytes.len() - self.at {
            return Err(self.error("length out of range"));
        }
        Ok(n)
    }

    /// A length-prefixed UTF-8 string.
    pub fn str(&mut self) -> Result<&'a str, String> {
        let n = self.count()?;
        let raw = self.take(n)?;
        std::str::from_utf8(raw).map_err(|_| self.error("text is not UTF-8"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_what_it_is_given_and_refuses_the_rest() {
        let mut r = Reader::new(&[0x96, 0x01, 2, b'h', b'i', 7], "test pack");
        assert_eq!(r.varint(), Ok(150));
        assert_eq!(r.str(), Ok("hi"));
        assert!(!r.at_end());
        assert_eq!(r.byte(), Ok(7));
        assert!(r.at_end());
        assert_eq!(
            r.byte(),
            Err("test pack: unexpected end at byte 6".to_string())
        );
        // A count larger than the bytes left, a varint that never ends, text that is not UTF-8.
        assert!(Reader::new(&[9, 1], "p").count().is_err());
        assert!(Reader::new(&[0xff; 11], "p").varint().is_err());
        assert!(Reader::new(&[1, 0xff], "p").str().is_err());
        assert!(Reader::new(&[5, 1, 2], "p").take(usize::MAX).is_err());
    }
}
