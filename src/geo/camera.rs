//! The camera (a centre and a zoom factor on top of a framing), its compact URL form, and the pure
//! zoom, pan and fit maths the page calls for the wheel, drag, pinch, keys and "zoom to selection".
//!
//! URL form: `lon,lat,zoom`, e.g. `51.20,25.30,4`: the centre in degrees (east and north positive,
//! two decimals, about a pixel at the deepest zoom) and the zoom factor relative to the framing (1 =
//! the framing as it is; at most two decimals). Zoom is relative so that one shared link shows the
//! same place at 375 and at 1280 px.
//!
//! Every camera a [`Viewport`] applies is clamped: zoom in `1..=`[`Viewport::max_zoom`] (never out
//! past the framing, never in past [`MAX_PX_PER_DEGREE`]), and the centre such that the view stays
//! over the world (where the view is wider than the world, it stays centred on it).

use std::fmt;
use std::str::FromStr;

use super::projection::{natural_earth, plane_bounds, Framing, Viewport, PLANE_PER_DEGREE};

/// The deepest zoom, in CSS pixels per degree of longitude at the equator: Bahrain is then about
/// 40 px wide, and the 0.05° shapes are still finer than 6 px a step.
pub const MAX_PX_PER_DEGREE: f64 = 120.0;

/// The largest zoom factor a URL may ask for (before the per-viewport clamp).
pub const MAX_ZOOM: f64 = 256.0;

/// Where the map looks and how close: centre in degrees, zoom factor ≥ 1 relative to the framing.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Camera {
    pub lon: f64,
    pub lat: f64,
    pub zoom: f64,
}

/// Why a camera string was refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CameraError(pub String);

impl fmt::Display for CameraError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for CameraError {}

/// `v` with exactly `places` decimals, like `{:.2}` but by integer arithmetic (half-way cases round
/// away from zero): Rust's float formatting would add ~12 KB to the page's wasm for this alone.
fn fixed(v: f64, places: u32) -> String {
    let scale = 10_u64.pow(places);
    // Saturates far outside any camera's range (longitude ±180, zoom ≤ MAX_ZOOM).
    let n = (v * scale as f64).round() as i64;
    let sign = if n < 0 { "-" } else { "" };
    let (whole, frac) = (n.unsigned_abs() / scale, n.unsigned_abs() % scale);
    if places == 0 {
        format!("{sign}{whole}")
    } else {
        format!("{sign}{whole}.{frac:0width$}", width = places as usize)
    }
}

/// A number with at most `places` decimals, without trailing zeros or a negative zero.
fn short(v: f64, places: u32) -> String {
    let s = fixed(v, places);
    let s = if s.contains('.') {
        s.trim_end_matches('0').trim_end_matches('.').to_string()
    } else {
        s
    };
    if s == "-0" {
        "0".to_string()
    } else {
        s
    }
}

impl fmt::Display for Camera {
    /// `lon,lat,zoom` with two decimals for the centre (`51.20,25.30,4`).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let fixed = |v: f64| {
            let s = fixed(v, 2);
            if s == "-0.00" {
                "0.00".to_string()
            } else {
                s
            }
        };
        write!(
            f,
            "{},{},{}",
            fixed(self.lon),
            fixed(self.lat),
            short(self.zoom, 2)
        )
    }
}

impl FromStr for Camera {
    type Err = CameraError;

    /// Reads `lon,lat,zoom`. Three finite numbers are required; each is then clamped to its range
    /// (longitude ±180, latitude ±90, zoom 1..=[`MAX_ZOOM`]), so a hand-edited link still opens.
    fn from_str(s: &str) -> Result<Camera, CameraError> {
        let bad = || {
            CameraError(format!(
                "expected lon,lat,zoom (e.g. 51.20,25.30,4), got {s:?}"
            ))
        };
        if s.len() > 64 {
            return Err(CameraError("the view is too long".to_string()));
        }
        let mut parts = s.split(',').map(|p| decimal(p.trim()));
        let (Some(Some(lon)), Some(Some(lat)), Some(Some(zoom)), None) =
            (parts.next(), parts.next(), parts.next(), parts.next())
        else {
            return Err(bad());
        };
        if !(lon.is_finite() && lat.is_finite() && zoom.is_finite()) {
            return Err(bad());
        }
        Ok(Camera {
            lon: lon.clamp(-180.0, 180.0),
            lat: lat.clamp(-90.0, 90.0),
            zoom: zoom.clamp(1.0, MAX_ZOOM),
        })
    }
}

