//! The map as drawn, in CSS pixels: projected rings with bounding boxes, markers for small states,
//! and the hit-test that answers "which country is at (x, y)".

use super::projection::Viewport;
use super::shapes::Shapes;

/// Radius of a small state's marker hit target: 12 CSS px gives the 24 × 24 px minimum target.
pub const MARKER_HIT_RADIUS: f64 = 12.0;
/// Drawn radius of a small state's marker.
pub const MARKER_RADIUS: f64 = 5.0;
/// A country whose outline fits in a box this small (CSS px, both sides) gets a marker.
const SMALL: f64 = 10.0;

/// One country projected: rings of CSS-pixel points and their common bounding box.
#[derive(Debug, Clone)]
pub struct ProjectedCountry {
    /// Index into [`Shapes::countries`].
    pub shape: usize,
    pub rings: Vec<Vec<(f64, f64)>>,
    /// (min x, min y, max x, max y)
    pub bbox: (f64, f64, f64, f64),
    /// Centre of the largest ring's bounding box: where a label or marker goes.
    pub anchor: (f64, f64),
    /// Set for small states that get a visible marker and a 24 px hit target.
    pub marker: bool,
    /// Short name from the shapes, for map labels.
    pub name: String,
}

/// Every country projected into one viewport.
#[derive(Debug, Clone)]
pub struct ProjectedMap {
    pub viewport: Viewport,
    pub countries: Vec<ProjectedCountry>,
}

