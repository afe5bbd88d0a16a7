//! The Natural Earth projection and the framings (region, Gulf & Levant, world) fitted to a viewport,
//! with an optional [`Camera`] (zoom and pan) on top of the framing.
//!
//! Natural Earth (Šavrič et al., the same formula as d3's `geoNaturalEarth1`) keeps both the Gulf and
//! Australia recognisable; one projection for both framings means the region view is simply a
//! zoomed crop of the world view, so positions never jump between them.

use serde::{Deserialize, Serialize};

use super::camera::Camera;

/// Which part of the world the map frames.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Framing {
    /// Europe, the Middle East and the Gulf, where the story is (the default).
    #[default]
    Region,
    /// The whole world: to see Australia, the Americas, China, Japan.
    World,
    /// The Gulf and the Levant, from Egypt and Turkey to Oman: where the twelve states that met at
    /// Jeddah (all but the United States) are, legible at phone width.
    Gulf,
}

impl Framing {
    /// (west, south, east, north) in degrees.
    pub(super) fn bounds(self) -> (f64, f64, f64, f64) {
        match self {
            Framing::Region => (-12.0, 10.0, 63.0, 63.0),
            Framing::World => (-180.0, -57.0, 180.0, 84.0),
            // Cairo and the Nile delta to Muscat, Turkey's north coast to Oman's south: the box
            // around the Jeddah attendees, with just enough sea around them for markers.
            Framing::Gulf => (25.5, 15.5, 60.5, 42.5),
        }
    }

    /// Every framing, in the order a menu lists them.
    pub const ALL: [Framing; 3] = [Framing::Region, Framing::Gulf, Framing::World];

    pub fn parse(s: &str) -> Option<Framing> {
        Framing::ALL.into_iter().find(|f| f.key() == s)
    }

    pub fn key(self) -> &'static str {
        match self {
            Framing::Region => "region",
            Framing::World => "world",
            Framing::Gulf => "gulf",
        }
    }
}

/// Natural Earth I, in degrees in and unit-less plane coordinates out (y grows northwards).
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

/// The inverse of [`natural_earth`]: plane coordinates in, (lon, lat) in degrees out, by Newton's
/// method on the latitude (as d3's `geoNaturalEarth1Raw.invert`). Points beyond the projection's
/// outline give longitudes beyond ±180; callers clamp.
pub fn natural_earth_inverse(x: f64, y: f64) -> (f64, f64) {
    let mut phi = y;
    for _ in 0..25 {
        let phi2 = phi * phi;
        let phi4 = phi2 * phi2;
        let f = phi
            * (1.007226
                + phi2 * (0.015085 + phi4 * (-0.044475 + 0.028874 * phi2 - 0.005916 * phi4)))
            - y;
        let df = 1.007226
            + phi2
                * (0.015085 * 3.0
                    + phi4 * (-0.044475 * 7.0 + 0.028874 * 9.0 * phi2 - 0.005916 * 11.0 * phi4));
        let delta = f / df;
        phi -= delta;
        if !delta.is_finite() || delta.abs() < 1e-12 {
            break;
        }
    }
    let phi2 = phi * phi;
    let k = 0.8707
        + phi2
            * (-0.131979 + phi2 * (-0.013791 + phi2 * phi2 * phi2 * (0.003971 - 0.001529 * phi2)));
    ((x / k).to_degrees(), phi.to_degrees())
}

/// A framing fitted into a `width` × `height` box (CSS pixels), optionally zoomed and panned by a
/// [`Camera`]: lon/lat in, pixels out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Viewport {
    pub width: f64,
    pub height: f64,
    pub framing: Framing,
    /// The camera as applied (clamped), or `None` for the framing as it is.
    pub(super) camera: Option<Camera>,
    /// A part of the box covered by something drawn on top (the legend box): hit-tests there find
    /// nothing, and markers, labels and located points keep out of it. (x0, y0, x1, y1).
    pub(super) occluded: Option<(f64, f64, f64, f64)>,
    /// The framing's own scale (plane units to px), before the camera's zoom.
    pub(super) base_scale: f64,
    pub(super) scale: f64,
    pub(super) offset_x: f64,
    pub(super) offset_y: f64,
}