/// A decimal number as a link writes one (`51.20`, `-3`, `.5`, `2e1`), read without
/// `str::parse::<f64>`, whose exact algorithm carries ~12 KB of tables into the page's wasm. With
/// at most 15 significant digits and a power of ten up to 22 (every camera this page writes) the
/// result is the correctly rounded one, as `parse` gives (one exact division or product);
/// beyond that it is within a few units in the last place, which the camera's rounding hides.
fn decimal(s: &str) -> Option<f64> {
    let (negative, s) = match s.as_bytes().first() {
        Some(b'-') => (true, &s[1..]),
        Some(b'+') => (false, &s[1..]),
        _ => (false, s),
    };
    let (mantissa, exponent) = match s.find(['e', 'E']) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    };
    let (whole, fraction) = mantissa.split_once('.').unwrap_or((mantissa, ""));
    let digits = whole.bytes().chain(fraction.bytes());
    if whole.is_empty() && fraction.is_empty() || !digits.clone().all(|b| b.is_ascii_digit()) {
        return None;
    }
    // Digits past the 18th cannot change a value we keep to two decimals: they only scale it.
    let (mut m, mut dropped) = (0u64, 0i64);
    for b in digits {
        if m < 100_000_000_000_000_000 {
            m = m * 10 + u64::from(b - b'0');
        } else {
            dropped += 1;
        }
    }
    let e = match exponent {
        Some(t) => {
            let (neg, t) = match t.as_bytes().first() {
                Some(b'-') => (true, &t[1..]),
                Some(b'+') => (false, &t[1..]),
                _ => (false, t),
            };
            if t.is_empty() || !t.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
            // Any exponent past ±9999 makes the number 0 or infinite all the same.
            let v = t
                .bytes()
                .take(5)
                .fold(0i64, |v, b| v * 10 + i64::from(b - b'0'));
            if neg {
                -v
            } else {
                v
            }
        }
        None => 0,
    };
    let k = e + dropped - fraction.len() as i64;
    let m = m as f64;
    let v = match k {
        _ if m == 0.0 => 0.0,
        0 => m,
        1..=22 => m * 10f64.powi(k as i32),
        -22..=-1 => m / 10f64.powi(-k as i32),
        _ => m * 10f64.powi(k.clamp(-400, 400) as i32),
    };
    Some(if negative { -v } else { v })
}

/// `v` within `lo..=hi` (`hi` wins should they cross). `f64::clamp` with bounds the compiler cannot
/// see are ordered keeps its panic, whose message formats floats: ~16 KB of the page's wasm.
fn between(v: f64, lo: f64, hi: f64) -> f64 {
    v.max(lo).min(hi)
}

/// Clamps a centre coordinate on one axis: inside `[lo + half, hi - half]` when the view (of half
/// width `half`) is narrower than the world, else the world's middle.
fn clamp_axis(c: f64, lo: f64, hi: f64, half: f64) -> f64 {
    if hi - lo > 2.0 * half {
        between(c, lo + half, hi - half)
    } else {
        (lo + hi) / 2.0
    }
}

/// Of a shape's rings (lon/lat), the bounds in plane coordinates of the ones that matter for
/// framing it: the largest and any at least a quarter its area (mainland France without French
/// Guiana, the lower 48 without Alaska, Honshu with Hokkaido). `None` without rings.
fn main_bounds(rings: &[Vec<(f64, f64)>]) -> Option<(f64, f64, f64, f64)> {
    let projected: Vec<(f64, (f64, f64, f64, f64))> = rings
        .iter()
        .filter(|r| !r.is_empty())
        .map(|r| {
            let pts: Vec<(f64, f64)> = r
                .iter()
                .map(|&(lon, lat)| natural_earth(lon, lat))
                .collect();
            let mut area = 0.0;
            let mut b = (f64::MAX, f64::MAX, f64::MIN, f64::MIN);
            for (i, &(x, y)) in pts.iter().enumerate() {
                let (nx, ny) = pts.get(i + 1).or(pts.first()).copied().unwrap_or((x, y));
                area += x * ny - nx * y;
                b = (b.0.min(x), b.1.min(y), b.2.max(x), b.3.max(y));
            }
            ((area / 2.0).abs(), b)
        })
        .filter(|(a, b)| a.is_finite() && b.0.is_finite() && b.3.is_finite())
        .collect();
    let largest = projected.iter().map(|p| p.0).fold(0.0, f64::max);
    projected
        .iter()
        .filter(|(a, _)| *a >= largest / 4.0)
        .map(|p| p.1)
        .reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)))
}

