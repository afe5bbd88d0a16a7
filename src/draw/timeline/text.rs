//! Text sizes without a backend, and wrapping at word boundaries.
//!
//! The layout is computed before anything is drawn (the page sizes its canvas from it, the web
//! layer hit-tests against it), so text is measured with a fixed per-glyph estimate rather than
//! the backend's fonts. The estimate follows DejaVu Sans (the PNG font), which is wider than the
//! browsers' default sans-serif fonts, so a label that fits here fits on the page too.

/// The estimated width (CSS px) of `text` at `px` CSS px.
pub fn label_width(text: &str, px: f64) -> f64 {
    text.chars()
        .map(|c| match c {
            ' ' => 0.32,
            'i' | 'j' | 'l' | 'I' | '.' | ',' | ':' | ';' | '\'' | '!' | '|' | '\u{2019}' => 0.3,
            'f' | 't' | 'r' => 0.42,
            'm' | 'w' => 0.92,
            'M' | 'W' => 0.95,
            c if c.is_uppercase() => 0.74,
            _ => 0.62,
        })
        .sum::<f64>()
        * px
}

/// `text` broken at spaces into lines no wider than `room` (a single word wider than `room`
/// keeps a line of its own, whole). Every line is a slice of `text`, so joined with spaces they
/// give it back.
pub fn wrap(text: &str, px: f64, room: f64) -> Vec<&str> {
    let mut lines = Vec::new();
    let mut start = 0usize;
    let mut last_space: Option<usize> = None;
    for (i, c) in text.char_indices() {
        if c != ' ' {
            continue;
        }
        let candidate = text.get(start..i).unwrap_or("");
        if label_width(candidate, px) > room {
            if let Some(s) = last_space.filter(|s| *s >= start) {
                lines.push(text.get(start..s).unwrap_or(""));
                start = s + 1;
            }
        }
        last_space = Some(i);
    }
    let rest = text.get(start..).unwrap_or("");
    if label_width(rest, px) > room {
        if let Some(s) = last_space.filter(|s| *s >= start) {
            lines.push(text.get(start..s).unwrap_or(""));
            start = s + 1;
        }
    }
    lines.push(text.get(start..).unwrap_or(""));
    lines.retain(|l| !l.is_empty());
    lines
}

/// The width of the widest word of `text`.
pub fn widest_word(text: &str, px: f64) -> f64 {
    text.split(' ')
        .map(|w| label_width(w, px))
        .fold(0.0, f64::max)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wraps_at_spaces_and_keeps_every_word_whole() {
        for (text, room) in [
            ("United Arab Emirates", 60.0),
            ("United Arab Emirates", 1000.0),
            ("Saudi Arabia", 10.0),
            (
                "International Conference on Peace and Security in Iraq, Paris",
                120.0,
            ),
            ("", 50.0),
            ("Bahrain", 5.0),
        ] {
            let lines = wrap(text, 12.0, room);
            assert_eq!(lines.join(" "), text, "{text} in {room}");
            for l in &lines {
                assert!(
                    label_width(l, 12.0) <= room || !l.contains(' '),
                    "{l:?} is wider than {room}"
                );
            }
        }
        assert_eq!(
            wrap("United Arab Emirates", 12.0, 90.0),
            ["United Arab", "Emirates"]
        );
    }
}
