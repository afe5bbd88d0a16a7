//! Country outlines from Natural Earth (via `world-atlas`), decoded by `scripts/build-shapes.mjs`
//! into `data/geo/countries.json`, packed by `build.rs` into varints and embedded here.
//!
//! The JSON's format (the script writes it, [`Shapes::from_json`] reads it; the packed form holds the
//! same numbers, see `build.rs`):
//!
//! ```text
//! { "source": "...", "license": "...", "scale": 20,
//!   "countries": [ { "id": "BHR" | null, "name": "Bahrain", "scale"?: 100,
//!                    "rings": [ [x0, y0, dx1, dy1, dx2, dy2, ...], ... ] }, ... ] }
//! ```
//!
//! - Coordinates are integers in 1/`scale` degrees of longitude (x) and latitude (y). `scale` is
//!   the file's, unless the country states its own (the generator keeps tiny islands that would
//!   collapse on the file's grid at a finer one). Any positive scale is honoured.
//! - Each ring's first pair is absolute; every later pair is the difference from the previous point.
//!   The generator rounds each point to the grid before taking differences, so decoding by
//!   running sums reproduces the rounded points exactly (no accumulated error).
//! - Rings are closed implicitly (the last point is not repeated; a repeated one is harmless). Outer
//!   rings and holes are not told apart: filling uses the even-odd rule.
//! - Today's file: 0.05 degree (scale 20), below a device pixel at devicePixelRatio 2 in the region
//!   framing (about 0.1 degree per CSS px); a handful of microstates and atolls at 0.01 degree.

use serde::Deserialize;

use crate::bytes::Reader;

/// `data/geo/countries.json` as packed by `build.rs`.
const EMBEDDED: &[u8] = crate::pack::SHAPES;

/// A country's outline: rings of (longitude, latitude) in degrees, each closed implicitly (last
/// point back to the first). Outer rings and holes are not told apart: filling uses the even-odd
/// rule, so holes stay holes.
#[derive(Debug, Clone)]
pub struct CountryShape {
    /// ISO 3166-1 alpha-3, or `None` for territories without one (Kosovo, N. Cyprus, Somaliland).
    pub id: Option<String>,
    pub name: String,
    pub rings: Vec<Vec<(f64, f64)>>,
}

/// All embedded country outlines.
#[derive(Debug, Clone)]
pub struct Shapes {
    pub countries: Vec<CountryShape>,
    /// Where the shapes come from, for credits.
    pub source: String,
}

#[derive(Deserialize)]
struct RawFile {
    source: String,
    scale: f64,
    countries: Vec<RawCountry>,
}

#[derive(Deserialize)]
struct RawCountry {
    id: Option<String>,
    name: String,
    /// Overrides the file's scale for this country.
    scale: Option<f64>,
    rings: Vec<Vec<i32>>,
}

fn check_scale(scale: f64) -> Result<f64, String> {
    if scale.is_finite() && scale > 0.0 {
        Ok(scale)
    } else {
        // Not the number itself: formatting an f64 would bring Rust's float formatting (~14 KB)
        // into the page's wasm for a message no valid build shows.
        Err("country shapes: a scale is not a positive number".to_string())
    }
}

impl Shapes {
    /// The shapes compiled into this build.
    pub fn embedded() -> Result<Shapes, String> {
        Shapes::from_packed(EMBEDDED)
    }