fn bbox_of(points: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    points.iter().fold(
        (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
        |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
    )
}

/// Even-odd point-in-ring test (crossing number).
fn inside(ring: &[(f64, f64)], x: f64, y: f64) -> bool {
    let mut odd = false;
    let mut j = ring.len().wrapping_sub(1);
    for i in 0..ring.len() {
        let (xi, yi) = ring[i];
        let (xj, yj) = ring[j];
        if (yi > y) != (yj > y) && x < (xj - xi) * (y - yi) / (yj - yi) + xi {
            odd = !odd;
        }
        j = i;
    }
    odd
}

impl ProjectedMap {
    /// Projects every shape. `wants_marker(id)` says which small states get a marker (those with a
    /// role in the story; a marker on every islet would be noise).
    pub fn new(shapes: &Shapes, viewport: Viewport, wants_marker: impl Fn(&str) -> bool) -> Self {
        let countries = shapes
            .countries
            .iter()
            .enumerate()
            .map(|(i, c)| {
                let rings: Vec<Vec<(f64, f64)>> = c
                    .rings
                    .iter()
                    .map(|r| {
                        r.iter()
                            .map(|&(lon, lat)| viewport.project(lon, lat))
                            .collect()
                    })
                    .collect();
                let all: Vec<(f64, f64)> = rings.iter().flatten().copied().collect();
                let bbox = bbox_of(&all);
                let largest = rings
                    .iter()
                    .map(|r| bbox_of(r))
                    .max_by(|a, b| {
                        ((a.2 - a.0) * (a.3 - a.1)).total_cmp(&((b.2 - b.0) * (b.3 - b.1)))
                    })
                    .unwrap_or(bbox);
                let anchor = ((largest.0 + largest.2) / 2.0, (largest.1 + largest.3) / 2.0);
                let small = bbox.2 - bbox.0 < SMALL && bbox.3 - bbox.1 < SMALL;
                let marker = small && c.id.as_deref().is_some_and(&wants_marker);
                ProjectedCountry {
                    shape: i,
                    rings,
                    bbox,
                    anchor,
                    marker,
                    name: c.name.clone(),
                }
            })
            .collect();
        ProjectedMap {
            viewport,
            countries,
        }
    }

    /// The country under (x, y) in CSS pixels: a small state's marker within its hit radius wins
    /// (markers sit on top of larger neighbours), then the shape containing the point.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        if !(x.is_finite() && y.is_finite()) {
            return None;
        }
        let r2 = MARKER_HIT_RADIUS * MARKER_HIT_RADIUS;
        let nearest_marker = self
            .countries
            .iter()
            .filter(|c| c.marker)
            .map(|c| (c, (c.anchor.0 - x).powi(2) + (c.anchor.1 - y).powi(2)))
            .filter(|(_, d2)| *d2 <= r2)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((c, _)) = nearest_marker {
            return Some(c.shape);
        }
        self.countries
            .iter()
            .filter(|c| {
                let (x0, y0, x1, y1) = c.bbox;
                x >= x0 && x <= x1 && y >= y0 && y <= y1
            })
            .find(|c| c.rings.iter().filter(|r| inside(r, x, y)).count() % 2 == 1)
            .map(|c| c.shape)
    }

    /// Where to click to select a country: its marker, or a point inside its largest ring near the
    /// anchor. `None` if the country is not on this map or not inside the viewport.
    pub fn locate(&self, shape: usize) -> Option<(f64, f64)> {
        let c = self.countries.iter().find(|c| c.shape == shape)?;
        let on_screen = |(x, y): (f64, f64)| {
            x >= 0.0 && y >= 0.0 && x < self.viewport.width && y < self.viewport.height
        };
        if c.marker {
            return on_screen(c.anchor).then_some(c.anchor);
        }
        // Try the anchor, then a grid over the bbox, for a point that hits this very country.
        let (x0, y0, x1, y1) = c.bbox;
        let candidates = std::iter::once(c.anchor).chain((1..16).flat_map(move |i| {
            (1..16).map(move |j| {
                (
                    x0 + (x1 - x0) * f64::from(i) / 16.0,
                    y0 + (y1 - y0) * f64::from(j) / 16.0,
                )
            })
        }));
        let mut best: Option<((f64, f64), f64)> = None;
        for p in candidates.filter(|&p| on_screen(p) && self.hit(p.0, p.1) == Some(shape)) {
            let d = (p.0 - c.anchor.0).powi(2) + (p.1 - c.anchor.1).powi(2);
            if best.is_none_or(|(_, bd)| d < bd) {
                best = Some((p, d));
            }
        }
        best.map(|(p, _)| p)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::geo::projection::Framing;

    fn map() -> (Shapes, ProjectedMap) {
        let shapes = Shapes::embedded().unwrap();
        let v = Viewport::new(1000.0, 640.0, Framing::Region);
        let m = ProjectedMap::new(&shapes, v, |id| id == "BHR" || id == "QAT" || id == "LBN");
        (shapes, m)
    }

    fn id_at(shapes: &Shapes, m: &ProjectedMap, lon: f64, lat: f64) -> Option<String> {
        let (x, y) = m.viewport.project(lon, lat);
        m.hit(x, y).and_then(|i| shapes.countries[i].id.clone())
    }

    #[test]
    fn capitals_hit_their_countries() {
        let (s, m) = map();
        assert_eq!(id_at(&s, &m, 2.35, 48.86).as_deref(), Some("FRA")); // Paris
        assert_eq!(id_at(&s, &m, 44.4, 33.3).as_deref(), Some("IRQ")); // Baghdad
        assert_eq!(id_at(&s, &m, 46.7, 24.7).as_deref(), Some("SAU")); // Riyadh
        assert_eq!(id_at(&s, &m, 32.85, 39.93).as_deref(), Some("TUR")); // Ankara
        assert_eq!(id_at(&s, &m, 51.4, 35.7).as_deref(), Some("IRN")); // Tehran
        assert_eq!(id_at(&s, &m, -30.0, 45.0), None); // the Atlantic
    }

    #[test]
    fn small_states_get_a_marker_that_locate_finds_and_hit_accepts() {
        let (s, m) = map();
        let bhr = s
            .countries
            .iter()
            .position(|c| c.id.as_deref() == Some("BHR"))
            .unwrap();
        assert!(m.countries[bhr].marker);
        let (x, y) = m.locate(bhr).unwrap();
        assert_eq!(m.hit(x, y), Some(bhr));
        // Anywhere within the 24 px target counts.
        assert_eq!(m.hit(x + 11.0, y), Some(bhr));
        assert_eq!(m.hit(x, y - 11.0), Some(bhr));
    }

    #[test]
    fn locate_returns_a_point_inside_each_country() {
        let (s, m) = map();
        for id in [
            "FRA", "TUR", "IRN", "IRQ", "JOR", "ARE", "GBR", "DEU", "ITA", "EGY",
        ] {
            let i = s
                .countries
                .iter()
                .position(|c| c.id.as_deref() == Some(id))
                .unwrap();
            let (x, y) = m.locate(i).unwrap_or_else(|| panic!("{id} not located"));
            assert_eq!(m.hit(x, y), Some(i), "{id}");
        }
    }

    #[test]
    fn nonsense_points_hit_nothing() {
        let (_, m) = map();
        for (x, y) in [(f64::NAN, 1.0), (1.0, f64::INFINITY), (-1e9, -1e9)] {
            assert_eq!(m.hit(x, y), None);
        }
    }
}