impl Viewport {
    /// The same box seen through `camera` (clamped, see the module doc); `None` is the framing as it
    /// is. Replaces any camera already applied.
    pub fn with_camera(self, camera: Option<Camera>) -> Viewport {
        let base = Viewport {
            camera: None,
            scale: self.base_scale,
            ..self
        };
        let Some(cam) = camera else {
            // Back to the framing's own fit.
            return Viewport::new(self.width, self.height, self.framing)
                .with_occluded(self.occluded);
        };
        let finite = |v: f64, or: f64| if v.is_finite() { v } else { or };
        let zoom = between(finite(cam.zoom, 1.0), 1.0, base.max_zoom());
        let scale = base.base_scale * zoom;
        let (cx, cy) = natural_earth(
            finite(cam.lon, 0.0).clamp(-180.0, 180.0),
            finite(cam.lat, 0.0).clamp(-90.0, 90.0),
        );
        let (x0, y0, x1, y1) = plane_bounds(Framing::World);
        let cx = clamp_axis(cx, x0, x1, base.width / 2.0 / scale);
        let cy = clamp_axis(cy, y0, y1, base.height / 2.0 / scale);
        let mut vp = Viewport {
            scale,
            offset_x: base.width / 2.0 - scale * cx,
            offset_y: base.height / 2.0 + scale * cy,
            ..base
        };
        let (lon, lat) = vp.unproject(base.width / 2.0, base.height / 2.0);
        vp.camera = Some(Camera { lon, lat, zoom });
        vp
    }

    /// The camera as applied, or `None` for the framing as it is.
    pub fn camera_applied(&self) -> Option<Camera> {
        self.camera
    }

    /// The camera this view is seen through: the applied one, or the framing's own (its centre,
    /// zoom 1). What the zoom and pan functions start from.
    pub fn camera(&self) -> Camera {
        self.camera.unwrap_or_else(|| {
            let (lon, lat) = self.unproject(self.width / 2.0, self.height / 2.0);
            Camera {
                lon,
                lat,
                zoom: 1.0,
            }
        })
    }

    /// The deepest zoom factor for this framing and width ([`MAX_PX_PER_DEGREE`]), at least 1.
    pub fn max_zoom(&self) -> f64 {
        (MAX_PX_PER_DEGREE / (self.base_scale * PLANE_PER_DEGREE)).clamp(1.0, MAX_ZOOM)
    }

    /// The camera after zooming by `factor` (> 1 in, < 1 out) about the screen point (x, y), which
    /// stays where it is (the point under the cursor for the wheel, between the fingers for a pinch,
    /// the centre for keys and buttons). Clamped; bad input leaves the camera as it was.
    pub fn zoom_at(&self, factor: f64, x: f64, y: f64) -> Camera {
        let cam = self.camera();
        if !(factor.is_finite() && factor > 0.0 && x.is_finite() && y.is_finite()) {
            return cam;
        }
        let zoom = between(cam.zoom * factor, 1.0, self.max_zoom());
        let scale = self.base_scale * zoom;
        // The plane point under (x, y) stays under (x, y) at the new scale.
        let (px, py) = (
            (x - self.offset_x) / self.scale,
            (self.offset_y - y) / self.scale,
        );
        let (ox, oy) = (x - scale * px, y + scale * py);
        let centre = (
            (self.width / 2.0 - ox) / scale,
            (oy - self.height / 2.0) / scale,
        );
        self.settle(centre, zoom)
    }

    /// The camera after dragging the map by (dx, dy) CSS px (the content follows the pointer).
    pub fn pan_by(&self, dx: f64, dy: f64) -> Camera {
        let cam = self.camera();
        if !(dx.is_finite() && dy.is_finite()) {
            return cam;
        }
        let centre = (
            (self.width / 2.0 - dx - self.offset_x) / self.scale,
            (self.offset_y - self.height / 2.0 + dy) / self.scale,
        );
        self.settle(centre, cam.zoom)
    }