    /// Reads the packed form `build.rs` writes: the JSON's numbers as (zigzag) varints.
    pub fn from_packed(bytes: &[u8]) -> Result<Shapes, String> {
        let mut r = Reader::new(bytes, "country shapes");
        let source = r.str()?.to_string();
        let count = r.count()?;
        let mut countries = Vec::with_capacity(count.min(1000));
        for _ in 0..count {
            let id = r.str()?.to_string();
            let name = r.str()?.to_string();
            let scale = check_scale(r.varint()? as f64)?;
            let ring_count = r.count()?;
            let mut rings = Vec::with_capacity(ring_count.min(1000));
            for _ in 0..ring_count {
                let n = r.count()?;
                let mut values = Vec::with_capacity(n.min(100_000));
                for _ in 0..n {
                    let z = r.varint()?;
                    let v = (z >> 1) as i64 ^ -((z & 1) as i64);
                    values.push(i32::try_from(v).map_err(|_| r.error("coordinate out of range"))?);
                }
                rings.push(decode_ring(&values, scale));
            }
            countries.push(CountryShape {
                id: (!id.is_empty()).then_some(id),
                name,
                rings,
            });
        }
        if !r.at_end() {
            return Err(r.error("trailing bytes"));
        }
        Ok(Shapes { countries, source })
    }

    /// Parses the compact form (see the module's documentation): per ring, an absolute (x, y) then
    /// deltas, in 1/scale degrees, with the country's scale if it states one, else the file's.
    pub fn from_json(text: &str) -> Result<Shapes, String> {
        let raw: RawFile =
            serde_json::from_str(text).map_err(|e| format!("country shapes: {e}"))?;
        let file_scale = check_scale(raw.scale)?;
        let countries = raw
            .countries
            .into_iter()
            .map(|c| {
                let scale = c.scale.map_or(Ok(file_scale), check_scale)?;
                Ok(CountryShape {
                    rings: c.rings.iter().map(|r| decode_ring(r, scale)).collect(),
                    id: c.id,
                    name: c.name,
                })
            })
            .collect::<Result<_, String>>()?;
        Ok(Shapes {
            countries,
            source: raw.source,
        })
    }

    pub fn get(&self, id: &str) -> Option<&CountryShape> {
        self.countries.iter().find(|c| c.id.as_deref() == Some(id))
    }
}

