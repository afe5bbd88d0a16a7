//! The map as drawn, in CSS pixels: projected rings with bounding boxes, small states' markers laid
//! out so that none eats a neighbour, and the one hit-test that answers "which country is at (x, y)"
//! for hover and click alike.
//!
//! Rules, in the order they are applied for every projection (size, framing, zoom):
//! - each country with a role gets its deepest visible point ([`deepest`]): its label and click
//!   spot, as far from any edge (border, screen edge, legend) as it can be;
//! - a country with a role whose shape cannot hold a disc of [`SHAPE_CLEARANCE`] px gets a marker
//!   (so markers come and go with the zoom: Qatar has one on a phone, none in the zoomed Gulf);
//! - markers are placed one by one, the smallest country first, at the candidate position that keeps
//!   the widest disc (up to [`MARKER_HIT_RADIUS`]) for the least displacement, without touching an
//!   earlier marker, the screen edge, the legend, or the core of any country with a role that has
//!   no marker (its deepest disc, up to [`CORE`] px: so a mid-size neighbour keeps a 24 px target
//!   where it has one). A displaced marker gets a leader line;
//! - a country with a role and no marker whose shape holds no 24 px disc (Germany in the world
//!   view, Syria on a phone) gets a reach: an unseen disc of up to [`MARKER_HIT_RADIUS`] centred on
//!   its shape that answers for it over the sea and a neighbour's edge (WCAG 2.5.8, target size).
//!   Narrowest first, each takes the widest disc that touches no marker, no earlier reach, the
//!   screen edge, the legend, nor the core (up to [`CORE`] px around the deepest point) of any
//!   other country with a role.

use super::deepest::{deepest, inside, rect_depth, Rings};
use super::projection::Viewport;
use super::shapes::Shapes;

/// Radius of a small state's marker hit target: 12 CSS px gives a 24 × 24 px target; crowded
/// markers shrink (down to [`MIN_MARKER_HIT_RADIUS`]) rather than cover a neighbour.
pub const MARKER_HIT_RADIUS: f64 = 12.0;
/// The smallest hit radius a marker is shrunk to while it can be placed without overlaps.
pub const MIN_MARKER_HIT_RADIUS: f64 = 4.0;
/// Drawn radius of a small state's marker.
pub const MARKER_RADIUS: f64 = 5.0;
/// A country with a role whose visible shape holds a disc of this radius (CSS px) is its own
/// target; below it, the country gets a marker.
pub const SHAPE_CLEARANCE: f64 = 5.0;
/// A visible point this deep (CSS px) is room enough for a label: the search for a country's
/// anchor stops there.
const ROOMY: f64 = 40.0;
/// Gap kept between two markers' hit discs.
const MARKER_GAP: f64 = 1.0;
/// Radius (CSS px) around a country's deepest point that markers and other countries' reaches
/// leave to it (less where its shape is narrower): half of WCAG 2.5.8's 24 px target.
pub const CORE: f64 = MARKER_HIT_RADIUS;

/// A small state's marker: where it is drawn and hit, and the country it stands for.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Marker {
    /// Centre (CSS px).
    pub at: (f64, f64),
    /// Hit radius (CSS px): [`MARKER_HIT_RADIUS`] unless neighbours made it shrink.
    pub radius: f64,
    /// The country's own deepest point: a leader line joins it to a displaced marker.
    pub origin: (f64, f64),
}

impl Marker {
    /// Moved off its country far enough to need a leader line.
    pub fn displaced(&self) -> bool {
        dist(self.at, self.origin) > self.drawn_radius()
    }

    /// The drawn radius: [`MARKER_RADIUS`], smaller only if the hit disc had to be.
    pub fn drawn_radius(&self) -> f64 {
        MARKER_RADIUS.min(self.radius)
    }
}

/// An unseen hit disc (see [`ProjectedCountry::reach`]).
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Reach {
    /// Centre (CSS px), on or beside the country's shape.
    pub at: (f64, f64),
    /// Radius (CSS px), at most [`MARKER_HIT_RADIUS`].
    pub radius: f64,
}

