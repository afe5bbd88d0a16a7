//! The Natural Earth projection and the two framings (region, world) fitted to a viewport.
//!
//! Natural Earth (Šavrič et al., the same formula as d3's `geoNaturalEarth1`) keeps both the Gulf and
//! Australia recognisable; one projection for both framings means the region view is simply a
//! zoomed crop of the world view, so positions never jump between them.

use serde::{Deserialize, Serialize};

/// Which part of the world the map frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Framing {
    /// Europe, the Middle East and the Gulf, where the story is (the default).
    #[default]
    Region,
    /// The whole world: to see Australia, the Americas, China, Japan.
    World,
}

impl Framing {
    /// Every framing, in the order the page offers them.
    pub const ALL: [Framing; 2] = [Framing::Region, Framing::World];

    /// (west, south, east, north) in degrees.
    fn bounds(self) -> (f64, f64, f64, f64) {
        match self {
            Framing::Region => (-12.0, 10.0, 63.0, 63.0),
            Framing::World => (-180.0, -57.0, 180.0, 84.0),
        }
    }

    pub fn parse(s: &str) -> Option<Framing> {
        match s {
            "region" => Some(Framing::Region),
            "world" => Some(Framing::World),
            _ => None,
        }
    }

    pub fn key(self) -> &'static str {
        match self {
            Framing::Region => "region",
            Framing::World => "world",
        }
    }
}

/// Natural Earth I, in radians in and unit-less plane coordinates out (y grows northwards).
pub fn natural_earth(lon_deg: f64, lat_deg: f64) -> (f64, f64) {
    let (lambda, phi) = (lon_deg.to_radians(), lat_deg.to_radians());
    let phi2 = phi * phi;
    let phi4 = phi2 * phi2;
    let x = lambda
        * (0.8707 - 0.131979 * phi2
            + phi4 * (-0.013791 + phi4 * (0.003971 * phi2 - 0.001529 * phi4)));
    let y = phi
        * (1.007226 + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)));
    (x, y)
}

/// A framing fitted into a `width` × `height` box (CSS pixels): lon/lat in, pixels out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub width: f64,
    pub height: f64,
    pub framing: Framing,
    scale: f64,
    offset_x: f64,
    offset_y: f64,
}

impl Viewport {
    /// Fits the framing's bounds into the box with a small margin, centred.
    pub fn new(width: f64, height: f64, framing: Framing) -> Viewport {
        let (width, height) = (sane(width), sane(height));
        let (w, s, e, n) = framing.bounds();
        // Sample the bounds' edges: the projection bends meridians, so corners alone are not enough.
        let (mut x0, mut y0, mut x1, mut y1) = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
        for i in 0..=16 {
            let t = f64::from(i) / 16.0;
            for (lon, lat) in [
                (w, s + (n - s) * t),
                (e, s + (n - s) * t),
                (w + (e - w) * t, s),
                (w + (e - w) * t, n),
            ] {
                let (x, y) = natural_earth(lon, lat);
                x0 = x0.min(x);
                x1 = x1.max(x);
                y0 = y0.min(y);
                y1 = y1.max(y);
            }
        }
        let margin = 0.02;
        let scale = ((width / (x1 - x0)).min(height / (y1 - y0))) * (1.0 - 2.0 * margin);
        let offset_x = width / 2.0 - scale * (x0 + x1) / 2.0;
        let offset_y = height / 2.0 + scale * (y0 + y1) / 2.0;
        Viewport {
            width,
            height,
            framing,
            scale,
            offset_x,
            offset_y,
        }
    }

    /// A point in CSS pixels from the top-left corner.
    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = natural_earth(lon, lat);
        (
            self.offset_x + self.scale * x,
            self.offset_y - self.scale * y,
        )
    }
}

/// A usable size: non-finite or tiny sizes (a hidden element measures 0) become 1 px.
fn sane(v: f64) -> f64 {
    if v.is_finite() && v >= 1.0 {
        v.min(100_000.0)
    } else {
        1.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origin_and_symmetry() {
        assert_eq!(natural_earth(0.0, 0.0), (0.0, 0.0));
        let (x, y) = natural_earth(30.0, 40.0);
        let (mx, my) = natural_earth(-30.0, -40.0);
        assert!((x + mx).abs() < 1e-12 && (y + my).abs() < 1e-12);
    }

    #[test]
    fn region_view_puts_the_gulf_and_paris_inside_the_box() {
        let v = Viewport::new(800.0, 500.0, Framing::Region);
        for (lon, lat) in [(2.35, 48.86), (39.2, 21.5), (50.5, 26.0), (44.4, 33.3)] {
            let (x, y) = v.project(lon, lat);
            assert!(
                (0.0..800.0).contains(&x) && (0.0..500.0).contains(&y),
                "{lon},{lat} -> {x},{y}"
            );
        }
        // North is up, east is right.
        let paris = v.project(2.35, 48.86);
        let riyadh = v.project(46.7, 24.7);
        assert!(paris.1 < riyadh.1 && paris.0 < riyadh.0);
    }

    #[test]
    fn degenerate_sizes_do_not_produce_nan() {
        for (w, h) in [(0.0, 0.0), (f64::NAN, 10.0), (-5.0, f64::INFINITY)] {
            let v = Viewport::new(w, h, Framing::World);
            let (x, y) = v.project(10.0, 10.0);
            assert!(x.is_finite() && y.is_finite());
        }
    }
}