impl Viewport {
    /// Fits the framing's bounds into the box with a small margin, centred.
    pub fn new(width: f64, height: f64, framing: Framing) -> Viewport {
        let (width, height) = (sane(width), sane(height));
        let (x0, y0, x1, y1) = plane_bounds(framing);
        let margin = 0.02;
        let scale = ((width / (x1 - x0)).min(height / (y1 - y0))) * (1.0 - 2.0 * margin);
        let offset_x = width / 2.0 - scale * (x0 + x1) / 2.0;
        let offset_y = height / 2.0 + scale * (y0 + y1) / 2.0;
        Viewport {
            width,
            height,
            framing,
            camera: None,
            occluded: None,
            base_scale: scale,
            scale,
            offset_x,
            offset_y,
        }
    }

    /// The same box with something drawn over `rect` (x0, y0, x1, y1 in CSS px), such as the legend
    /// box: nothing is hit there, and markers, labels and located points avoid it. `None` clears.
    pub fn with_occluded(mut self, rect: Option<(f64, f64, f64, f64)>) -> Viewport {
        self.occluded = rect.filter(|r| {
            [r.0, r.1, r.2, r.3].iter().all(|v| v.is_finite()) && r.2 > r.0 && r.3 > r.1
        });
        self
    }

    /// The occluded rectangle, if any (see [`Viewport::with_occluded`]).
    pub fn occluded(&self) -> Option<(f64, f64, f64, f64)> {
        self.occluded
    }

    /// Pixels back to (lon, lat) in degrees, clamped to the globe.
    pub fn unproject(&self, x: f64, y: f64) -> (f64, f64) {
        let (lon, lat) = natural_earth_inverse(
            (x - self.offset_x) / self.scale,
            (self.offset_y - y) / self.scale,
        );
        let finite = |v: f64| if v.is_finite() { v } else { 0.0 };
        (
            finite(lon).clamp(-180.0, 180.0),
            finite(lat).clamp(-90.0, 90.0),
        )
    }

    /// Pixels per degree of longitude at the equator: how far in the map is zoomed, whatever the
    /// framing and width.
    pub fn px_per_degree(&self) -> f64 {
        self.scale * PLANE_PER_DEGREE
    }

    /// A point in CSS pixels from the top-left corner.
    /// How this view's screen maps onto `to`'s, as `(k, tx, ty)` with `x' = k·x + tx` and
    /// `y' = k·y + ty` (both views share the projection, so the map is a scale and a shift): what
    /// moves the last picture during a zoom or pan gesture until the map is drawn anew.
    pub fn screen_transform(&self, to: &Viewport) -> (f64, f64, f64) {
        let k = if self.scale > 0.0 {
            to.scale / self.scale
        } else {
            1.0
        };
        (
            k,
            to.offset_x - k * self.offset_x,
            to.offset_y - k * self.offset_y,
        )
    }

    pub fn project(&self, lon: f64, lat: f64) -> (f64, f64) {
        let (x, y) = natural_earth(lon, lat);
        (
            self.offset_x + self.scale * x,
            self.offset_y - self.scale * y,
        )
    }
}

/// The framing's bounds in plane coordinates (x0, y0, x1, y1), y northwards. The edges are sampled:
/// the projection bends meridians, so corners alone are not enough.
pub(super) fn plane_bounds(framing: Framing) -> (f64, f64, f64, f64) {
    let (w, s, e, n) = framing.bounds();
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
    (x0, y0, x1, y1)
}

/// Plane units per degree of longitude at the equator in Natural Earth I (0.8707 × π/180).
pub(super) const PLANE_PER_DEGREE: f64 = 0.8707 * std::f64::consts::PI / 180.0;

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
    fn the_screen_transform_moves_points_as_the_camera_does() {
        let a = Viewport::new(800.0, 500.0, Framing::Region);
        let b = a.with_camera(Some(a.zoom_at(2.5, 300.0, 200.0)));
        let b = b.with_camera(Some(b.pan_by(40.0, -30.0)));
        let (k, tx, ty) = a.screen_transform(&b);
        for (lon, lat) in [(2.35, 48.85), (51.5, 25.3), (35.5, 33.9)] {
            let (x, y) = a.project(lon, lat);
            let (x2, y2) = b.project(lon, lat);
            assert!((k * x + tx - x2).abs() < 1e-6 && (k * y + ty - y2).abs() < 1e-6);
        }
    }

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