fn decode_ring(deltas: &[i32], scale: f64) -> Vec<(f64, f64)> {
    let (mut x, mut y) = (0i64, 0i64);
    deltas
        .chunks_exact(2)
        .map(|p| {
            x += i64::from(p[0]);
            y += i64::from(p[1]);
            (x as f64 / scale, y as f64 / scale)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// build.rs packs the JSON; reading the pack must give exactly what reading the JSON gives.
    #[test]
    fn packed_shapes_equal_the_json_they_were_packed_from() {
        let packed = Shapes::embedded().unwrap();
        let json = Shapes::from_json(include_str!("../../data/geo/countries.json")).unwrap();
        assert_eq!(
            packed.source, json.source,
            "SOURCE must match the JSON's source"
        );
        assert_eq!(packed.countries.len(), json.countries.len());
        for (p, j) in packed.countries.iter().zip(&json.countries) {
            assert_eq!((&p.id, &p.name), (&j.id, &j.name));
            assert_eq!(p.rings, j.rings, "{}", p.name);
        }
    }

    #[test]
    fn truncated_or_garbled_packs_are_errors() {
        assert!(Shapes::from_packed(&EMBEDDED[..EMBEDDED.len() / 2]).is_err());
        assert!(Shapes::from_packed(&[0xff; 12]).is_err());
        assert!(Shapes::from_packed(&[]).is_err());
        let mut extra = EMBEDDED.to_vec();
        extra.push(0);
        assert!(Shapes::from_packed(&extra).is_err());
    }

    #[test]
    fn embedded_shapes_have_the_countries_of_the_story() {
        let s = Shapes::embedded().unwrap();
        assert!(s.countries.len() > 200, "{} countries", s.countries.len());
        for id in [
            "FRA", "IRQ", "SAU", "TUR", "IRN", "SYR", "AUS", "USA", "BHR", "QAT", "LBN",
        ] {
            assert!(s.get(id).is_some(), "{id} missing");
        }
        // France lies between 42 and 51 degrees north (its mainland ring, at least).
        let fra = s.get("FRA").unwrap();
        assert!(fra
            .rings
            .iter()
            .flatten()
            .any(|&(lon, lat)| (-5.0..9.0).contains(&lon) && (42.0..52.0).contains(&lat)));
    }

    #[test]
    fn no_ring_wraps_around_the_antimeridian() {
        // A ring jumping from +180 to -180 would smear a band across the world map (Russia, Fiji).
        let s = Shapes::embedded().unwrap();
        for c in &s.countries {
            for ring in &c.rings {
                let (lo, hi) = ring
                    .iter()
                    .fold((f64::MAX, f64::MIN), |(lo, hi), &(lon, _)| {
                        (lo.min(lon), hi.max(lon))
                    });
                assert!(hi - lo < 180.0, "{} has a ring spanning {lo}..{hi}", c.name);
                assert!(lo >= -180.0 && hi <= 180.0, "{} leaves -180..180", c.name);
            }
        }
    }

    #[test]
    fn every_ring_is_a_polygon_and_small_states_survive() {
        // The generator rounds to a coarse grid; no ring may collapse to a point or a line, and the
        // small states of the story keep their shape (not just a marker).
        let s = Shapes::embedded().unwrap();
        for c in &s.countries {
            assert!(!c.rings.is_empty(), "{} has no ring", c.name);
            for ring in &c.rings {
                let n = ring.len();
                assert!(
                    (0..n).all(|i| ring[i] != ring[(i + 1) % n]),
                    "{}: repeated point",
                    c.name
                );
                let twice_area: f64 = (0..n)
                    .map(|i| {
                        let ((x0, y0), (x1, y1)) = (ring[i], ring[(i + 1) % n]);
                        x0 * y1 - x1 * y0
                    })
                    .sum();
                assert!(n >= 3 && twice_area != 0.0, "{}: degenerate ring", c.name);
            }
        }
        for (id, lon, lat) in [
            ("BHR", 50.55, 26.05),
            ("SGP", 103.82, 1.35),
            ("MLT", 14.45, 35.9),
            ("VAT", 12.45, 41.9),
            ("MCO", 7.42, 43.74),
            ("QAT", 51.2, 25.3),
            ("LBN", 35.8, 33.9),
        ] {
            let c = s.get(id).unwrap_or_else(|| panic!("{id} missing"));
            let near = c
                .rings
                .iter()
                .flatten()
                .all(|&(x, y)| (x - lon).abs() < 1.5 && (y - lat).abs() < 1.5);
            assert!(near, "{id} is not where it should be");
        }
    }

    #[test]
    fn decodes_deltas() {
        let s = Shapes::from_json(
            r#"{"source":"t","scale":100,"countries":[{"id":"AAA","name":"A","rings":[[100,200,50,0,0,50]]}]}"#,
        )
        .unwrap();
        assert_eq!(
            s.countries[0].rings[0],
            vec![(1.0, 2.0), (1.5, 2.0), (1.5, 2.5)]
        );
        assert!(Shapes::from_json("{").is_err());
    }

    #[test]
    fn honours_the_files_scale_and_a_countrys_own() {
        let s = Shapes::from_json(
            r#"{"source":"t","scale":20,"countries":[
                {"id":"AAA","name":"A","rings":[[20,-40,1,0,0,1]]},
                {"id":"BBB","name":"B","scale":100,"rings":[[100,200,5,0,0,5]]}]}"#,
        )
        .unwrap();
        assert_eq!(
            s.countries[0].rings[0],
            vec![(1.0, -2.0), (1.05, -2.0), (1.05, -1.95)]
        );
        assert_eq!(
            s.countries[1].rings[0],
            vec![(1.0, 2.0), (1.05, 2.0), (1.05, 2.05)]
        );
        for bad in [
            r#"{"source":"t","scale":0,"countries":[]}"#,
            r#"{"source":"t","scale":-5,"countries":[]}"#,
            r#"{"source":"t","scale":20,"countries":[{"id":null,"name":"A","scale":0,"rings":[]}]}"#,
        ] {
            assert!(Shapes::from_json(bad).is_err(), "{bad}");
        }
    }
}
