//! Country outlines from Natural Earth (via `world-atlas`), decoded at build time by
//! `scripts/build-shapes.mjs` into `data/geo/countries.json` and embedded here.

use serde::Deserialize;

const EMBEDDED: &str = include_str!("../../data/geo/countries.json");

/// A country's outline: rings of (longitude, latitude) in degrees. Outer rings and holes are not
/// told apart: filling uses the even-odd rule, so holes stay holes.
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
    rings: Vec<Vec<i32>>,
}

impl Shapes {
    /// The shapes compiled into this build.
    pub fn embedded() -> Result<Shapes, String> {
        Shapes::from_json(EMBEDDED)
    }

    /// Parses the compact form: per ring, an absolute (x, y) then deltas, in 1/scale degrees.
    pub fn from_json(text: &str) -> Result<Shapes, String> {
        let raw: RawFile =
            serde_json::from_str(text).map_err(|e| format!("country shapes: {e}"))?;
        if !(raw.scale.is_finite() && raw.scale > 0.0) {
            return Err(format!("country shapes: bad scale {}", raw.scale));
        }
        let countries = raw
            .countries
            .into_iter()
            .map(|c| CountryShape {
                id: c.id,
                name: c.name,
                rings: c.rings.iter().map(|r| decode_ring(r, raw.scale)).collect(),
            })
            .collect();
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
}