/// One country projected: rings of CSS-pixel points and their common bounding box.
#[derive(Debug, Clone)]
pub struct ProjectedCountry {
    /// Index into [`Shapes::countries`].
    pub shape: usize,
    pub rings: Vec<Vec<(f64, f64)>>,
    /// (min x, min y, max x, max y)
    pub bbox: (f64, f64, f64, f64),
    /// Where a label goes: for a country with a role, its deepest visible point; for others, the
    /// centre of its largest ring's bounding box.
    pub anchor: (f64, f64),
    /// How deep `anchor` lies (CSS px from the nearest edge, screen edges and legend included);
    /// 0 for countries without a role or out of sight.
    pub clearance: f64,
    /// Whether the country has a role in the story (these are kept reachable).
    pub role: bool,
    /// Set for small states with a role: a visible marker and a hit target of its own.
    pub marker: Option<Marker>,
    /// The unseen disc that answers for this country over its neighbours' edges and the sea,
    /// where its shape alone holds no 24 px target (and it has no marker).
    pub reach: Option<Reach>,
    /// Short name from the shapes, for map labels.
    pub name: String,
}

/// Every country projected into one viewport.
#[derive(Debug, Clone)]
pub struct ProjectedMap {
    pub viewport: Viewport,
    pub countries: Vec<ProjectedCountry>,
}

fn dist(a: (f64, f64), b: (f64, f64)) -> f64 {
    // Not `hypot`: its care for overflow costs several times more, and pixels never overflow.
    ((a.0 - b.0) * (a.0 - b.0) + (a.1 - b.1) * (a.1 - b.1)).sqrt()
}

fn bbox_of(points: &[(f64, f64)]) -> (f64, f64, f64, f64) {
    points.iter().fold(
        (f64::MAX, f64::MAX, f64::MIN, f64::MIN),
        |(x0, y0, x1, y1), &(x, y)| (x0.min(x), y0.min(y), x1.max(x), y1.max(y)),
    )
}

/// The overlap of two boxes, if they overlap.
fn intersect(a: (f64, f64, f64, f64), b: (f64, f64, f64, f64)) -> Option<(f64, f64, f64, f64)> {
    let r = (a.0.max(b.0), a.1.max(b.1), a.2.min(b.2), a.3.min(b.3));
    (r.0 < r.2 && r.1 < r.3).then_some(r)
}

/// Depth of (x, y) inside what the viewport shows: positive within the box and outside the
/// occluded rectangle (the legend).
fn view_depth(vp: &Viewport, x: f64, y: f64) -> f64 {
    let d = rect_depth((0.0, 0.0, vp.width, vp.height), x, y);
    match vp.occluded() {
        Some(r) => {
            let o = -rect_depth(r, x, y);
            if o < d {
                o
            } else {
                d
            }
        }
        None => d,
    }
}

/// Distances (CSS px) at which a marker is tried around its country, after its own spot.
const STEPS: [f64; 12] = [
    4.0, 8.0, 12.0, 16.0, 20.0, 24.0, 30.0, 36.0, 44.0, 52.0, 60.0, 72.0,
];

/// The 16 directions tried at each distance (unit vectors), computed once per layout.
fn directions() -> [(f64, f64); 16] {
    let mut out = [(0.0, 0.0); 16];
    for (k, d) in (0u32..).zip(out.iter_mut()) {
        *d = super::unit_vector(f64::from(k) * std::f64::consts::PI / 8.0);
    }
    out
}

/// Candidate marker positions around a country: its own spot first, then rings of 16 directions.
fn candidates(
    origin: (f64, f64),
    dirs: &[(f64, f64); 16],
) -> impl Iterator<Item = ((f64, f64), f64)> + '_ {
    std::iter::once((origin, 0.0)).chain(STEPS.into_iter().flat_map(move |d| {
        dirs.iter()
            .map(move |&(cx, cy)| ((origin.0 + d * cx, origin.1 + d * cy), d))
    }))
}