    /// The camera that frames a shape's rings (lon/lat; its main rings, see `main_bounds`) in the
    /// middle half of the view, for "zoom to the selection": never out past the framing, never in
    /// past the deepest zoom. `None` for a shape without rings.
    pub fn fit(&self, rings: &[Vec<(f64, f64)>]) -> Option<Camera> {
        let (x0, y0, x1, y1) = main_bounds(rings)?;
        let (w, h) = ((x1 - x0).max(1e-9), (y1 - y0).max(1e-9));
        // Half the view: the neighbours stay in sight around the selection.
        let zoom = between(
            (self.width * 0.5 / w).min(self.height * 0.5 / h) / self.base_scale,
            1.0,
            self.max_zoom(),
        );
        Some(self.settle(((x0 + x1) / 2.0, (y0 + y1) / 2.0), zoom))
    }

    /// A camera for a plane-coordinate centre and a zoom, as this viewport would apply it.
    fn settle(&self, (cx, cy): (f64, f64), zoom: f64) -> Camera {
        let probe = Viewport {
            scale: self.base_scale * zoom,
            offset_x: self.width / 2.0 - self.base_scale * zoom * cx,
            offset_y: self.height / 2.0 + self.base_scale * zoom * cy,
            ..*self
        };
        let (lon, lat) = probe.unproject(self.width / 2.0, self.height / 2.0);
        self.with_camera(Some(Camera { lon, lat, zoom })).camera()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::Framing;

    fn close(a: (f64, f64), b: (f64, f64), tol: f64) -> bool {
        (a.0 - b.0).abs() <= tol && (a.1 - b.1).abs() <= tol
    }

    #[test]
    fn url_form_round_trips_and_is_documented() {
        let c: Camera = "51.20,25.30,4".parse().unwrap();
        assert_eq!(
            c,
            Camera {
                lon: 51.2,
                lat: 25.3,
                zoom: 4.0
            }
        );
        assert_eq!(c.to_string(), "51.20,25.30,4");
        let c = Camera {
            lon: -0.001,
            lat: 48.857,
            zoom: 2.5,
        };
        assert_eq!(c.to_string(), "0.00,48.86,2.5");
        assert_eq!(c.to_string().parse::<Camera>().unwrap().zoom, 2.5);
        // Out of range is clamped, not refused: a hand-edited link still opens.
        assert_eq!(
            "500,-100,0.1".parse::<Camera>().unwrap(),
            Camera {
                lon: 180.0,
                lat: -90.0,
                zoom: 1.0
            }
        );
    }

    #[test]
    fn decimals_read_as_parse_reads_them() {
        let mut samples: Vec<String> = [
            "0",
            "-0",
            "+7",
            ".5",
            "5.",
            "51.20",
            "-179.99",
            "25.30",
            "2e1",
            "2.5E-3",
            "1e22",
            "123456789012345",
            "0.1",
            "0.7",
            "1e-5",
            "3.14159",
            "0e500",
            "1e400",
            "-1e-400",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        // Every value this page writes: two decimals over the whole globe.
        for i in (-18_000..=18_000).step_by(7) {
            samples.push(fixed(f64::from(i) / 100.0, 2));
        }
        for s in &samples {
            assert_eq!(decimal(s), s.parse::<f64>().ok(), "{s}");
        }
        for bad in [
            "", "-", ".", "e5", "1e", "1.2.3", "+-1", "0x10", "1 2", "inf", "NaN",
        ] {
            assert_eq!(decimal(bad), None, "{bad:?}");
        }
    }

    #[test]
    fn garbage_is_refused() {
        for s in [
            "",
            "1,2",
            "1,2,3,4",
            "a,b,c",
            "NaN,1,2",
            "1,inf,2",
            ",,",
            "1;2;3",
            &"9".repeat(100),
        ] {
            assert!(s.parse::<Camera>().is_err(), "{s:?}");
        }
    }

    #[test]
    fn no_camera_and_zoom_one_at_the_framings_centre_agree() {
        for framing in Framing::ALL {
            let vp = Viewport::new(1280.0, 700.0, framing);
            let cam = vp.camera();
            assert_eq!(cam.zoom, 1.0);
            let again = vp.with_camera(Some(cam));
            for (lon, lat) in [(50.5, 26.0), (2.35, 48.86)] {
                assert!(
                    close(vp.project(lon, lat), again.project(lon, lat), 0.5),
                    "{framing:?}"
                );
            }
        }
    }

    #[test]
    fn zoom_keeps_the_point_under_the_cursor() {
        let vp = Viewport::new(1280.0, 760.0, Framing::Region);
        let doha = vp.project(51.53, 25.29);
        let cam = vp.zoom_at(3.0, doha.0, doha.1);
        assert!((cam.zoom - 3.0).abs() < 1e-9);
        let zoomed = vp.with_camera(Some(cam));
        assert!(close(zoomed.project(51.53, 25.29), doha, 0.5));
        // And back out.
        let out = zoomed.with_camera(Some(zoomed.zoom_at(1.0 / 3.0, doha.0, doha.1)));
        assert!(close(out.project(51.53, 25.29), doha, 0.5));
    }

    #[test]
    fn pan_moves_the_map_with_the_pointer() {
        let vp = Viewport::new(1280.0, 760.0, Framing::Region);
        let vp = vp.with_camera(Some(vp.zoom_at(4.0, 640.0, 380.0)));
        let before = vp.project(44.4, 33.3);
        let moved = vp.with_camera(Some(vp.pan_by(30.0, -20.0)));
        let after = moved.project(44.4, 33.3);
        assert!(close(after, (before.0 + 30.0, before.1 - 20.0), 0.5));
    }

    #[test]
    fn zoom_and_pan_are_clamped() {
        let vp = Viewport::new(1280.0, 760.0, Framing::Region);
        // Never out past the framing, never in past the deepest zoom.
        assert_eq!(vp.zoom_at(0.01, 10.0, 10.0).zoom, 1.0);
        let deep = vp.with_camera(Some(vp.zoom_at(1e6, 640.0, 380.0)));
        assert!((deep.px_per_degree() - MAX_PX_PER_DEGREE).abs() < 1e-6);
        // The view stays over the world: dragging far away stops at its edge.
        let world = Viewport::new(1280.0, 700.0, Framing::World);
        let cam = world.pan_by(5000.0, 5000.0);
        assert!(close(
            world.with_camera(Some(cam)).project(0.0, 0.0),
            world.project(0.0, 0.0),
            0.5
        ));
        let far = vp.with_camera(Some(vp.pan_by(1e7, -1e7)));
        let (w, _, e, _) = Framing::World.bounds();
        let (lon, lat) = far.unproject(0.0, 0.0);
        assert!(lon >= w - 0.5 && lat <= 90.0 && e > lon);
        // Nonsense changes nothing.
        assert_eq!(vp.zoom_at(f64::NAN, 1.0, 1.0), vp.camera());
        assert_eq!(vp.pan_by(f64::INFINITY, 1.0), vp.camera());
        let silly = vp.with_camera(Some(Camera {
            lon: f64::NAN,
            lat: f64::INFINITY,
            zoom: f64::NAN,
        }));
        assert!(silly.project(10.0, 10.0).0.is_finite());
    }

    #[test]
    fn fit_frames_a_small_state_and_a_big_one() {
        let shapes = crate::geo::Shapes::embedded().unwrap();
        let rings = |id: &str| {
            &shapes
                .countries
                .iter()
                .find(|c| c.id.as_deref() == Some(id))
                .unwrap()
                .rings
        };
        let vp = Viewport::new(1280.0, 760.0, Framing::Region);
        let qat = vp.with_camera(vp.fit(rings("QAT")));
        let (x, y) = qat.project(51.2, 25.3);
        assert!(
            (x - 640.0).abs() < 60.0 && (y - 380.0).abs() < 60.0,
            "{x},{y}"
        );
        assert!(qat.px_per_degree() > 50.0);
        // France: mainland framed (French Guiana left out), zoomed in but whole.
        let fra = vp.with_camera(vp.fit(rings("FRA")));
        let (bx, by) = fra.project(-4.5, 48.4); // Brest
        let (sx, sy) = fra.project(7.7, 48.6); // Strasbourg
        assert!(bx > 0.0 && sx < 1280.0 && by > 0.0 && sy < 760.0);
        assert!(fra.camera().zoom > 1.5);
        assert!(vp.fit(&[]).is_none());
    }
}
