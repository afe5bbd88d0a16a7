//! Geography: the embedded country shapes, the map projection and framings, and hit-testing on the
//! projected geometry (in CSS pixels, `f64`, so microstates do not collapse to a pixel).

pub mod camera;
pub mod clip;
pub mod deepest;
pub mod hatch;
pub mod hit;
pub mod keys;
pub mod projection;
pub mod shapes;

pub use camera::Camera;
pub use hit::ProjectedMap;
pub use keys::Direction;
pub use projection::{Framing, Viewport};
pub use shapes::{CountryShape, Shapes};

/// The unit vector at angle `a` (radians): `(cos a, sin a)`, to within 1e-15 for |a| up to a few
/// turns. Our own, for the few angles the drawings use (marker outlines, the 16 directions a
/// small state's marker is tried in): `f64::sin`/`cos` bring libm's argument reduction for huge
/// angles into the first wasm module (about 8 KB with its table of 2/π), which no angle here needs.
pub fn unit_vector(a: f64) -> (f64, f64) {
    use std::f64::consts::{FRAC_PI_2, TAU};
    // Into [-π, π], then a quarter turn at a time into [-π/4, π/4], where the series converge fast.
    let a = a - TAU * (a / TAU).round();
    let quarter = (a / FRAC_PI_2).round();
    let x = a - quarter * FRAC_PI_2;
    let x2 = x * x;
    // Taylor series to x^17 and x^16: the first term left out is below 3e-17 for |x| <= π/4.
    let mut s = 0.0;
    let mut c = 0.0;
    for k in (1..=8).rev() {
        let n = f64::from(2 * k);
        s = x2 / (n * (n + 1.0)) * (1.0 - s);
        c = x2 / ((n - 1.0) * n) * (1.0 - c);
    }
    let (sin, cos) = (x * (1.0 - s), 1.0 - c);
    match quarter as i64 {
        0 => (cos, sin),
        1 => (-sin, cos),
        -1 => (sin, -cos),
        _ => (-cos, -sin),
    }
}

#[cfg(test)]
mod tests {
    use super::unit_vector;

    #[test]
    fn unit_vector_is_std_cos_and_sin() {
        let mut worst: f64 = 0.0;
        for k in -20_000..=20_000 {
            let a = f64::from(k) * 0.001_234_5;
            let (c, s) = unit_vector(a);
            worst = worst.max((c - a.cos()).abs()).max((s - a.sin()).abs());
        }
        assert!(worst < 1e-14, "worst difference {worst:e}");
        // The angles the drawings use come out exact where they should.
        assert_eq!(unit_vector(0.0), (1.0, 0.0));
        let (c, s) = unit_vector(std::f64::consts::FRAC_PI_2);
        assert!(c.abs() < 1e-16 && s == 1.0, "{c} {s}");
    }
}