impl ProjectedMap {
    /// Projects every shape and lays out the markers. `has_role(id)` says which countries take part
    /// in the story: those are kept reachable, and the small ones get a marker (a marker on every
    /// islet would be noise).
    pub fn new(shapes: &Shapes, viewport: Viewport, has_role: impl Fn(&str) -> bool) -> Self {
        let view = (0.0, 0.0, viewport.width, viewport.height);
        let mut countries: Vec<ProjectedCountry> = shapes
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
                let bbox = rings
                    .iter()
                    .map(|r| bbox_of(r))
                    .reduce(|a, b| (a.0.min(b.0), a.1.min(b.1), a.2.max(b.2), a.3.max(b.3)))
                    .unwrap_or((f64::MAX, f64::MAX, f64::MIN, f64::MIN));
                let largest = rings
                    .iter()
                    .map(|r| bbox_of(r))
                    .max_by(|a, b| {
                        ((a.2 - a.0) * (a.3 - a.1)).total_cmp(&((b.2 - b.0) * (b.3 - b.1)))
                    })
                    .unwrap_or(bbox);
                ProjectedCountry {
                    shape: i,
                    rings,
                    bbox,
                    anchor: ((largest.0 + largest.2) / 2.0, (largest.1 + largest.3) / 2.0),
                    clearance: 0.0,
                    role: c.id.as_deref().is_some_and(&has_role),
                    marker: None,
                    reach: None,
                    name: c.name.clone(),
                }
            })
            .collect();
        // Deepest visible points, and who is too small to be its own target.
        let mut small = Vec::new();
        for c in countries.iter_mut().filter(|c| c.role) {
            let Some(area) = intersect(c.bbox, view) else {
                continue;
            };
            let rings = Rings::new(&c.rings);
            // Deep enough for a label is enough here; `locate` searches to half a pixel.
            let (p, d) = deepest(area, 2.0, ROOMY, |x, y| {
                rings.signed_distance(x, y).min(view_depth(&viewport, x, y))
            });
            if d <= 0.0 {
                continue;
            }
            c.anchor = p;
            c.clearance = d;
            if d < SHAPE_CLEARANCE {
                // Cut by the screen's edge or the legend? Then it may be big, just out of sight.
                let (x0, y0, x1, y1) = c.bbox;
                let cut = x0 < 0.0
                    || y0 < 0.0
                    || x1 > viewport.width
                    || y1 > viewport.height
                    || viewport
                        .occluded()
                        .is_some_and(|r| intersect(r, c.bbox).is_some());
                let whole = if cut {
                    deepest(c.bbox, 0.5, SHAPE_CLEARANCE, |x, y| {
                        rings.signed_distance(x, y)
                    })
                    .1
                } else {
                    d
                };
                if whole < SHAPE_CLEARANCE {
                    small.push(c.shape);
                }
            }
        }
        crate::sort::sort_by(&mut small, |&a, &b| {
            let clearance = |i: usize| countries.get(i).map_or(0.0, |c| c.clearance);
            clearance(a).total_cmp(&clearance(b)).then(a.cmp(&b))
        });
        let protected: Vec<((f64, f64), f64)> = countries
            .iter()
            .filter(|c| c.role && c.clearance > 0.0 && !small.contains(&c.shape))
            .map(|c| (c.anchor, c.clearance.min(CORE)))
            .collect();
        let mut placed: Vec<Marker> = Vec::new();
        let dirs = directions();
        for &i in &small {
            let Some(c) = countries.get_mut(i) else {
                continue;
            };
            let room = |p: (f64, f64)| {
                let mut r = MARKER_HIT_RADIUS;
                let mut limit = |v: f64| {
                    if v < r {
                        r = v;
                    }
                };
                limit(view_depth(&viewport, p.0, p.1));
                for m in &placed {
                    limit(dist(p, m.at) - m.radius - MARKER_GAP);
                }
                for &(q, keep) in &protected {
                    limit(dist(p, q) - keep);
                }
                r
            };
            // The widest disc for the least displacement: moving 6 px is worth 1 px of radius.
            let mut best: Option<((f64, f64), f64, f64)> = None;
            let mut widest: Option<((f64, f64), f64)> = None;
            for (p, d) in candidates(c.anchor, &dirs) {
                let r = room(p);
                if widest.is_none_or(|(_, wr)| r > wr) {
                    widest = Some((p, r));
                }
                let score = r - d / 6.0;
                if r >= MIN_MARKER_HIT_RADIUS && best.is_none_or(|(_, _, s)| score > s) {
                    best = Some((p, r, score));
                }
            }
            // Nowhere with the minimum room: the least bad spot, if it has a pixel; none at all (a
            // sliver in a corner) leaves the shape to answer.
            let chosen = best
                .map(|(p, r, _)| (p, r))
                .or(widest)
                .filter(|c| c.1 >= 1.0);
            if let Some((at, r)) = chosen {
                let marker = Marker {
                    at,
                    radius: r.clamp(1.0, MARKER_HIT_RADIUS),
                    origin: c.anchor,
                };
                c.marker = Some(marker);
                placed.push(marker);
            }
        }
        lay_out_reaches(&mut countries, &viewport, &placed);
        ProjectedMap {
            viewport,
            countries,
        }
    }

    /// Drags the map by (dx, dy) CSS px in place, for the frames of a drag: the viewport's camera
    /// moves as [`Viewport::pan_by`] says (clamped at the world's edge) and every point shifts with
    /// it, without a new projection, deepest points or marker layout (the expensive part of
    /// [`ProjectedMap::new`]). Markers and labels slide with the land meanwhile; build a new map
    /// when the drag ends, so they are laid out for the new view again.
    pub fn pan(&mut self, dx: f64, dy: f64) {
        let moved = self
            .viewport
            .with_camera(Some(self.viewport.pan_by(dx, dy)));
        // The shift actually applied (the camera may have stopped at the world's edge).
        let (a, b) = (self.viewport.project(0.0, 0.0), moved.project(0.0, 0.0));
        let (sx, sy) = (b.0 - a.0, b.1 - a.1);
        if !(sx.is_finite() && sy.is_finite()) {
            return;
        }
        let shift = |p: &mut (f64, f64)| {
            p.0 += sx;
            p.1 += sy;
        };
        for c in &mut self.countries {
            c.rings.iter_mut().flatten().for_each(shift);
            c.bbox = (c.bbox.0 + sx, c.bbox.1 + sy, c.bbox.2 + sx, c.bbox.3 + sy);
            shift(&mut c.anchor);
            if let Some(m) = &mut c.marker {
                shift(&mut m.at);
                shift(&mut m.origin);
            }
            if let Some(r) = &mut c.reach {
                shift(&mut r.at);
            }
        }
        self.viewport = moved;
    }

    /// The country under (x, y) in CSS pixels, for hover and click alike: nothing outside the map's
    /// box or under the legend; else the nearest marker whose disc holds the point (markers sit on
    /// top of larger neighbours); else the reach that holds it (reaches never overlap); else the
    /// shape containing the point.
    pub fn hit(&self, x: f64, y: f64) -> Option<usize> {
        if !(x.is_finite() && y.is_finite()) || view_depth(&self.viewport, x, y) < 0.0 {
            return None;
        }
        let nearest_marker = self
            .countries
            .iter()
            .filter_map(|c| Some((c.shape, c.marker?)))
            .map(|(s, m)| (s, dist(m.at, (x, y)) / m.radius))
            .filter(|(_, d)| *d <= 1.0)
            .min_by(|a, b| a.1.total_cmp(&b.1));
        if let Some((s, _)) = nearest_marker {
            return Some(s);
        }
        if let Some(c) = self
            .countries
            .iter()
            .find(|c| c.reach.is_some_and(|r| dist(r.at, (x, y)) <= r.radius))
        {
            return Some(c.shape);
        }
        self.countries
            .iter()
            .filter(|c| {
                let (x0, y0, x1, y1) = c.bbox;
                x >= x0 && x <= x1 && y >= y0 && y <= y1
            })
            .find(|c| inside(&c.rings, x, y))
            .map(|c| c.shape)
    }

    /// Where to click to select a country: its marker's centre, or the point of its visible shape
    /// farthest from any edge, marker, screen edge or legend (so a click rounded to whole pixels
    /// lands on it too). `None` if the country is not on this map or not in sight.
    pub fn locate(&self, shape: usize) -> Option<(f64, f64)> {
        self.widest(shape).map(|(p, _)| p)
    }

    /// The smallest dimension (CSS px) of a country's hit target: the diameter of the widest disc
    /// of points that all answer this country (WCAG 2.5.8 asks 24 px). `None` if the country is
    /// not on this map or not in sight.
    pub fn target(&self, shape: usize) -> Option<f64> {
        self.widest(shape).map(|(_, r)| 2.0 * r)
    }

    /// The centre and radius of the widest disc whose points all hit `shape`: its marker's, or
    /// the one around the point of its visible shape farthest from any edge, marker, screen edge
    /// or legend.
    fn widest(&self, shape: usize) -> Option<((f64, f64), f64)> {
        let c = self.countries.iter().find(|c| c.shape == shape)?;
        if let Some(m) = c.marker {
            return (self.hit(m.at.0, m.at.1) == Some(shape)).then_some((m.at, m.radius));
        }
        let area = intersect(
            c.bbox,
            (0.0, 0.0, self.viewport.width, self.viewport.height),
        )?;
        // What is on top of the shape: markers, and the other countries' reaches.
        let above: Vec<((f64, f64), f64)> = self
            .countries
            .iter()
            .filter_map(|o| match o.marker {
                Some(m) => Some((m.at, m.radius)),
                None => o
                    .reach
                    .filter(|_| o.shape != shape)
                    .map(|r| (r.at, r.radius)),
            })
            .collect();
        let rings = Rings::new(&c.rings);
        let (p, d) = deepest(area, 0.5, f64::INFINITY, |x, y| {
            let mut d = rings
                .signed_distance(x, y)
                .min(view_depth(&self.viewport, x, y));
            for &(q, r) in &above {
                d = d.min(dist((x, y), q) - r);
            }
            d
        });
        // A reach wider than the shape's own deepest disc is the target; it lies whole in the view
        // and off every marker and other reach, so all of it answers this country.
        let (p, d) = match c.reach {
            Some(r) if r.radius > d => (r.at, r.radius),
            _ => (p, d),
        };
        (d > 0.0 && self.hit(p.0, p.1) == Some(shape)).then_some((p, d))
    }
}

