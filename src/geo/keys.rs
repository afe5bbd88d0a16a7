//! Keyboard traversal of the map: from one country with a role to the next in an arrow key's
//! direction, by where they are drawn (marker or deepest visible point), so the keyboard reaches
//! every country the pointer can.

use super::hit::ProjectedMap;

/// An arrow key's direction on the screen.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    Left,
    Right,
    Up,
    Down,
}

impl Direction {
    /// Unit vector in screen coordinates (y grows downwards).
    fn vector(self) -> (f64, f64) {
        match self {
            Direction::Left => (-1.0, 0.0),
            Direction::Right => (1.0, 0.0),
            Direction::Up => (0.0, -1.0),
            Direction::Down => (0.0, 1.0),
        }
    }

    /// From a key name as the browser reports it (`ArrowLeft`...).
    pub fn from_key(key: &str) -> Option<Direction> {
        match key {
            "ArrowLeft" => Some(Direction::Left),
            "ArrowRight" => Some(Direction::Right),
            "ArrowUp" => Some(Direction::Up),
            "ArrowDown" => Some(Direction::Down),
            _ => None,
        }
    }
}

impl ProjectedMap {
    /// Where a country with a role can be reached on this map: `(shape, point)` for each, the
    /// point being the one [`ProjectedMap::locate`] would give (its marker or deepest visible
    /// point, cheaply: no search).
    fn stops(&self) -> Vec<(usize, (f64, f64))> {
        self.countries
            .iter()
            .filter(|c| c.role)
            .filter_map(|c| match c.marker {
                Some(m) => Some((c.shape, m.at)),
                None => (c.clearance > 0.0).then_some((c.shape, c.anchor)),
            })
            .collect()
    }

    /// The country with a role to move to from `from` with an arrow key: the nearest one lying
    /// within 60° of the key's direction, distance across the direction counting double. From
    /// nothing (or a country out of sight), the one nearest the middle of the map. `None` when no
    /// country lies that way.
    pub fn step(&self, from: Option<usize>, direction: Direction) -> Option<usize> {
        let stops = self.stops();
        let here = from.and_then(|f| stops.iter().find(|(s, _)| *s == f).map(|s| s.1));
        let Some((hx, hy)) = here else {
            let middle = (self.viewport.width / 2.0, self.viewport.height / 2.0);
            return stops
                .iter()
                .min_by(|a, b| {
                    let d = |p: (f64, f64)| (p.0 - middle.0).powi(2) + (p.1 - middle.1).powi(2);
                    d(a.1).total_cmp(&d(b.1))
                })
                .map(|s| s.0);
        };
        let (dx, dy) = direction.vector();
        stops
            .iter()
            .filter(|(s, _)| Some(*s) != from)
            .filter_map(|&(s, (x, y))| {
                let (vx, vy) = (x - hx, y - hy);
                let along = vx * dx + vy * dy;
                let across = (vx * dy - vy * dx).abs();
                // Within 60° of the direction: across ≤ along × tan 60°.
                (along > 0.0 && across <= along * 3f64.sqrt()).then_some((s, along + 2.0 * across))
            })
            .min_by(|a, b| a.1.total_cmp(&b.1))
            .map(|(s, _)| s)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::dataset::Index;
    use crate::geo::{Framing, Shapes, Viewport};
    use crate::query;

    fn shape(shapes: &Shapes, id: &str) -> usize {
        shapes
            .countries
            .iter()
            .position(|c| c.id.as_deref() == Some(id))
            .unwrap()
    }

    #[test]
    fn arrows_reach_every_country_with_a_role_in_sight() {
        let ix = Index::embedded().unwrap();
        let shapes = Shapes::embedded().unwrap();
        for framing in Framing::ALL {
            for (w, h) in [(1280.0, 760.0), (375.0, 300.0)] {
                let pm = ProjectedMap::new(&shapes, Viewport::new(w, h, framing), |id| {
                    query::primary_status(&ix, id, None).is_some()
                });
                let all: Vec<usize> = pm.stops().iter().map(|s| s.0).collect();
                let start = pm.step(None, Direction::Up).unwrap();
                let mut seen = vec![start];
                let mut todo = vec![start];
                while let Some(s) = todo.pop() {
                    for d in [
                        Direction::Left,
                        Direction::Right,
                        Direction::Up,
                        Direction::Down,
                    ] {
                        if let Some(n) = pm.step(Some(s), d) {
                            if !seen.contains(&n) {
                                seen.push(n);
                                todo.push(n);
                            }
                        }
                    }
                }
                let missed: Vec<&str> = all
                    .iter()
                    .filter(|s| !seen.contains(s))
                    .map(|&s| shapes.countries[s].name.as_str())
                    .collect();
                assert!(missed.is_empty(), "{framing:?} {w}: {missed:?} unreachable");
            }
        }
    }

    #[test]
    fn arrows_go_the_way_they_point() {
        let ix = Index::embedded().unwrap();
        let shapes = Shapes::embedded().unwrap();
        let pm = ProjectedMap::new(&shapes, Viewport::new(1280.0, 760.0, Framing::Gulf), |id| {
            query::primary_status(&ix, id, None).is_some()
        });
        let sau = shape(&shapes, "SAU");
        let name = |s: Option<usize>| s.map(|s| shapes.countries[s].id.clone().unwrap());
        // From Saudi Arabia: up is its northern neighbours, left Egypt, right a Gulf state.
        let up = name(pm.step(Some(sau), Direction::Up)).unwrap();
        assert!(["IRQ", "KWT", "JOR"].contains(&up.as_str()), "{up}");
        assert_eq!(
            name(pm.step(Some(sau), Direction::Left)).as_deref(),
            Some("EGY")
        );
        let right = name(pm.step(Some(sau), Direction::Right)).unwrap();
        assert!(
            ["QAT", "BHR", "ARE", "KWT", "OMN"].contains(&right.as_str()),
            "{right}"
        );
        assert_eq!(Direction::from_key("ArrowDown"), Some(Direction::Down));
        assert_eq!(Direction::from_key("x"), None);
    }
}