/// Gives each country with a role, no marker and a visible shape too narrow for a 24 px target its
/// reach (see the module's rules), the narrowest first.
fn lay_out_reaches(countries: &mut [ProjectedCountry], viewport: &Viewport, markers: &[Marker]) {
    let mut order: Vec<usize> = (0..countries.len())
        .filter(|&i| {
            countries.get(i).is_some_and(|c| {
                c.role && c.marker.is_none() && c.clearance > 0.0 && c.clearance < MARKER_HIT_RADIUS
            })
        })
        .collect();
    crate::sort::sort_by(&mut order, |&a, &b| {
        let clearance = |i: usize| countries.get(i).map_or(0.0, |c| c.clearance);
        clearance(a).total_cmp(&clearance(b)).then(a.cmp(&b))
    });
    for i in order {
        let Some(c) = countries.get(i) else {
            continue;
        };
        // What a reach must leave alone: markers, earlier reaches, other countries' cores.
        let mut taken: Vec<((f64, f64), f64)> = markers
            .iter()
            .map(|m| (m.at, m.radius + MARKER_GAP))
            .collect();
        for o in countries.iter().filter(|o| o.shape != c.shape && o.role) {
            if let Some(r) = o.reach {
                taken.push((r.at, r.radius + MARKER_GAP));
            } else if o.marker.is_none() && o.clearance > 0.0 {
                taken.push((o.anchor, o.clearance.min(CORE) + MARKER_GAP));
            }
        }
        let rings = Rings::new(&c.rings);
        // Near the deepest point, so the reach lies on the country's main body, not on a far
        // overseas part (France's reach is in Europe, not in Guiana).
        let pad = c.clearance + 2.0 * MARKER_HIT_RADIUS;
        let (x0, y0, x1, y1) = (c.anchor.0, c.anchor.1, c.anchor.0, c.anchor.1);
        // The room a disc centred at (x, y) has; its centre may lie off the shape only by less
        // than its radius (so it always overlaps the country), which `+ signed distance` ensures.
        let (at, radius) = deepest(
            (x0 - pad, y0 - pad, x1 + pad, y1 + pad),
            0.5,
            MARKER_HIT_RADIUS,
            |x, y| {
                let mut r = (MARKER_HIT_RADIUS + rings.signed_distance(x, y))
                    .min(view_depth(viewport, x, y));
                for &(q, keep) in &taken {
                    r = r.min(dist((x, y), q) - keep);
                }
                r
            },
        );
        let radius = radius.min(MARKER_HIT_RADIUS);
        if let Some(c) = countries.get_mut(i) {
            if radius > c.clearance {
                c.reach = Some(Reach { at, radius });
            }
        }
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
        assert!(m.countries[bhr].marker.is_some());
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
    fn panning_in_place_matches_a_fresh_projection() {
        let (s, m) = map();
        let mut panned = m.clone();
        panned.pan(-120.0, 45.0);
        let fresh = ProjectedMap::new(&s, panned.viewport, |_| false);
        for (a, b) in panned.countries.iter().zip(&fresh.countries) {
            for (p, q) in a.rings.iter().flatten().zip(b.rings.iter().flatten()) {
                assert!((p.0 - q.0).abs() < 1e-6 && (p.1 - q.1).abs() < 1e-6);
            }
        }
        // A drag far past the world's edge stops there, land and viewport alike.
        let mut far = m.clone();
        far.pan(1e7, 0.0);
        let fresh = ProjectedMap::new(&s, far.viewport, |_| false);
        let (p, q) = (far.countries[0].rings[0][0], fresh.countries[0].rings[0][0]);
        assert!((p.0 - q.0).abs() < 1e-6 && (p.1 - q.1).abs() < 1e-6);
        far.pan(f64::NAN, 1.0);
        assert_eq!(far.viewport, fresh.viewport);
    }

    #[test]
    fn nonsense_points_hit_nothing() {
        let (_, m) = map();
        for (x, y) in [(f64::NAN, 1.0), (1.0, f64::INFINITY), (-1e9, -1e9)] {
            assert_eq!(m.hit(x, y), None);
        }
    }
}
